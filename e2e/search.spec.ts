import { expect, test } from "@playwright/test";
import { presentAt } from "../lib/graph";
import { searchActors, speakersOf } from "../lib/search";
import { currentModel } from "../lib/server";
import { openExplorer } from "./helpers";

// The same data the built app serves.
const model = currentModel();
const speakers = speakersOf(model.dataset.relations);
const box = (page: import("@playwright/test").Page) => page.getByRole("combobox", { name: "Find an actor" });

test.describe("search that finds", () => {
  for (const [query, actorId] of [
    ["US", "united-states"],
    ["IS", "islamic-state"],
  ] as const) {
    test(`"${query}" + Enter opens ${actorId}`, async ({ page }) => {
      await openExplorer(page);
      await box(page).fill(query);
      await box(page).press("Enter");
      await expect(page).toHaveURL(new RegExp(`actor=${actorId}(&|$)`));
    });
  }

  test("a person folded into an actor finds it, saying who they are", async ({ page }) => {
    const khamenei = speakers.find((speaker) => speaker.name === "Ali Khamenei");
    test.skip(khamenei === undefined, "no claim quotes Ali Khamenei");
    await openExplorer(page);
    await box(page).fill("Khamenei");
    const first = page.getByRole("option").first();
    await expect(first).toContainText(`Ali Khamenei — speaks for Iran in ${khamenei?.claims} claim`);
  });

  test("the list is operable from the keyboard: ArrowDown, ArrowUp, Enter", async ({ page }) => {
    const matches = searchActors(model.dataset.actors, "Islamic", speakers);
    test.skip(matches.length < 2, "too few matches");
    await openExplorer(page);
    await box(page).fill("Islamic");
    await expect(box(page)).toHaveAttribute("aria-activedescendant", /.+/);
    await box(page).press("ArrowDown");
    await box(page).press("ArrowDown");
    await box(page).press("ArrowUp");
    const active = page.locator(`[id="${await box(page).getAttribute("aria-activedescendant")}"]`);
    await expect(active).toHaveAttribute("aria-selected", "true");
    await expect(active).toContainText(matches[1]?.actor.name ?? "");
    await box(page).press("Enter");
    await expect(page).toHaveURL(new RegExp(`actor=${matches[1]?.actor.id}(&|$)`));
  });

  test("choosing an actor absent from the year moves to a year it has relations in", async ({ page }) => {
    const { first, last } = model.years;
    const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
    // An actor and a year in which none of its relations holds.
    const pick = model.dataset.actors
      .map((actor) => ({ actor, year: years.find((year) => !presentAt(model.relationIndex, year).some((id) => model.graph.hasExtremity(id, actor.id))) }))
      .find((candidate) => candidate.year !== undefined && searchActors(model.dataset.actors, candidate.actor.name, speakers)[0]?.actor.id === candidate.actor.id);
    test.skip(pick === undefined, "every actor has relations in every year");
    if (pick?.year === undefined) return;
    await openExplorer(page, `?year=${pick.year}`);
    await box(page).fill(pick.actor.name);
    await box(page).press("Enter");
    await expect(page).toHaveURL(new RegExp(`actor=${pick.actor.id}(&|$)`));
    const year = Number(await page.getByTestId("current-year").textContent());
    expect(year).not.toBe(pick.year);
    expect(presentAt(model.relationIndex, year).some((id) => model.graph.hasExtremity(id, pick.actor.id))).toBe(true);
  });
});
