// What a cache entry holds of a claim: what extraction found, not what it
// read. The claim's text, its sentence's text, its source id and its id
// are recomputed from the source on reading (the source file is read
// anyway, and the key guarantees it is the same text), so an entry holds
// no text of the article. A field is left out only when it equals what
// would be recomputed, so a claim comes back exactly as it went in.
import type { Claim } from '../../model/claim.js';

/** The source fields a claim is rebuilt from. */
export interface ClaimSource {
  id: string;
  text: string;
}

/** A claim as stored: the recomputable fields may be absent. */
export type StoredClaim = Omit<Claim, 'id' | 'sourceId' | 'text' | 'sentence'> & {
  id?: string;
  sourceId?: string;
  text?: string;
  sentence: { start: number; end: number; index: number; text?: string };
};

const defaultId = (sourceId: string, c: Pick<Claim, 'kind' | 'start'>) => `${sourceId}:${c.kind}:${c.start}`;

/** The claim without what can be read back from its source. */
export function compactClaim(c: Claim, source: ClaimSource): StoredClaim {
  const { id, sourceId, text, sentence, ...found } = c;
  const out: StoredClaim = { ...found, sentence: { start: sentence.start, end: sentence.end, index: sentence.index } };
  if (sourceId !== source.id) out.sourceId = sourceId;
  if (id !== defaultId(sourceId, c)) out.id = id;
  if (text !== source.text.slice(c.start, c.end)) out.text = text;
  if (sentence.text !== source.text.slice(sentence.start, sentence.end)) out.sentence.text = sentence.text;
  return out;
}

/**
 * The full claim, its texts taken from the source (slices share the
 * source's memory). Built field by field in describeClaim's order and shape
 * (hint present even when undefined), so a claim from the cache is shaped
 * like a fresh one and a cached run's JSON is byte for byte a fresh run's.
 */
export function expandClaim(s: StoredClaim, source: ClaimSource): Claim {
  const sourceId = s.sourceId ?? source.id;
  const { sentence } = s;
  return {
    id: s.id ?? defaultId(sourceId, s),
    sourceId,
    kind: s.kind,
    text: s.text ?? source.text.slice(s.start, s.end),
    start: s.start,
    end: s.end,
    sentence: { start: sentence.start, end: sentence.end, text: sentence.text ?? source.text.slice(sentence.start, sentence.end), index: sentence.index },
    subject: s.subject,
    hint: s.hint,
    terms: s.terms,
    entities: s.entities,
    value: s.value,
    context: s.context,
  };
}
