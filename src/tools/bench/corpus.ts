// Synthetic one-story corpora for the benchmark. Paragraphs of the input
// articles are recombined with a seeded PRNG; some numbers, percentages and
// dates are nudged so that the sources disagree; outlets and publication
// dates vary, and some sources carry no date at all (so the story-level
// inference runs). Source i depends only on (seed, i) and the input
// articles, so the 50-source corpus is the first 50 files of the 2,000 one.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Deterministic 32-bit generator (mulberry32). Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes a seed and an index into a well-spread 32-bit seed (splitmix-style). */
export function mixSeed(seed: number, i: number): number {
  let z = (Math.imul(seed >>> 0, 0x9e3779b1) + Math.imul(i + 1, 0x85ebca6b)) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x7feb352d) >>> 0;
  z = Math.imul(z ^ (z >>> 15), 0x846ca68b) >>> 0;
  return (z ^ (z >>> 16)) >>> 0;
}

export interface Article {
  title?: string;
  outlet?: string;
  /** YYYY-MM-DD when the front matter says. */
  published?: string;
  paragraphs: string[];
}

const FRONT = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*\r?\n/;

function field(yaml: string, key: string): string | undefined {
  const m = new RegExp(`^${key}:\\s*(.+)$`, 'm').exec(yaml);
  if (!m) return undefined;
  return m[1].trim().replace(/^["']|["']$/g, '');
}

/** Splits an article into its prose paragraphs (lines of at least `minLength` characters). */
export function parseArticle(text: string, minLength = 60): Article {
  let body = text.replace(/^\uFEFF/, '');
  let title: string | undefined;
  let outlet: string | undefined;
  let published: string | undefined;
  const fm = FRONT.exec(body);
  if (fm) {
    title = field(fm[1], 'title');
    outlet = field(fm[1], 'outlet');
    const p = field(fm[1], 'published');
    if (p && /^\d{4}-\d{2}-\d{2}/.test(p)) published = p.slice(0, 10);
    body = body.slice(fm[0].length);
  }
  const paragraphs = body
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length >= minLength && /[.!?”"’)]$/.test(l) && !/^(?:photo|image|caption)\b/i.test(l));
  return { title, outlet, published, paragraphs };
}

/** Reads every .md/.txt article of a folder, sorted by name. */
export function readArticles(dir: string): Article[] {
  return readdirSync(dir)
    .filter((f) => /\.(?:md|markdown|txt)$/i.test(f))
    .sort()
    .map((f) => parseArticle(readFileSync(path.join(dir, f), 'utf8')));
}

// Outlet names are built from generic words so that thousands stay distinct.
const OUTLET_A = ['Daily', 'Evening', 'Morning', 'Global', 'National', 'Metro', 'Coastal', 'Northern', 'Southern', 'Capital', 'Valley', 'Harbour', 'Pacific', 'Atlantic', 'Central', 'Western'];
const OUTLET_B = ['Ledger', 'Courier', 'Herald', 'Tribune', 'Observer', 'Gazette', 'Dispatch', 'Post', 'Review', 'Monitor', 'Standard', 'Record', 'Wire', 'Journal', 'Bulletin', 'Chronicle'];

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_RE =
  /\b(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)(\s+)(\d{1,2})\b(?!,?\s*\d{3})/g;
const PERCENT_RE = /\b(\d{1,3}(?:\.\d+)?)(\s?(?:%|percent\b|per cent\b))/g;
const MONEY_RE = /([$€£])(\d+(?:\.\d+)?)(\s?(?:million|billion|trillion)\b)?/g;
const COUNT_RE = /\b(\d{1,3})(\s+)(?=[a-z]{3,})/g;

export interface PerturbOptions {
  /** Probability that one matched value is changed. */
  rate: number;
}

function pick<T>(rnd: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rnd() * xs.length)];
}

function nudge(rnd: () => number, n: number, min: number, max: number): number {
  const step = 1 + Math.floor(rnd() * 3);
  const out = rnd() < 0.5 ? n - step : n + step;
  return Math.max(min, Math.min(max, out));
}

/**
 * Changes some values in a paragraph: percentages by a few points, money by
 * a tenth or so, day numbers by one to three days, small counts by one to
 * three. Years and four-digit numbers are left alone.
 */
export function perturb(text: string, rnd: () => number, o: PerturbOptions): string {
  let out = text.replace(PERCENT_RE, (m, num: string, unit: string) => {
    if (rnd() >= o.rate) return m;
    const n = Number(num);
    const changed = Number.isInteger(n) ? nudge(rnd, n, 1, 100) : Math.round((n + (rnd() - 0.5) * 4) * 10) / 10;
    return `${changed}${unit}`;
  });
  out = out.replace(MONEY_RE, (m, cur: string, num: string, scale: string | undefined) => {
    if (rnd() >= o.rate) return m;
    const n = Number(num);
    const changed = Math.round(n * (0.8 + rnd() * 0.4) * 10) / 10 || n;
    return `${cur}${changed}${scale ?? ''}`;
  });
  out = out.replace(MONTH_RE, (m, month: string, space: string, day: string) => {
    if (rnd() >= o.rate) return m;
    return `${month}${space}${nudge(rnd, Number(day), 1, 28)}`;
  });
  out = out.replace(COUNT_RE, (m, num: string, space: string) => {
    if (rnd() >= o.rate / 2) return m;
    return `${nudge(rnd, Number(num), 1, 999)}${space}`;
  });
  return out;
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The most common front-matter date of the articles (ties: earliest), or a fixed date. */
export function baseDate(articles: Article[]): string {
  const counts = new Map<string, number>();
  for (const a of articles) if (a.published) counts.set(a.published, (counts.get(a.published) ?? 0) + 1);
  let best = '2025-01-15';
  let n = 0;
  for (const [d, c] of [...counts].sort()) if (c > n) [best, n] = [d, c];
  return best;
}

export interface GeneratedSource {
  name: string;
  text: string;
}

export interface CorpusOptions {
  seed: number;
  /** Probability that a matched value is changed (default 0.12). */
  rate?: number;
  /** Paragraphs per source, inclusive range (default 5–12). */
  paragraphs?: [number, number];
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function hex16(rnd: () => number): string {
  let s = '';
  for (let i = 0; i < 4; i++) s += Math.floor(rnd() * 0x10000).toString(16).padStart(4, '0');
  return s;
}

/** Source number `i` of the corpus: a file name and its full text. */
export function generateSource(articles: Article[], i: number, o: CorpusOptions): GeneratedSource {
  const rnd = mulberry32(mixSeed(o.seed, i));
  const pool = articles.filter((a) => a.paragraphs.length > 0);
  if (pool.length === 0) throw new Error('no article paragraphs to recombine');
  const rate = o.rate ?? 0.12;
  const [lo, hi] = o.paragraphs ?? [5, 12];
  const count = lo + Math.floor(rnd() * (hi - lo + 1));

  // Mostly paragraphs of one "home" article, the rest borrowed from others,
  // as wire copy gets rewritten and merged.
  const home = pick(rnd, pool);
  const used = new Set<string>();
  const paras: string[] = [];
  for (let k = 0; k < count * 3 && paras.length < count; k++) {
    const from = rnd() < 0.6 ? home : pick(rnd, pool);
    const p = pick(rnd, from.paragraphs);
    if (used.has(p)) continue;
    used.add(p);
    paras.push(perturb(p, rnd, { rate }));
  }

  const titles = pool.map((a) => a.title).filter((t): t is string => !!t);
  const title = titles.length ? perturb(pick(rnd, titles), rnd, { rate }) : undefined;
  const outlet = `The ${pick(rnd, OUTLET_A)} ${pick(rnd, OUTLET_B)}${rnd() < 0.5 ? '' : ` ${1 + Math.floor(rnd() * 99)}`}`;
  const date = addDays(baseDate(articles), Math.floor(rnd() * 4) - 1);
  const hour = 6 + Math.floor(rnd() * 14);
  const minute = Math.floor(rnd() * 60);
  const tz = pick(rnd, ['+00:00', '+03:00', '+08:00', '-04:00', '-05:00']);

  const style = rnd();
  const lines: string[] = [];
  if (style < 0.7) {
    // Front matter with a full date-time.
    lines.push('---', `outlet: "${outlet}"`);
    if (title) lines.push(`title: "${title.replace(/"/g, "'")}"`);
    lines.push(`published: ${date}T${pad2(hour)}:${pad2(minute)}:00${tz}`, '---');
    if (title) lines.push(title, '');
  } else if (style < 0.85) {
    // A date line under the headline, no front matter.
    const [y, m, d] = date.split('-').map(Number);
    if (title) lines.push(title, '');
    lines.push(`${MONTH_NAMES[m - 1]} ${d}, ${y}`, '');
  } else {
    // Undated: the date is inferred from the other sources.
    lines.push('---', `outlet: "${outlet}"`, '---');
    if (title) lines.push(title, '');
  }
  for (const p of paras) lines.push(p, '');
  return { name: `${String(i).padStart(5, '0')}_${hex16(rnd)}.txt`, text: `${lines.join('\n').trimEnd()}\n` };
}

/** Generates `size` sources; deterministic in (articles, size, options). */
export function generateCorpus(articles: Article[], size: number, o: CorpusOptions): GeneratedSource[] {
  const out: GeneratedSource[] = [];
  for (let i = 0; i < size; i++) out.push(generateSource(articles, i, o));
  return out;
}

/** Writes a corpus into `dir` (created); returns the file paths. */
export function writeCorpus(dir: string, files: GeneratedSource[]): string[] {
  mkdirSync(dir, { recursive: true });
  return files.map((f) => {
    const p = path.join(dir, f.name);
    writeFileSync(p, f.text);
    return p;
  });
}
