// A problem with the input, reported and survived.

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
