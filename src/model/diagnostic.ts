// A problem with the input, reported and survived: every stage builds its
// messages with `diagnostic` (one constructor, vfile-message style), so
// every message has the same fields in the same order.

/** A problem with the input, reported and survived (textlint-style message). */
export interface Diagnostic {
  severity: 'error' | 'warning' | 'info';
  /** File the message is about, as given on the command line or found in a folder. */
  file: string;
  /** 1-based line and column, when the problem has a place. */
  line?: number;
  column?: number;
  /** What is wrong and what to do, in one sentence. */
  message: string;
  /** Stable id, e.g. `ingest/empty-file`, `claims/yaml-syntax`. */
  ruleId: string;
  /** True when the file was skipped entirely because of this problem. */
  skipped?: boolean;
}

/** Where in the file, and whether the file was skipped. */
export interface DiagnosticPlace {
  line?: number;
  column?: number;
  skipped?: boolean;
}

export function diagnostic(
  severity: Diagnostic['severity'],
  file: string,
  message: string,
  ruleId: string,
  place: DiagnosticPlace = {},
): Diagnostic {
  const d: Diagnostic = { severity, file } as Diagnostic;
  if (place.line !== undefined) d.line = place.line;
  if (place.column !== undefined) d.column = place.column;
  d.message = message;
  d.ruleId = ruleId;
  if (place.skipped !== undefined) d.skipped = place.skipped;
  return d;
}
