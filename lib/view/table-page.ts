/** Rows the relation table draws at first and adds per "Show more": a busy year at scale has thousands, whose layout alone takes a second. */
export const TABLE_PAGE_ROWS = 200;

export interface TablePage<Row> {
  shown: Row[];
  /** Rows sorted past the page and not drawn (the caption still counts them). */
  hidden: number;
}

/**
 * The rows the table draws: the first `limit`, stretched to a whole page past the selected row
 * when that row sorts beyond it, so a relation chosen on the map is always in the table.
 */
export function tablePage<Row extends { id: string }>(rows: readonly Row[], limit: number, selectedId: string | null): TablePage<Row> {
  const selectedAt = selectedId === null ? -1 : rows.findIndex((row) => row.id === selectedId);
  const reach = selectedAt >= limit ? Math.ceil((selectedAt + 1) / TABLE_PAGE_ROWS) * TABLE_PAGE_ROWS : limit;
  const shown = rows.slice(0, Math.max(0, reach));
  return { shown, hidden: rows.length - shown.length };
}
