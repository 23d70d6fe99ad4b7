// A pair of actors: whom each sided with against the other.
export * from "./dyad-alignments";
