import type { AllianceModel } from "../graph/alliance-model";
import { describeRelation } from "../view/describe-relation";
import { findActor, findSource } from "../view/lookup";
import type { Selection, ViewState } from "../view-state/view-state";
import { isolatedActors } from "../canvas";
import { snapshotRecordsOf } from "../snapshot";
import { momentLabel } from "../time";
import { type FigureCaption, figureCaption } from "./figure-caption";
import { legendEntriesFor, type LegendSection, legendSections } from "./figure-legend";

/** The words around a picture export of a view: its caption and the legend of what it shows. */
export interface FigureWords {
  caption: FigureCaption;
  legend: LegendSection[];
}

/** Caption and legend for the view's year, filters and selection, from the same snapshot the data exports use. */
export function describeFigure(model: AllianceModel, view: ViewState, link: string | null = null): FigureWords {
  const month = view.month ?? null;
  const snapshot = snapshotRecordsOf(model, { year: view.year, month, filters: view.filters });
  // The figure counts the actors it draws: those with no relation shown are hidden unless asked for.
  const hidden = view.allActors === true ? 0 : isolatedActors(model, view.year, view.filters, view.selection, month).length;
  const source = view.filters.source === null ? null : findSource(model, view.filters.source);
  const caption = figureCaption({
    when: momentLabel({ year: view.year, month }),
    filters: view.filters,
    relationCount: snapshot.relations.length,
    actorCount: snapshot.actors.length - hidden,
    sourceTitle: source?.title ?? null,
    selection: selectionLabel(model, view.selection),
    link,
  });
  // The canvas marks a relation that is a side of any dispute, so the legend does too.
  const isDisputed = (id: string) => model.graph.getEdgeAttribute(id, "disputes").length > 0;
  return { caption, legend: legendSections(legendEntriesFor(snapshot, isDisputed)) };
}

/** "Iran", "Iran and Taliban", or "Iran funds Karzai government, 2010"; null when nothing (or something unknown) is selected. */
export function selectionLabel(model: AllianceModel, selection: Selection): string | null {
  if (selection === null) return null;
  if (selection.kind === "actor") return findActor(model, selection.id)?.name ?? null;
  if (selection.kind === "pair") {
    const [a, b] = selection.id.split("|").map((id) => findActor(model, id)?.name ?? null);
    return a === null || b === null || a === undefined || b === undefined ? null : `${a} and ${b}`;
  }
  return model.graph.hasEdge(selection.id) ? describeRelation(model, selection.id) : null;
}
