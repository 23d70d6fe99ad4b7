import type { AllianceModel } from "../graph";
import { ANALYSIS_CLASSES, BLOC_ENCODINGS, blocEncoding, CHANGE_ENCODINGS, type ChangeKind } from "./analysis-encodings";
import type { CanvasState } from "./canvas-state";
import { edgeElementId, nodeElementId } from "./elements";
import type { Mark } from "./mark";
import { isolatedActors } from "./isolated-actors";
import { changedRelations, filteredOut, neighbourhood, triadMembers } from "./mark-members";
import { inPairLineMark, pairShownMark, selectedElements, withPairLines } from "./pair-marks";
import { drawsPairLines, pairLinesOf } from "./pair-lines";
import { offMonthMark } from "./off-month";
import { SELECTION_COLOR } from "./encodings";
import { everyRelationIn, snapshotOf } from "../snapshot";
import { type StyleBlock, VIEW_CLASSES } from "./stylesheet";

/** One class on the canvas: which elements carry it in a state, and how it is drawn. */
export interface MarkRule {
  className: string;
  describe: (model: AllianceModel, state: CanvasState) => Mark | null;
  styles: StyleBlock[];
  /** Draws its elements although the year hides them: they must be on the canvas (entering-elements.ts). */
  reveals?: true;
}

const ids = (list: Iterable<string>): Mark => ({ kind: "ids", ids: new Set(list) });

// The isolated mark of a year's (shared, cached) list, made once per list: a step back to a year seen
// recently then allocates nothing.
const isolatedMarks = new WeakMap<readonly string[], Mark>();
function isolatedMark(list: readonly string[]): Mark {
  let mark = isolatedMarks.get(list);
  if (mark === undefined) isolatedMarks.set(list, (mark = ids(list.map(nodeElementId))));
  return mark;
}

// The unattested mark of a year's (shared, cached) set, made once per set, as the isolated one.
const unattestedMarks = new WeakMap<ReadonlySet<string>, Mark>();
function unattestedMark(set: ReadonlySet<string>): Mark {
  let mark = unattestedMarks.get(set);
  if (mark === undefined) unattestedMarks.set(set, (mark = ids([...set].map(edgeElementId))));
  return mark;
}

/**
 * Every mark the map can show, in drawing order: a later rule's style wins over an earlier one,
 * so precedence is read here, once (the filters hide even what a comparison brings back).
 * Adding a mark is one entry.
 */
export const MARK_RULES: readonly MarkRule[] = [
  {
    className: VIEW_CLASSES.faded,
    describe: (model, s) => (s.selection?.kind === "actor" ? { kind: "all-but", ids: withPairLines(model, neighbourhood(model, s.selection.id, s.year, s.filters, s.month ?? null)) } : null),
    styles: [{ selector: `.${VIEW_CLASSES.faded}`, style: { opacity: 0.14, "text-opacity": 0.3 } }],
  },
  {
    className: VIEW_CLASSES.selected,
    describe: (model, s) => (s.selection === null ? null : ids(selectedElements(model, s))),
    styles: [
      { selector: `node.${VIEW_CLASSES.selected}`, style: { "border-color": SELECTION_COLOR, "border-width": 5, "font-weight": "bold", "z-index": 20 } },
      { selector: `edge.${VIEW_CLASSES.selected}`, style: { "underlay-color": SELECTION_COLOR, "underlay-opacity": 0.35, "underlay-padding": 7, opacity: 1, "z-index": 20 } },
    ],
  },
  {
    className: VIEW_CLASSES.offYear,
    describe: (model, s) => ({ kind: "off-year", year: s.year, actors: model.actorIndex, relations: model.relationIndex }),
    styles: [{ selector: `.${VIEW_CLASSES.offYear}`, style: { display: "none" } }],
  },
  {
    // In month mode, what the year holds but the month does not: the year's mark stays as it is.
    className: VIEW_CLASSES.offMonth,
    describe: (model, s) => (s.month === undefined || s.month === null ? null : offMonthMark(model, s.year, s.month)),
    styles: [{ selector: `.${VIEW_CLASSES.offMonth}`, style: { display: "none" } }],
  },
  {
    className: VIEW_CLASSES.isolated,
    describe: (model, s) => (s.allActors ? null : isolatedMark(isolatedActors(model, s.year, s.filters, s.selection, s.month ?? null))),
    styles: [{ selector: `.${VIEW_CLASSES.isolated}`, style: { display: "none" } }],
  },
  {
    className: VIEW_CLASSES.inPairLine,
    describe: (model, s) => (drawsPairLines(s) ? inPairLineMark(pairLinesOf(model, s)) : null),
    styles: [{ selector: `.${VIEW_CLASSES.inPairLine}`, style: { display: "none" } }],
  },
  {
    className: VIEW_CLASSES.pairShown,
    describe: (model, s) => (drawsPairLines(s) ? pairShownMark(pairLinesOf(model, s)) : null),
    styles: [{ selector: `.${VIEW_CLASSES.pairShown}`, style: { display: "element" } }],
    reveals: true,
  },
  {
    // Assumed, not attested: faded and dotted, labelled with its last attested year.
    className: VIEW_CLASSES.unattested,
    describe: (model, s) => unattestedMark(snapshotOf(model, everyRelationIn(s.year, s.month ?? null)).unattestedIds),
    styles: [
      {
        selector: `edge.${VIEW_CLASSES.unattested}`,
        style: { "line-style": "dotted", opacity: 0.5, label: "data(lastAttested)", "font-size": 11, color: "#4a4f5c", "text-background-color": "#ffffff", "text-background-opacity": 0.85, "text-background-padding": "1px" },
      },
    ],
  },
  ...BLOC_ENCODINGS.map((encoding, index): MarkRule => ({
    className: ANALYSIS_CLASSES.bloc(index),
    describe: (_, s) => (s.blocs === null ? null : ids(s.blocs.filter((bloc) => blocEncoding(bloc.id).index === index).flatMap((bloc) => bloc.members.map(nodeElementId)))),
    styles: [{ selector: `node.${ANALYSIS_CLASSES.bloc(index)}`, style: { "outline-width": 5, "outline-offset": 3, "outline-color": encoding.color, "outline-style": encoding.style, "outline-opacity": 1 } }],
  })),
  ...(Object.keys(CHANGE_ENCODINGS) as ChangeKind[]).map((kind): MarkRule => ({
    className: ANALYSIS_CLASSES.change(kind),
    describe: (model, s) => (s.comparison === null ? null : ids(changedRelations(model, s.comparison, s.filters, kind).map(edgeElementId))),
    styles: changeStyles(kind),
  })),
  {
    className: ANALYSIS_CLASSES.triadDim,
    describe: (model, s) => (s.triad === null ? null : { kind: "all-but", ids: withPairLines(model, triadMembers(s.triad)) }),
    styles: [{ selector: `.${ANALYSIS_CLASSES.triadDim}`, style: { opacity: 0.15, "text-opacity": 0.3 } }],
  },
  {
    className: ANALYSIS_CLASSES.triadFocus,
    describe: (model, s) => (s.triad === null ? null : ids(withPairLines(model, triadMembers(s.triad)))),
    styles: [
      { selector: `node.${ANALYSIS_CLASSES.triadFocus}`, style: { "border-color": "#6a1b9a", "border-width": 6, "font-weight": "bold", "z-index": 30 } },
      { selector: `edge.${ANALYSIS_CLASSES.triadFocus}`, style: { "underlay-color": "#6a1b9a", "underlay-opacity": 0.4, "underlay-padding": 8, opacity: 1, "z-index": 30 } },
    ],
  },
  {
    // A comparison shows both years at once: what the map's year hides comes back, with its ends.
    className: ANALYSIS_CLASSES.compareVisible,
    describe: (model, s) => (s.comparison === null ? null : ids(changedRelations(model, s.comparison, s.filters, "all").flatMap((id) => relationWithEnds(model, id)))),
    styles: [{ selector: `.${ANALYSIS_CLASSES.compareVisible}`, style: { display: "element" } }],
    reveals: true,
  },
  {
    className: VIEW_CLASSES.filteredOut,
    describe: (model, s) => filteredOut(model, s.filters),
    styles: [{ selector: `.${VIEW_CLASSES.filteredOut}`, style: { display: "none" } }],
  },
];

function relationWithEnds(model: AllianceModel, relationId: string): string[] {
  const { source, target } = model.graph.getEdgeAttribute(relationId, "relation");
  return [edgeElementId(relationId), nodeElementId(source), nodeElementId(target)];
}

function changeStyles(kind: ChangeKind): StyleBlock[] {
  const encoding = CHANGE_ENCODINGS[kind];
  const selector = `edge.${ANALYSIS_CLASSES.change(kind)}`;
  const dashed = encoding.dash.length > 0;
  return [
    {
      selector,
      style: {
        "line-color": encoding.color,
        "target-arrow-color": encoding.color,
        width: encoding.width,
        "line-style": dashed ? "dashed" : "solid",
        ...(dashed ? { "line-dash-pattern": encoding.dash } : {}),
        label: encoding.label,
        // Along its own line, so the labels of a fan of changed relations do not pile on each other.
        "text-rotation": "autorotate",
        "text-margin-y": -1,
        "font-size": 12,
        color: encoding.color,
        "text-background-color": "#ffffff",
        "text-background-opacity": encoding.label === "" ? 0 : 0.9,
        "text-background-padding": "2px",
        opacity: kind === "held" ? 0.7 : 1,
      },
    },
    // A disputed relation keeps its warning beside the change label.
    { selector: `${selector}.disputed`, style: { label: encoding.label === "" ? "⚠" : `⚠ ${encoding.label}` } },
  ];
}
