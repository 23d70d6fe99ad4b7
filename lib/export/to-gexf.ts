import type { Relation } from "../schema";
import { relationTypeInfo } from "../vocabulary/vocabulary";
import type { SnapshotRecords } from "../snapshot";
import { actorInterval, relationInterval } from "./spans-as-dates";
import { relationAttributes } from "./relation-attributes";
import { describeScope } from "./describe-scope";
import { escapeXml, xmlAttributes } from "./xml";

// Attribute ids and types declared once, so every node and edge writes the same typed columns.
const NODE_ATTRIBUTES = [["kind", "string"], ["description", "string"], ["aliases", "string"], ["parent", "string"], ["predecessor", "string"]] as const;
const EDGE_ATTRIBUTES = [
  ["relation_type", "string"], ["directed", "boolean"], ["sign", "integer"], ["start_date", "string"], ["end_date", "string"],
  ["evidence_count", "integer"], ["source_count", "integer"], ["first_quote", "string"], ["first_source", "string"], ["disputed", "boolean"], ["quotes_verified", "boolean"],
] as const;

/**
 * GEXF 1.3 in dynamic mode: nodes carry lifespans and edges relation spans as `start`/`end`
 * dates, so Gephi's timeline plays the alliances; parallel edges keep their own ids.
 * graphology-gexf writes only static GEXF, hence this small writer.
 */
export function toGexf(snapshot: SnapshotRecords, lastModified: string): string {
  const relationsOf = new Map<string, Relation[]>();
  for (const relation of snapshot.relations) {
    for (const id of [relation.source, relation.target]) relationsOf.set(id, [...(relationsOf.get(id) ?? []), relation]);
  }
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta${xmlAttributes({ lastmodifieddate: lastModified })}>`,
    "    <creator>Allegiances</creator>",
    `    <description>${escapeXml(describeScope(snapshot))}</description>`,
    "  </meta>",
    '  <graph mode="dynamic" defaultedgetype="undirected" timeformat="date" timerepresentation="interval">',
    declareAttributes("node", NODE_ATTRIBUTES),
    declareAttributes("edge", EDGE_ATTRIBUTES),
    `    <nodes count="${snapshot.actors.length}">`,
  ];
  for (const actor of snapshot.actors) {
    const interval = actorInterval(actor, relationsOf.get(actor.id) ?? []);
    lines.push(`      <node${xmlAttributes({ id: actor.id, label: actor.name, start: interval.start, end: interval.end })}>`);
    lines.push(attvalues({ kind: actor.kind, description: snapshot.plainText(actor.description), aliases: actor.aliases.join("; "), parent: actor.parent, predecessor: actor.predecessor }));
    lines.push("      </node>");
  }
  lines.push("    </nodes>", `    <edges count="${snapshot.relations.length}">`);
  for (const relation of snapshot.relations) {
    const { type, start, end, ...rest } = relationAttributes(relation, snapshot);
    const interval = relationInterval(relation);
    const edgeType = relationTypeInfo(relation.type).directed ? "directed" : "undirected";
    lines.push(`      <edge${xmlAttributes({ id: relation.id, source: relation.source, target: relation.target, type: edgeType, label: type, start: interval.start, end: interval.end })}>`);
    // "start"/"end" are GEXF's own time attributes, so the dates as written get other names.
    lines.push(attvalues({ relation_type: type, start_date: start, end_date: end, ...rest }));
    lines.push("      </edge>");
  }
  lines.push("    </edges>", "  </graph>", "</gexf>", "");
  return lines.join("\n");
}

function declareAttributes(kind: "node" | "edge", attributes: readonly (readonly [string, string])[]): string {
  const rows = attributes.map(([id, type]) => `      <attribute${xmlAttributes({ id, title: id, type })}/>`);
  return [`    <attributes class="${kind}" mode="static">`, ...rows, "    </attributes>"].join("\n");
}

function attvalues(values: Record<string, string | undefined>): string {
  const rows = Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([id, value]) => `          <attvalue${xmlAttributes({ for: id, value })}/>`);
  return ["        <attvalues>", ...rows, "        </attvalues>"].join("\n");
}
