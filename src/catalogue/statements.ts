/**
 * How a claim is written into the catalogue as a statement, and how catalogue
 * text is compared with claim text. Shared by read/apply/write and the UI so
 * a fingerprint recorded at review time is reproducible on the next run.
 */
import type { CatalogueStatement } from '../model/catalogue.js';
import type { Claim } from '../model/claim.js';

const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/** Whitespace collapsed (not trimmed), typographic quotes and dashes folded, lower-cased. */
export function foldText(s: string): string {
  return s
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(/[\u00a0\s]+/g, ' ')
    .toLowerCase();
}

/** foldText, trimmed: the form used for equality and containment. */
export function normText(s: string): string {
  return foldText(s).trim();
}

/** Content-ish word tokens, for fuzzy overlap after a source was edited. */
export function tokens(s: string): string[] {
  return normText(s)
    .split(/[^\p{L}\p{N}%$€£]+/u)
    .filter((t) => t.length > 0);
}

/** Words of context taken on each side of a short value. */
const CONTEXT_WORDS = 4;
/** Values at least this long (quotes, long phrases) are written as they are. */
const LONG_ENOUGH = 40;

/**
 * The text written for a claim in the catalogue: the claim's own text when it
 * is long (a quote) or a title, otherwise the claim with a few words of its sentence on
 * each side, so the editor can find it and a statement still points at the
 * right value when a sentence holds two values of one kind. Whitespace is
 * collapsed; the text is otherwise exactly as in the source.
 */
export function statementText(claim: Claim): string {
  const sentence = claim.sentence.text;
  const localStart = claim.start - claim.sentence.start;
  const localEnd = claim.end - claim.sentence.start;
  const inside =
    localStart >= 0 && localEnd <= sentence.length && sentence.slice(localStart, localEnd) === claim.text;
  // A quote, or a title with its holder's name ("Presidents Xi Jinping"), is
  // distinctive by itself; padding it with neighbours could take in another
  // person's title from the same sentence.
  if (claim.kind === 'quote' || claim.kind === 'title' || claim.text.length >= LONG_ENOUGH || !inside) {
    return collapse(claim.text);
  }
  let from = localStart;
  for (let w = 0; w < CONTEXT_WORDS && from > 0; w++) {
    // skip spaces, then a word
    while (from > 0 && /\s/.test(sentence[from - 1])) from--;
    while (from > 0 && !/\s/.test(sentence[from - 1])) from--;
  }
  let to = localEnd;
  for (let w = 0; w < CONTEXT_WORDS && to < sentence.length; w++) {
    while (to < sentence.length && /\s/.test(sentence[to])) to++;
    while (to < sentence.length && !/\s/.test(sentence[to])) to++;
  }
  return collapse(sentence.slice(from, to));
}

export function statementFor(claim: Claim): CatalogueStatement {
  return { source: claim.sourceId, text: statementText(claim) };
}

/** Statements for a group's claims, in source then position order, without repeats. */
export function statementsFor(claims: readonly Claim[]): CatalogueStatement[] {
  const sorted = [...claims].sort((a, b) =>
    a.sourceId === b.sourceId ? a.start - b.start : a.sourceId < b.sourceId ? -1 : 1,
  );
  const seen = new Set<string>();
  const out: CatalogueStatement[] = [];
  for (const c of sorted) {
    const s = statementFor(c);
    const key = `${s.source}\u0000${normText(s.text)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return out;
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
