import { MARK_RULES } from "./mark-rules";
import { graphStylesheet, type StyleBlock } from "./stylesheet";

/** The whole stylesheet: the base look, then every mark in the table's order (later wins). */
export function canvasStylesheet(): StyleBlock[] {
  return [...graphStylesheet(), ...MARK_RULES.flatMap((rule) => rule.styles)];
}
