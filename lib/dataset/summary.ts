import type { ValidationReport } from "./validate-dataset";

/** The one line printed when a dataset is valid. */
export function formatValidationSummary(report: ValidationReport, dataLabel: string): string {
  const { actors, relations, claims, sources, disputes } = report.counts;
  const warnings = report.problems.filter((p) => p.severity === "warning").length;
  const quotes =
    report.quotes === null
      ? "quotes NOT checked (--no-corpus or ALLEGIANCES_UNVERIFIED=1): every quote is marked as not verified"
      : `${report.quotes.verified}/${report.quotes.total} quotes verified against ${report.quotes.corpus}`;
  return `valid: ${dataLabel}: ${actors} actors, ${relations} relations, ${claims} claims, ${sources} sources, ${disputes} disputes; ${quotes}; ${warnings} warning(s)`;
}
