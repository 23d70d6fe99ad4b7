import type { SnapshotRecords } from "../snapshot";
import { relationAttributes } from "./relation-attributes";
import { escapeXml, xmlAttributes } from "./xml";

type KeyType = "string" | "int" | "boolean";
interface KeySpec {
  id: string;
  for: "node" | "edge";
  name: string;
  type: KeyType;
}

const KEYS: KeySpec[] = [
  { id: "n_label", for: "node", name: "label", type: "string" },
  { id: "n_kind", for: "node", name: "kind", type: "string" },
  { id: "n_description", for: "node", name: "description", type: "string" },
  { id: "n_aliases", for: "node", name: "aliases", type: "string" },
  { id: "n_parent", for: "node", name: "parent", type: "string" },
  { id: "n_predecessor", for: "node", name: "predecessor", type: "string" },
  { id: "e_type", for: "edge", name: "type", type: "string" },
  { id: "e_directed", for: "edge", name: "directed", type: "boolean" },
  { id: "e_sign", for: "edge", name: "sign", type: "int" },
  { id: "e_start", for: "edge", name: "start", type: "string" },
  { id: "e_end", for: "edge", name: "end", type: "string" },
  { id: "e_evidence_count", for: "edge", name: "evidence_count", type: "int" },
  { id: "e_source_count", for: "edge", name: "source_count", type: "int" },
  { id: "e_first_quote", for: "edge", name: "first_quote", type: "string" },
  { id: "e_first_source", for: "edge", name: "first_source", type: "string" },
  { id: "e_disputed", for: "edge", name: "disputed", type: "boolean" },
  { id: "e_quotes_verified", for: "edge", name: "quotes_verified", type: "boolean" },
];

/**
 * GraphML with a typed key for every attribute. Every edge is written in a directed graph and
 * carries `directed` as data: NetworkX refuses graphs that mix directed and undirected edges,
 * and an undirected type's source/target order simply means nothing.
 */
export function toGraphml(snapshot: SnapshotRecords): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map((key) => `  <key${xmlAttributes({ id: key.id, for: key.for, "attr.name": key.name, "attr.type": key.type })}/>`),
    '  <graph id="allegiances" edgedefault="directed">',
  ];
  for (const actor of snapshot.actors) {
    lines.push(`    <node${xmlAttributes({ id: actor.id })}>`);
    lines.push(...data({ n_label: actor.name, n_kind: actor.kind, n_description: snapshot.plainText(actor.description), n_aliases: actor.aliases.join("; "), n_parent: actor.parent, n_predecessor: actor.predecessor }));
    lines.push("    </node>");
  }
  for (const relation of snapshot.relations) {
    lines.push(`    <edge${xmlAttributes({ id: relation.id, source: relation.source, target: relation.target })}>`);
    const attributes = Object.entries(relationAttributes(relation, snapshot)).map(([name, value]) => [`e_${name}`, value]);
    lines.push(...data(Object.fromEntries(attributes)));
    lines.push("    </edge>");
  }
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}

function data(values: Record<string, string | undefined>): string[] {
  return Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `      <data key="${key}">${escapeXml(value)}</data>`);
}
