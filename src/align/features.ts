// What the aligner knows about one claim: weighted term vectors for the
// words near the value, its sentence and its named entities; the people it
// names; and the block keys that decide which clusters it is compared with.
import type { Claim } from '../model/claim.js';
import { occasionsOf } from '../text/occasions.js';
import { contentStems } from '../text/terms.js';
import { alignHook } from './hook.js';
import type { Idf } from './idf.js';
import { norm, vec, type Vec } from './vectors.js';

/** The three weighted term channels a claim and a cluster are compared on. */
export interface Channels {
  /** Words near the value. */
  local: Vec;
  localNorm: number;
  /** Words of the sentence. */
  sent: Vec;
  sentNorm: number;
  /** Names in the sentence. */
  ent: Vec;
  entNorm: number;
}

export interface Features extends Channels {
  claim: Claim;
  /** People the claim is about: a title's holder, a call's participants, a quote's speaker. */
  persons: string[];
  /** Content stems inside a quotation. */
  quoteStems: Set<string>;
  /** Counted noun or ordinal noun, stemmed ("meeting", "round"). */
  unit?: string;
  /** The counted noun as written, lower case ("meetings"), for lexical comparison. */
  unitWord?: string;
  /** True when the value is threatened, planned, forecast or possible rather than in force. */
  prospective: boolean;
  /** `${sourceId}#${sentence index}`: two values of one sentence are two facts. */
  sentenceKey: string;
  /** Named occasions in the sentence: a programme, network or outlet spoken to. */
  occasions: string[];
  /** Where the claim stands in its source, 0 (top) to 1 (end): outlets put a story's main facts first. */
  position: number;
  /** True for kinds that align on the event the value belongs to (places). */
  byEvent: boolean;
  /** For a place: the stem of the event it belongs to ("talk", "budget"). */
  event?: string;
  keys: string[];
}

/** Local terms arrive nearest first; each step away from the value weighs a little less. */
function proximityVec(terms: string[], idf: Idf): Vec {
  const v: Vec = new Map();
  terms.forEach((t, i) => v.set(t, idf.weight(t) / (1 + 0.12 * i)));
  return v;
}

/** The content word a unit's stem came from ("Israeli men" → "israeli", as contentStems takes the first). */
function headWord(unit: string): string | undefined {
  const w = unit.split(/[^\p{L}'’-]+/u).find((x) => x !== '' && contentStems(x).length > 0);
  return w?.toLowerCase();
}

function personsOf(claim: Claim): string[] {
  const v = claim.value;
  if (v.type === 'title') return [v.person];
  if (v.type === 'medium') return v.participants;
  if (v.type === 'quote') return v.speaker ? [v.speaker] : [];
  // An age named by its person ("Maria Smith, 45"): the extractor's hint is the name.
  if (claim.kind === 'age' && claim.hint && /^\p{Lu}/u.test(claim.hint)) return [claim.hint];
  return [];
}

/**
 * How far into its source each claim's source runs: the end of its last
 * claim (align sees claims, not sources), for `Features.position`.
 */
export function sourceExtents(claims: readonly Claim[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of claims) if (c.end > (out.get(c.sourceId) ?? 0)) out.set(c.sourceId, c.end);
  return out;
}

/**
 * `sentenceVecs` memoises the sentence channel by sentence text across the
 * claims of one run (feature vectors are never mutated: clusters sum copies).
 * `extents` (sourceExtents) places the claim in its source; without it every
 * claim stands at 0.
 */
export function featuresOf(claim: Claim, idf: Idf, sentenceVecs?: Map<string, Vec>, extents?: Map<string, number>): Features {
  const local = proximityVec(claim.terms, idf);
  let sent = sentenceVecs?.get(claim.sentence.text);
  if (!sent) {
    sent = vec(new Set(contentStems(claim.sentence.text)), idf);
    sentenceVecs?.set(claim.sentence.text, sent);
  }
  const ent = vec(new Set(claim.entities), idf, '@');
  const persons = personsOf(claim);
  const v = claim.value;
  const quoteStems = v.type === 'quote' ? new Set(contentStems(v.quoted)) : new Set<string>();
  const kind = claim.kind;
  const hook = alignHook(kind);
  const unit = v.type === 'number' && hook.unitMatters ? contentStems(v.unit)[0] : undefined;
  const unitWord = unit === undefined || v.type !== 'number' ? undefined : headWord(v.unit);
  const relation = v.type === 'date' && v.relation !== 'on' ? v.relation : undefined;
  const keys = hook.keys({ kind, local, ent, persons, quoteStems, unit, relation, idf });
  return {
    claim,
    local,
    localNorm: norm(local),
    sent,
    sentNorm: norm(sent),
    ent,
    entNorm: norm(ent),
    persons,
    quoteStems,
    unit,
    ...(unitWord ? { unitWord } : {}),
    prospective: claim.context.modality !== 'actual',
    position: extents ? claim.start / Math.max(1, extents.get(claim.sourceId) ?? claim.end) : 0,
    sentenceKey: `${claim.sourceId}#${claim.sentence.index}`,
    occasions: occasionsOf(claim.sentence.text),
    byEvent: hook.eventMatters === true,
    event: hook.eventMatters && claim.hint ? contentStems(claim.hint)[0] : undefined,
    keys: [...new Set(keys)],
  };
}
