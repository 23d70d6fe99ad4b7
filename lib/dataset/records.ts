import type { Actor, Claim, DataFileKind, Dispute, Relation, Source } from "../schema";

/** Where a record came from, so every later check can name its file. */
export interface Located<T> {
  value: T;
  file: string;
}

/** What parsing found, record by record: the valid records and every id seen (valid or not). */
export interface ParsedRecords {
  actors: Located<Actor>[];
  sources: Located<Source>[];
  relations: Located<Relation>[];
  disputes: Located<Dispute>[];
  /**
   * Claims that parse inside relations that do not, so their quotes are still checked: a typo in
   * a relation's type must not hide a misquote beside it.
   */
  strayClaims: { relation: string; file: string; index: number; claim: Claim }[];
  /** Ids of records that failed the schema, so references to them are not reported a second time. */
  invalidIds: { actors: Set<string>; sources: Set<string>; relations: Set<string>; disputes: Set<string> };
  /** Kinds with a file that could not be read or parsed at all: references to them are not checked. */
  unreadKinds: Set<DataFileKind>;
}

export function emptyRecords(): ParsedRecords {
  return {
    actors: [],
    sources: [],
    relations: [],
    disputes: [],
    strayClaims: [],
    invalidIds: { actors: new Set(), sources: new Set(), relations: new Set(), disputes: new Set() },
    unreadKinds: new Set(),
  };
}
