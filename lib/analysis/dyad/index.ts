// A pair of actors: whom each sided with against the other.
export * from "./dyad-alignments";
export * from "./dyad-periods";
