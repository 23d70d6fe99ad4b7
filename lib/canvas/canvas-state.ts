import type { Bloc, Triad, YearComparison } from "../analysis";
import type { RelationFilters } from "../filters";
import type { Mark } from "./mark";

/** Everything the map shows, as plain data: the URL's view state plus what the analyses lend it. */
export interface CanvasState {
  year: number;
  filters: RelationFilters;
  selection: { kind: "relation" | "actor"; id: string } | null;
  /** Two years compared (their relations marked formed, ended or held), or null. */
  comparison: YearComparison | null;
  /** One triad highlighted from the balance view, or null. */
  triad: Triad | null;
  /** The year's blocs while "Colour by bloc" is on, else null. */
  blocs: readonly Bloc[] | null;
  /** Draw actors with no relation shown in the year too (they are hidden by default). */
  allActors: boolean;
}

/** What every element shows: for each class in the mark table, which elements carry it (null: none). */
export type CanvasDescription = ReadonlyMap<string, Mark | null>;
