import { relationTypeInfo } from "../vocabulary/vocabulary";
import type { SnapshotRecords } from "../snapshot";
import { actorInterval, type DateInterval, relationInterval } from "./spans-as-dates";
import { relationAttributes } from "./relation-attributes";
import { describeScope } from "./describe-scope";
import { TextBuilder } from "./text-builder";
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
  // Each relation's interval once, and each actor's, pushed in place (a hub of a big dataset has thousands).
  const intervals = snapshot.relations.map(relationInterval);
  const intervalsOf = new Map<string, DateInterval[]>();
  snapshot.relations.forEach((relation, i) => {
    for (const id of [relation.source, relation.target]) {
      const list = intervalsOf.get(id);
      if (list === undefined) intervalsOf.set(id, [intervals[i] as DateInterval]);
      else list.push(intervals[i] as DateInterval);
    }
  });
  // About 1 KB per relation: the buffer rarely has to grow.
  const out = new TextBuilder(1024 * (snapshot.relations.length + snapshot.actors.length));
  out.add([
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
    "",
  ].join("\n"));
  for (const actor of snapshot.actors) {
    const interval = actorInterval(actor, intervalsOf.get(actor.id) ?? []);
    out.add(
      `      <node${attribute("id", actor.id)}${attribute("label", actor.name)}${attribute("start", interval.start)}${attribute("end", interval.end)}>\n        <attvalues>\n` +
        attvalue("kind", actor.kind) + attvalue("description", snapshot.plainText(actor.description)) + attvalue("aliases", actor.aliases.join("; ")) +
        `${attvalue("parent", actor.parent)}${attvalue("predecessor", actor.predecessor)}        </attvalues>\n      </node>\n`,
    );
  }
  out.add(`    </nodes>\n    <edges count="${snapshot.relations.length}">\n`);
  snapshot.relations.forEach((relation, i) => {
    const columns = relationAttributes(relation, snapshot);
    const interval = intervals[i] as DateInterval;
    const edgeType = relationTypeInfo(relation.type).directed ? "directed" : "undirected";
    // One add per relation: each call into the encoder has a fixed cost.
    out.add(
      `      <edge${attribute("id", relation.id)}${attribute("source", relation.source)}${attribute("target", relation.target)} type="${edgeType}"` +
        `${attribute("label", columns.type)}${attribute("start", interval.start)}${attribute("end", interval.end)}>\n        <attvalues>\n` +
        // "start"/"end" are GEXF's own time attributes, so the dates as written get other names.
        attvalue("relation_type", columns.type) + attvalue("start_date", columns.start) + attvalue("end_date", columns.end) +
        attvalue("directed", columns.directed) + attvalue("sign", columns.sign) + attvalue("evidence_count", columns.evidence_count) +
        attvalue("source_count", columns.source_count) + attvalue("first_quote", columns.first_quote) + attvalue("first_source", columns.first_source) +
        `${attvalue("disputed", columns.disputed)}${attvalue("quotes_verified", columns.quotes_verified)}        </attvalues>\n      </edge>\n`,
    );
  });
  out.add("    </edges>\n  </graph>\n</gexf>\n");
  return out.toString();
}

/** ` name="value"`, escaped; nothing for an undefined value. */
function attribute(name: string, value: string | undefined): string {
  return value === undefined ? "" : ` ${name}="${escapeXml(value)}"`;
}

/** One attvalue row with its line break; nothing for an undefined value. */
function attvalue(id: string, value: string | undefined): string {
  return value === undefined ? "" : `          <attvalue for="${id}" value="${escapeXml(value)}"/>\n`;
}

function declareAttributes(kind: "node" | "edge", attributes: readonly (readonly [string, string])[]): string {
  const rows = attributes.map(([id, type]) => `      <attribute${xmlAttributes({ id, title: id, type })}/>`);
  return [`    <attributes class="${kind}" mode="static">`, ...rows, "    </attributes>"].join("\n");
}
