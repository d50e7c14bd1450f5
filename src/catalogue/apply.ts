/**
 * Join the story's catalogue to this run's groups: every entry finds the
 * claims its statements describe (by source and text, tolerant of edits), the
 * automatic group holding most of them takes the entry's subject and review
 * state, and an entry whose claims the alignment split or missed gets a group
 * of its own (origin 'catalogue'), re-judged with the engine's judge.
 */
import type { Catalogue, CatalogueEntry, CatalogueStatement, ReviewState } from '../model/catalogue.js';
import type { Claim } from '../model/claim.js';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import type { ClaimGroup, JudgedGroup } from '../model/judgement.js';
import { fingerprintClaims } from './fingerprint.js';
import { entryLocation } from './read.js';
import { foldText, normText, tokens } from './statements.js';

export interface ApplyCatalogueResult {
  groups: JudgedGroup[];
  review: Record<string, ReviewState>;
  diagnostics: Diagnostic[];
}

/** Fuzzy matches below this share of the statement's words are not matches. */
const MIN_OVERLAP = 0.6;

/**
 * Score how well a catalogue statement describes a claim of the same source
 * (0 = not at all). Exact and containment matches score above 2; a fuzzy
 * match (the sentence was edited) scores at most ~1.1.
 */
export function statementScore(statement: CatalogueStatement, claim: Claim): number {
  if (statement.source.trim() !== claim.sourceId) return 0;
  const st = normText(statement.text);
  const ct = normText(claim.text);
  if (st === '' || ct === '') return 0;
  if (st === ct) return 4;
  if (st.includes(ct)) {
    // The statement is the value with some of its sentence: does it sit
    // around this claim's position (a sentence may hold two such values)?
    const sentence = foldText(claim.sentence.text);
    const local = claim.start - claim.sentence.start;
    const pos = local >= 0 ? foldText(claim.sentence.text.slice(0, local)).length : -1;
    let from = sentence.indexOf(st);
    while (from >= 0) {
      if (pos >= from && pos + ct.length <= from + st.length) {
        // Statements are written as the value with words either side, so
        // when one statement holds two values ("Presidents Xi Jinping and
        // Donald Trump") the one at its centre is the one it describes.
        const offCentre = Math.abs(pos + ct.length / 2 - (from + st.length / 2)) / st.length;
        return 3.5 - 0.4 * offCentre;
      }
      from = sentence.indexOf(st, from + 1);
    }
    return 2.5;
  }
  if (ct.includes(st)) return 3;

  // Fuzzy: most of the statement's words are still in the claim's sentence.
  const stTokens = tokens(statement.text);
  if (stTokens.length === 0) return 0;
  const sentenceTokens = new Set(tokens(claim.sentence.text));
  const shared = stTokens.filter((t) => sentenceTokens.has(t)).length / stTokens.length;
  if (shared < MIN_OVERLAP) return 0;
  const claimTokens = tokens(claim.text);
  const stSet = new Set(stTokens);
  const valueShare = claimTokens.length ? claimTokens.filter((t) => stSet.has(t)).length / claimTokens.length : 0;
  return shared + 0.1 * valueShare;
}

/** The claim (of the entry's kind) a statement describes best, if any. */
export function matchStatement(
  statement: CatalogueStatement,
  candidates: readonly Claim[],
): { claim: Claim; score: number } | undefined {
  let best: { claim: Claim; score: number } | undefined;
  for (const claim of candidates) {
    const score = statementScore(statement, claim);
    if (score > 0 && (!best || score > best.score)) best = { claim, score };
  }
  return best;
}

/** Claims of the entry's kind whose sentence contains every hint (case- and quote-blind). */
export function hintedClaims(entry: CatalogueEntry, claims: readonly Claim[]): Claim[] {
  const hints = (entry.hints ?? []).map(normText).filter((h) => h !== '');
  if (hints.length === 0) return [];
  return claims.filter((c) => {
    if (c.kind !== entry.kind) return false;
    const sentence = normText(c.sentence.text);
    return hints.every((h) => sentence.includes(h));
  });
}

export function applyCatalogue(
  groups: JudgedGroup[],
  claims: Claim[],
  catalogue: Catalogue,
  judge: (g: ClaimGroup) => JudgedGroup,
): ApplyCatalogueResult {
  const diagnostics: Diagnostic[] = [];
  const review: Record<string, ReviewState> = {};

  // Working copy: group slots in the original order; a slot may be replaced
  // (re-judged after losing claims) or emptied.
  const slots: (JudgedGroup | undefined)[] = groups.slice();
  const changed = new Set<number>();
  /** Catalogue groups to insert right after a slot (or at the end: -1). */
  const inserted = new Map<number, JudgedGroup[]>();
  const groupOf = new Map<string, number>();
  slots.forEach((g, i) => g?.claims.forEach((c) => groupOf.set(c.id, i)));
  /** Claims already taken by an earlier entry (claim id → entry id). */
  const taken = new Map<string, string>();
  /** Slots already carrying an entry. */
  const slotEntry = new Map<number, string>();
  const usedIds = new Set(groups.map((g) => g.id));

  // Claims by kind and by kind+source (a statement only ever matches its own source).
  const byKind = new Map<string, Claim[]>();
  const byKindSource = new Map<string, Claim[]>();
  const seenIds = new Set<string>();
  const index = (c: Claim) => {
    if (seenIds.has(c.id)) return;
    seenIds.add(c.id);
    push(byKind, c.kind, c);
    push(byKindSource, `${c.kind}\u0000${c.sourceId}`, c);
  };
  claims.forEach(index);
  // Claims that are in a group but missing from `claims` still count.
  groups.forEach((g) => g.claims.forEach(index));
  const knownSources = new Set([...byKind.values()].flat().map((c) => c.sourceId));

  for (const entry of catalogue.entries) {
    const where = entryLocation(entry);
    const place = { file: where?.file ?? catalogue.path, line: where?.line, column: where?.column };
    const candidates = byKind.get(entry.kind) ?? [];
    const ofSource = (source: string) => byKindSource.get(`${entry.kind}\u0000${source.trim()}`) ?? [];

    // 1. Statements → claims.
    const matched: Claim[] = [];
    for (const statement of entry.statements) {
      const hit = matchStatement(statement, ofSource(statement.source));
      if (!hit) {
        diagnostics.push(diagnostic('warning', place.file, knownSources.has(statement.source.trim())
            ? `Statement of '${entry.id}' in ${statement.source} (“${short(statement.text)}”) no longer matches any ${entry.kind} claim; the source may have changed — review the fact.`
            : `Statement of '${entry.id}' names source '${statement.source}', which is not among the sources read.`, 'claims/statement-unmatched', place));
        continue;
      }
      const owner = taken.get(hit.claim.id);
      if (owner && owner !== entry.id) {
        diagnostics.push(diagnostic('warning', place.file, `Statement of '${entry.id}' (“${short(statement.text)}”) describes a claim already covered by '${owner}'; it stays with '${owner}'.`, 'claims/claim-in-two-entries', place));
        continue;
      }
      if (!matched.includes(hit.claim)) matched.push(hit.claim);
    }

    // 2. Hints pin claims the alignment left out of every group.
    for (const c of hintedClaims(entry, candidates)) {
      if (matched.includes(c) || taken.has(c.id)) continue;
      if (groupOf.has(c.id)) continue;
      matched.push(c);
    }

    if (matched.length === 0) {
      diagnostics.push(diagnostic('warning', place.file, `Catalogue entry '${entry.id}' matches no claim in this run; its verdict is kept in the file but shown nowhere — check its statements and hints.`, 'claims/entry-unmatched', place));
      continue;
    }
    for (const c of matched) taken.set(c.id, entry.id);

    // 3. The group holding most of the entry's claims.
    const counts = new Map<number, number>();
    for (const c of matched) {
      const slot = groupOf.get(c.id);
      if (slot !== undefined) counts.set(slot, (counts.get(slot) ?? 0) + 1);
    }
    let target: number | undefined;
    for (const [slot, n] of counts) {
      if (slotEntry.has(slot)) continue;
      if (target === undefined || n > (counts.get(target) ?? 0)) target = slot;
    }
    const outside = matched.filter((c) => groupOf.get(c.id) !== target);

    if (target !== undefined && outside.length === 0 && slots[target]) {
      // The automatic group is the fact: it takes the editor's subject.
      const g = slots[target]!;
      slots[target] = { ...g, subject: entry.subject };
      slotEntry.set(target, entry.id);
      review[g.id] = reviewState(entry, g.claims);
      continue;
    }

    // 4. Split or missed: a catalogue group with the entry's claims.
    const touched = new Set<number>();
    for (const c of matched) {
      const slot = groupOf.get(c.id);
      if (slot === undefined) continue;
      touched.add(slot);
      groupOf.delete(c.id);
    }
    const matchedIds = new Set(matched.map((c) => c.id));
    for (const slot of touched) {
      const g = slots[slot];
      if (!g) continue;
      slots[slot] = { ...g, claims: g.claims.filter((c) => !matchedIds.has(c.id)) };
      changed.add(slot);
    }
    let id = entry.id;
    for (let n = 2; usedIds.has(id); n++) id = `${entry.id}-${n}`;
    usedIds.add(id);
    const ordered = [...matched].sort(byPosition);
    const group = judge({
      id,
      subject: entry.subject,
      kind: entry.kind,
      claims: ordered,
      sourceCount: new Set(ordered.map((c) => c.sourceId)).size,
      origin: 'catalogue',
    });
    const judged: JudgedGroup = { ...group, id, subject: entry.subject, origin: 'catalogue' };
    const at = target ?? (touched.size > 0 ? Math.min(...touched) : -1);
    const list = inserted.get(at) ?? [];
    list.push(judged);
    inserted.set(at, list);
    review[id] = reviewState(entry, judged.claims);
  }

  // Automatic groups that lost claims: re-judge, or drop when they no longer
  // compare two sources.
  for (const slot of changed) {
    const g = slots[slot];
    if (!g) continue;
    const sourceCount = new Set(g.claims.map((c) => c.sourceId)).size;
    if (sourceCount < 2) {
      slots[slot] = undefined;
      const entryId = slotEntry.get(slot);
      if (entryId !== undefined) delete review[g.id];
      continue;
    }
    const rejudged = judge({
      id: g.id,
      subject: g.subject,
      kind: g.kind,
      claims: g.claims,
      sourceCount,
      origin: g.origin,
      // A weak join stays weak for the claims left of it (an editor's entry pins certainty, this does not).
      ...(g.weakMatch ? { weakMatch: g.weakMatch.filter((id) => g.claims.some((c) => c.id === id)) } : {}),
    });
    slots[slot] = { ...rejudged, id: g.id, subject: g.subject, origin: g.origin };
    const entryId = slotEntry.get(slot);
    const entry = entryId === undefined ? undefined : catalogue.entries.find((e) => e.id === entryId);
    if (entry) review[g.id] = reviewState(entry, g.claims);
  }

  const out: JudgedGroup[] = [];
  slots.forEach((g, i) => {
    if (g) out.push(g);
    out.push(...(inserted.get(i) ?? []));
  });
  out.push(...(inserted.get(-1) ?? []));
  return { groups: out, review, diagnostics };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function reviewState(entry: CatalogueEntry, claims: readonly Claim[]): ReviewState {
  const stale = entry.editorVerdict !== undefined && entry.reviewed !== fingerprintClaims(claims);
  const state: ReviewState = { entryId: entry.id, stale };
  if (entry.editorVerdict) state.editorVerdict = entry.editorVerdict;
  if (entry.note !== undefined) state.note = entry.note;
  return state;
}

function byPosition(a: Claim, b: Claim): number {
  return a.sourceId === b.sourceId ? a.start - b.start : a.sourceId < b.sourceId ? -1 : 1;
}

function short(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}
