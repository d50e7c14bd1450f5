// A claim: one value found in one sentence, with what it is about.
import type { Value } from './value.js';

/** The value kinds: one per folder of src/kinds/, listed in src/kinds/registry.ts. */
export type { ClaimKind } from '../kinds/registry.js';
import type { ClaimKind } from '../kinds/registry.js';

/** A time the sentence ties a value to ("in April", "in May"). */
export interface TimeAnchor {
  /** As written in the sentence. */
  text: string;
  /** First and last day it allows (YYYY-MM-DD), when it could be read as dates. */
  first?: string;
  last?: string;
}

/** Context around a claim that decides between "conflict" and "scope-differs". */
export interface ClaimContext {
  /** Times the sentence anchors the claim to ("in April", "in May"). */
  times: TimeAnchor[];
  /** Time adverbs near the value ("currently", "initially", "previously"). */
  aspects: string[];
  /** Who or what the value belongs to, normalized to a country/actor when possible ("United States"). */
  actor?: string;
  /** 'actual' unless the text frames the value as a threat, plan, forecast or possibility. */
  modality: 'actual' | 'threat' | 'plan' | 'forecast' | 'possible';
  /**
   * The value's part in a change: "cut the rate to 9% (new) from 11% (old)",
   * "rise by 4.2% (change)". Old and new values are different facts.
   */
  role?: 'from' | 'to' | 'by';
}

export interface Claim {
  /** Unique within a run: `${sourceId}:${start}`-style, stable for unchanged text. */
  id: string;
  sourceId: string;
  kind: ClaimKind;
  /** Exact text from the file: `source.text.slice(start, end) === text`. */
  text: string;
  start: number;
  end: number;
  /** The sentence holding the claim (offsets into the same file). */
  sentence: { start: number; end: number; text: string; index: number };
  /** What the value is about, in words taken from the sentence. */
  subject: string;
  /** Words the extractor gave for the subject: a counted noun, a place's event ("talks"), a speaker. */
  hint?: string;
  /** Stemmed content terms describing the subject, for alignment. */
  terms: string[];
  /** Proper names in the sentence (people, places, organisations), normalized. */
  entities: string[];
  value: Value;
  context: ClaimContext;
}
