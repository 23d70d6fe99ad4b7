import { parse as parseTolerantly, type ParseError, printParseErrorCode } from "jsonc-parser";

/** JSON text parsed, or a syntax error placed by line and column (editors count both from 1). */
export type ParsedJson = { ok: true; value: unknown } | { ok: false; message: string };

// jsonc-parser's codes, said the way a person fixing the file would read them.
const WHAT_WENT_WRONG: Record<string, string> = {
  InvalidSymbol: "unexpected character",
  ValueExpected: "a value was expected",
  PropertyNameExpected: "a property name in double quotes was expected",
  ColonExpected: "a ':' was expected",
  CommaExpected: "a ',' was expected",
  CloseBraceExpected: "a '}' was expected",
  CloseBracketExpected: "a ']' was expected",
  EndOfFileExpected: "the file should end here",
  UnexpectedEndOfString: "a string is not closed",
  InvalidCommentToken: "comments are not allowed in JSON",
};

/** Strict JSON.parse; on failure jsonc-parser locates the first error, since V8's message often gives no position. */
export function parseJsonText(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const errors: ParseError[] = [];
    parseTolerantly(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    if (first === undefined) return { ok: false, message: `not valid JSON: ${(error as Error).message}` };
    const code = printParseErrorCode(first.error);
    const { line, column } = lineAndColumn(text, first.offset);
    return { ok: false, message: `not valid JSON at line ${line}, column ${column}: ${WHAT_WENT_WRONG[code] ?? code}` };
  }
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: offset - lineStart + 1 };
}
