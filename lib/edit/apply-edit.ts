import type { Problem } from "../dataset/problem";
import type { Claim, Dataset, DataFileKind } from "../schema";
import type { EditableDataset } from "./editable-dataset";
import type { Edit } from "./edits";
import { dataFileOf } from "./record-files";
import { type EditResult, validateEditable } from "./validate-editable";

type Listed = { id: string };

/** A list with the record `replaces` names swapped for `next` in place, a new one appended, or null when `replaces` names none. */
function put<T extends Listed>(list: readonly T[], next: T, replaces: string | null): T[] | null {
  if (replaces === null) return [...list, next];
  const at = list.findIndex((record) => record.id === replaces);
  return at === -1 ? null : list.map((record, index) => (index === at ? next : record));
}

function removed<T extends Listed>(list: readonly T[], id: string): T[] | null {
  return list.some((record) => record.id === id) ? list.filter((record) => record.id !== id) : null;
}

const missing = (kind: DataFileKind, id: string, field = ""): Problem => ({ severity: "error", file: dataFileOf(kind), record: id, field, message: `no ${kind.slice(0, -1)} "${id}" in this dataset` });

/** The relation's claims after the edit, or a problem naming the relation and the claim. */
function claimsAfter(dataset: Dataset, relationId: string, change: (claims: Claim[]) => Claim[] | null, index: number | null): Dataset | Problem {
  const relation = dataset.relations.find((candidate) => candidate.id === relationId);
  if (relation === undefined) return missing("relations", relationId);
  const claims = change(relation.claims);
  if (claims === null) return missing("relations", relationId, `claims[${index ?? relation.claims.length}]`);
  return { ...dataset, relations: dataset.relations.map((candidate) => (candidate === relation ? { ...relation, claims } : candidate)) };
}

function changed(value: EditableDataset, edit: Edit): EditableDataset | Problem {
  const { dataset } = value;
  const withList = <K extends "actors" | "sources" | "relations" | "disputes">(kind: K, list: Dataset[K] | null, id: string): EditableDataset | Problem =>
    list === null ? missing(kind, id) : { ...value, dataset: { ...dataset, [kind]: list } };
  switch (edit.kind) {
    case "put-actor":
      return withList("actors", put(dataset.actors, edit.actor, edit.replaces), edit.replaces ?? edit.actor.id);
    case "remove-actor":
      return withList("actors", removed(dataset.actors, edit.id), edit.id);
    case "put-source": {
      const next = withList("sources", put(dataset.sources, edit.source, edit.replaces), edit.replaces ?? edit.source.id);
      if (!("dataset" in next)) return next;
      const { [edit.source.corpusFile]: _old, ...others } = value.texts;
      return { ...next, texts: edit.text === null ? others : { ...others, [edit.source.corpusFile]: edit.text } };
    }
    case "remove-source":
      return withList("sources", removed(dataset.sources, edit.id), edit.id);
    case "put-relation":
      return withList("relations", put(dataset.relations, edit.relation, edit.replaces), edit.replaces ?? edit.relation.id);
    case "remove-relation":
      return withList("relations", removed(dataset.relations, edit.id), edit.id);
    case "put-dispute":
      return withList("disputes", put(dataset.disputes, edit.dispute, edit.replaces), edit.replaces ?? edit.dispute.id);
    case "remove-dispute":
      return withList("disputes", removed(dataset.disputes, edit.id), edit.id);
    case "put-claim": {
      const { index, claim } = edit;
      const next = claimsAfter(dataset, edit.relation, (claims) => (index === null ? [...claims, claim] : index >= 0 && index < claims.length ? claims.map((old, at) => (at === index ? claim : old)) : null), index);
      return "relations" in next ? { ...value, dataset: next } : next;
    }
    case "remove-claim": {
      const { index } = edit;
      const next = claimsAfter(dataset, edit.relation, (claims) => (index >= 0 && index < claims.length ? claims.filter((_, at) => at !== index) : null), index);
      return "relations" in next ? { ...value, dataset: next } : next;
    }
  }
}

/**
 * The dataset after one edit, checked as `npm run validate` checks data files; or, when the edit
 * breaks anything, every problem naming file, record and field, and the dataset is left as it was.
 */
export function applyEdit(value: EditableDataset, edit: Edit): EditResult {
  const next = changed(value, edit);
  if (!("dataset" in next)) return { ok: false, problems: [next] };
  return validateEditable(next);
}
