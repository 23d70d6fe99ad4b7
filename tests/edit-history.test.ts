import { describe, expect, it } from "vitest";
import { historyOf, HISTORY_LIMIT, pushed, redoLabel, redone, undoLabel, undone } from "@/lib/edit";

describe("undo and redo", () => {
  const three = pushed(pushed(historyOf("a"), "ab", "add b"), "abc", "add c");

  it.each([
    ["after two edits", three, "abc", "add c", null],
    ["one undo", undone(three), "ab", "add b", "add c"],
    ["two undos", undone(undone(three)), "a", null, "add b"],
    ["undo past the start stays at the start", undone(undone(undone(three))), "a", null, "add b"],
    ["undo then redo", redone(undone(three)), "abc", "add c", null],
    ["redo past the end stays at the end", redone(three), "abc", "add c", null],
  ])("%s", (_name, history, present, undoing, redoing) => {
    expect(history.present).toBe(present);
    expect(undoLabel(history)).toBe(undoing);
    expect(redoLabel(history)).toBe(redoing);
  });

  it("a new edit after an undo drops what could be redone", () => {
    const branched = pushed(undone(three), "abd", "add d");
    expect(redoLabel(branched)).toBeNull();
    expect(undone(branched).present).toBe("ab");
  });

  it(`keeps at most ${HISTORY_LIMIT} steps back`, () => {
    let history = historyOf(0);
    for (let step = 1; step <= HISTORY_LIMIT + 20; step += 1) history = pushed(history, step, `step ${step}`);
    for (let step = 0; step < HISTORY_LIMIT + 20; step += 1) history = undone(history);
    expect(history.present).toBe(20);
  });
});
