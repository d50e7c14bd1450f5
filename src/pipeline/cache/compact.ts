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

/** The full claim, its texts taken from the source (slices share the source's memory). */
export function expandClaim(s: StoredClaim, source: ClaimSource): Claim {
  const { id, sourceId: storedSourceId, text, sentence, kind, start, end, ...found } = s;
  const sourceId = storedSourceId ?? source.id;
  // Field order as describeClaim gives it, so a cached run serializes byte for byte as a fresh one.
  return {
    id: id ?? defaultId(sourceId, { kind, start }),
    sourceId,
    kind,
    text: text ?? source.text.slice(start, end),
    start,
    end,
    sentence: { start: sentence.start, end: sentence.end, text: sentence.text ?? source.text.slice(sentence.start, sentence.end), index: sentence.index },
    ...found,
  };
}
