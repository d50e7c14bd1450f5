// Extraction contract. An extractor finds values in one sentence; the
// describe stage (src/describe/describe.ts) then fills subject, terms,
// entities and context, so every extractor stays small.
import type { ClaimContext, ClaimKind } from './claim.js';
import type { Sentence, Source } from './source.js';
import type { Value } from './value.js';

export interface ExtractContext {
  source: Source;
  /** Publication date the text is read against (YYYY-MM-DD), possibly inferred. */
  reference: string;
  referenceInferred: boolean;
  /** Offset from UTC in minutes of the publication, when known. */
  tzOffsetMinutes?: number;
}

export interface RawClaim {
  kind: ClaimKind;
  /** Offsets into the file (not the sentence): `source.text.slice(start, end) === text`. */
  start: number;
  end: number;
  text: string;
  value: Value;
  /** Words the extractor itself knows describe the subject (a counted noun, a quote's speaker). */
  subjectHint?: string;
  /** Context the extractor knows better than the generic describe stage. */
  context?: Partial<ClaimContext>;
}

export interface Extractor {
  kind: ClaimKind;
  /** Find every value of this kind in the sentence. Must not throw on any input. */
  extract(sentence: Sentence, ctx: ExtractContext): RawClaim[];
}
