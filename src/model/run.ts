// What a run returns.
import type { Catalogue, ReviewState } from './catalogue.js';
import type { Claim } from './claim.js';
import type { Diagnostic } from './diagnostic.js';
import type { JudgedGroup } from './judgement.js';
import type { Source } from './source.js';

export interface RunResult {
  sources: Source[];
  claims: Claim[];
  groups: JudgedGroup[];
  /** Review state by group id, when a catalogue was used. */
  review: Record<string, ReviewState>;
  catalogue?: Catalogue;
  diagnostics: Diagnostic[];
  /** Milliseconds per stage, for --timing and the benchmark. */
  timings: Record<string, number>;
}
