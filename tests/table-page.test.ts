import { describe, expect, it } from "vitest";
import { TABLE_PAGE_ROWS, tablePage } from "@/lib/view";

const rows = (count: number) => Array.from({ length: count }, (_, index) => ({ id: `r${index}` }));

describe("tablePage", () => {
  it.each([
    { count: 10, limit: TABLE_PAGE_ROWS, selected: null, shown: 10, hidden: 0 },
    { count: 450, limit: TABLE_PAGE_ROWS, selected: null, shown: 200, hidden: 250 },
    { count: 450, limit: 2 * TABLE_PAGE_ROWS, selected: null, shown: 400, hidden: 50 },
    { count: 450, limit: TABLE_PAGE_ROWS, selected: "r5", shown: 200, hidden: 250 },
    // A relation chosen on the map that sorts past the page: the page stretches to the page holding it.
    { count: 450, limit: TABLE_PAGE_ROWS, selected: "r200", shown: 400, hidden: 50 },
    { count: 450, limit: TABLE_PAGE_ROWS, selected: "r449", shown: 450, hidden: 0 },
    { count: 450, limit: TABLE_PAGE_ROWS, selected: "absent", shown: 200, hidden: 250 },
    { count: 0, limit: TABLE_PAGE_ROWS, selected: null, shown: 0, hidden: 0 },
  ])("$count rows, limit $limit, selected $selected: $shown shown, $hidden hidden", ({ count, limit, selected, shown, hidden }) => {
    const page = tablePage(rows(count), limit, selected);
    expect(page.shown.length).toBe(shown);
    expect(page.hidden).toBe(hidden);
    expect(page.shown.map((row) => row.id)).toEqual(rows(count).slice(0, shown).map((row) => row.id));
  });
});
