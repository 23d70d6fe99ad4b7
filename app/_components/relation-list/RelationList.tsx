"use client";

import { useMemo, useState } from "react";
import type { AllianceModel } from "@/lib/graph";
import type { Relation } from "@/lib/schema";
import { precisionNoteIn, relationRows, type RelationSortKey, type SortDirection, sortRelationRows, TABLE_PAGE_ROWS, tablePage } from "@/lib/view";
import { type Moment, momentLabel } from "@/lib/time";
import styles from "./RelationList.module.css";

export interface RelationListProps {
  model: AllianceModel;
  relations: Relation[];
  /** The year shown, or one month of it: a year-precise date is flagged in a month. */
  at: Moment;
  selectedRelationId: string | null;
  onSelectRelation: (id: string) => void;
}

const COLUMNS: { key: RelationSortKey; label: string }[] = [
  { key: "source", label: "Who" },
  { key: "type", label: "What" },
  { key: "target", label: "Whom" },
  { key: "span", label: "When" },
  { key: "sources", label: "Sources" },
  { key: "disputed", label: "Disputed" },
];

/** Every relation shown this year as a table: the keyboard and screen-reader path to each edge of the map. */
export function RelationList(props: RelationListProps) {
  const { model, relations, at, selectedRelationId, onSelectRelation } = props;
  const [sort, setSort] = useState<{ key: RelationSortKey; direction: SortDirection }>({ key: "source", direction: "ascending" });
  const rows = useMemo(() => sortRelationRows(relationRows(model, relations), sort.key, sort.direction), [model, relations, sort]);
  const [limit, setLimit] = useState(TABLE_PAGE_ROWS);
  const { shown, hidden } = tablePage(rows, limit, selectedRelationId);

  const sortBy = (key: RelationSortKey) =>
    setSort((current) => ({ key, direction: current.key === key && current.direction === "ascending" ? "descending" : "ascending" }));

  return (
    <>
    <table className={styles.table}>
      <caption className={styles.caption}>
        {rows.length === 1 ? "1 relation" : `${rows.length} relations`} in {momentLabel(at)}
        {hidden > 0 ? <span className={styles.pageNote}> (the first {shown.length} by this order)</span> : null}
      </caption>
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th key={column.key} scope="col" aria-sort={sort.key === column.key ? sort.direction : "none"}>
              <button type="button" className={styles.sortButton} onClick={() => sortBy(column.key)}>
                {column.label}
                <span aria-hidden="true" className={styles.sortMark}>
                  {sort.key === column.key ? (sort.direction === "ascending" ? "▲" : "▼") : "↕"}
                </span>
              </button>
            </th>
          ))}
          <th scope="col">
            <span className={styles.srOnly}>Details</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {shown.map((row) => {
          const selected = row.id === selectedRelationId;
          const { description } = row;
          return (
            <tr
              key={row.id}
              className={selected ? styles.selected : undefined}
              aria-current={selected ? "true" : undefined}
              onClick={() => onSelectRelation(row.id)}
            >
              <td className={styles.name}>{description.source.name}</td>
              <td>
                {description.typeLabel}
                {description.directed ? <span className={styles.direction}> →</span> : <span className={styles.direction}> ↔</span>}
              </td>
              <td className={styles.name}>{description.target.name}</td>
              <td className={styles.number}>
                {description.span.yearLabel}
                {description.span.endUnknown ? <span className={styles.flag}> (end not stated)</span> : null}
                {precisionNoteIn(description.relation, at) === null ? null : (
                  <span className={styles.flag} title={precisionNoteIn(description.relation, at) ?? undefined}>
                    {" "}
                    (year-precise)
                  </span>
                )}
              </td>
              <td className={styles.number}>{row.sourceCount}</td>
              <td>{row.disputed ? <span className={styles.disputed}>⚠ disputed</span> : "no"}</td>
              <td>
                <button
                  type="button"
                  className={styles.showButton}
                  aria-label={`Show ${description.text}`}
                  aria-pressed={selected}
                  onClick={(event) => {
                    // The row's own click handler would select it a second time.
                    event.stopPropagation();
                    onSelectRelation(row.id);
                  }}
                >
                  Show
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
    {hidden > 0 ? (
      <p className={styles.more}>
        <button type="button" className={styles.moreButton} data-testid="relation-table-more" onClick={() => setLimit(shown.length + TABLE_PAGE_ROWS)}>
          Show {Math.min(hidden, TABLE_PAGE_ROWS)} more
        </button>{" "}
        {hidden} not shown; sort by a column to bring others to the top.
      </p>
    ) : null}
    </>
  );
}
