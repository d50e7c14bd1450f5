// The ordered stages: ingest → sentences → extract → describe → align →
// compare → (catalogue). Each stage takes data and returns data.
import type { Claim, ClaimGroup, Diagnostic, ExtractContext, RawClaim, RunResult, Source } from './types.js';
import { readSources } from './ingest/index.js';
import { splitSentences } from './sentences/split.js';
import { extractFromSource } from './extract/index.js';
import { describeClaim } from './normalize/describe.js';
import { align } from './align/index.js';
import { judgeAll, judgeGroup, sortGroups } from './compare/index.js';
import { namerFor } from './report/labels.js';
import { readCatalogue } from './claims/read.js';
import { applyCatalogue } from './claims/apply.js';

export interface RunOptions {
  sourcesDir: string;
  /** Folder of the story's catalogue; undefined = no catalogue. */
  claimsDir?: string;
  /** Today's date (YYYY-MM-DD) for a source nothing dates; injectable for tests. */
  today?: string;
}

function timed<T>(timings: Record<string, number>, stage: string, f: () => T): T {
  const t0 = performance.now();
  try {
    return f();
  } finally {
    timings[stage] = (timings[stage] ?? 0) + performance.now() - t0;
  }
}

function contextFor(source: Source, today: string, diagnostics: Diagnostic[]): ExtractContext {
  if (source.published) {
    return {
      source,
      reference: source.published.date,
      referenceInferred: source.published.inferred,
      tzOffsetMinutes: source.published.tzOffsetMinutes,
    };
  }
  diagnostics.push({
    severity: 'warning',
    file: source.path,
    message: `no publication date found, and no other source to take one from; relative dates are read against today (${today}). Add "published:" front matter to fix.`,
    ruleId: 'ingest/no-date',
  });
  return { source, reference: today, referenceInferred: true };
}

/** Extract and describe every claim of one source. */
export function claimsOfSource(source: Source, ctx: ExtractContext): Claim[] {
  const sentences = splitSentences(source);
  const raws = extractFromSource(source, sentences, ctx);
  const bySentence = new Map<number, RawClaim[]>();
  // Sentences are in file order: binary search keeps big files linear-ish.
  const sentenceOf = (r: RawClaim) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid];
      if (r.start < s.start) hi = mid - 1;
      else if (r.start >= s.end) lo = mid + 1;
      else return s;
    }
    return undefined;
  };
  const claims: Claim[] = [];
  const dateRaws = new Map<number, RawClaim[]>();
  for (const r of raws) {
    const s = sentenceOf(r);
    if (!s) continue;
    if (!bySentence.has(s.index)) bySentence.set(s.index, []);
    bySentence.get(s.index)!.push(r);
    if (r.kind === 'date') {
      if (!dateRaws.has(s.index)) dateRaws.set(s.index, []);
      dateRaws.get(s.index)!.push(r);
    }
  }
  for (const s of sentences) {
    for (const raw of bySentence.get(s.index) ?? []) {
      claims.push(describeClaim({ raw, sentence: s, source, sentenceDates: dateRaws.get(s.index) ?? [] }));
    }
  }
  return claims;
}

export async function run(options: RunOptions): Promise<RunResult> {
  const timings: Record<string, number> = {};
  const t0 = performance.now();
  const { sources, diagnostics } = await readSources(options.sourcesDir);
  timings.ingest = performance.now() - t0;
  const today = options.today ?? new Date().toISOString().slice(0, 10);

  const claims: Claim[] = [];
  for (const source of sources) {
    const ctx = contextFor(source, today, diagnostics);
    claims.push(...timed(timings, 'extract', () => claimsOfSource(source, ctx)));
  }

  const name = namerFor(sources);
  const { groups: auto } = timed(timings, 'align', () => align(claims));
  let groups = timed(timings, 'compare', () => judgeAll(auto, name));
  let review: RunResult['review'] = {};
  let catalogue;
  if (options.claimsDir) {
    const read = readCatalogue(options.claimsDir);
    diagnostics.push(...read.diagnostics);
    catalogue = read.catalogue;
    if (catalogue) {
      const applied = timed(timings, 'catalogue', () =>
        applyCatalogue(groups, claims, catalogue!, (g: ClaimGroup) => judgeGroup(g, name)),
      );
      groups = sortGroups(applied.groups);
      review = applied.review;
      diagnostics.push(...applied.diagnostics);
    }
  }
  timings.total = performance.now() - t0;
  return { sources, claims, groups, review, catalogue, diagnostics, timings };
}
