import type { Bloc, Triad, YearComparison } from "../analysis";
import type { RelationFilters } from "../filters";
import type { Mark } from "./mark";
import type { PairLines } from "./pair-lines";

/** Everything the map shows, as plain data: the URL's view state plus what the analyses lend it. */
export interface CanvasState {
  year: number;
  /** One month of the year (1–12); absent or null: the whole year. */
  month?: number | null;
  filters: RelationFilters;
  /** A pair's id is its pair key ("iran|taliban"). */
  selection: { kind: "relation" | "actor" | "pair"; id: string } | null;
  /** Two years compared (their relations marked formed, ended or held), or null. */
  comparison: YearComparison | null;
  /** One triad highlighted from the balance view, or null. */
  triad: Triad | null;
  /** The year's blocs while "Colour by bloc" is on, else null. */
  blocs: readonly Bloc[] | null;
  /** Draw actors with no relation shown in the year too (they are hidden by default). */
  allActors: boolean;
  /** Draw each relation as its own line, even where a pair has several (by default they are one line). */
  separateLines: boolean;
}

/**
 * What every element shows: for each class in the mark table, which elements carry it (null:
 * none), and what each pair line drawn in the year stands for.
 */
export interface CanvasDescription {
  marks: ReadonlyMap<string, Mark | null>;
  lines: PairLines;
}
