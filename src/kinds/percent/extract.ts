// kind 'percent': "90%", "90 %", "100 percent", "100 per cent", "ninety
// percent", with qualifiers ("more than 90%", "up to 125%"), ranges
// ("between 10% and 15%", "10-20%", "from 10% to 20%"), percentage points
// (unit 'percentage points': a difference of two rates, a different measure
// than a rate), the vague "double-digit"/"triple-digit" + a rate-like noun, and
// fractions read as shares ("two-thirds of", "half the", "3/4 of"; fraction.ts).

import type { ExtractContext, Extractor, RawClaim } from '../../model/extraction.js';
import type { Sentence } from '../../model/source.js';
import type { NumberQualifier } from '../../model/value.js';
import { tokenize, type Tok } from '../numeric/tokens.js';
import { scanNumbers, type NumberMatch } from '../numeric/parse-number.js';
import { changeVerbBefore, qualifierAfter, qualifierBefore, rangeConnector, rangeIntroBefore, rangeStartTok } from '../numeric/qualifier.js';
import { buildNumberValue, formatPlain } from '../numeric/interval.js';
import { percentUnitAt, type PercentUnit } from '../numeric/units.js';
import { subjectAround } from '../numeric/phrase.js';
import { makeClaim, safely, dedupe } from '../numeric/claim.js';
import { fractionAt } from './fraction.js';

/** Does bare "points" mean percentage points in this sentence? Only when the sentence talks about percentages or rates. */
export function pointsArePercent(text: string): boolean {
  const lower = text.length > 5000 ? text.slice(0, 5000).toLowerCase() : text.toLowerCase();
  return lower.includes('%') || lower.includes('percent') || lower.includes('per cent') || /\brates?\b/.test(lower);
}

function fmtUnit(unit: PercentUnit['unit']): (x: number) => string {
  return unit === 'percent' ? (x) => `${formatPlain(x)} %` : (x) => `${formatPlain(x)} percentage points`;
}

function fmtRange(unit: PercentUnit['unit']): (a: number, b: number) => string {
  return unit === 'percent'
    ? (a, b) => `${formatPlain(a)}–${formatPlain(b)} %`
    : (a, b) => `${formatPlain(a)}–${formatPlain(b)} percentage points`;
}

// Vague percentages: "triple-digit tariffs". Bounds per the brief; readings floor the high end.
const VAGUE_DIGITS: Record<string, [number, number]> = {
  'single-digit': [0, 9.999],
  'double-digit': [10, 99.999],
  'triple-digit': [100, 999.999],
};

const RATE_NOUNS = new Set([
  'tariff', 'tariffs', 'rate', 'rates', 'growth', 'inflation', 'gain', 'gains', 'increase', 'increases', 'decline',
  'declines', 'interest', 'return', 'returns', 'duty', 'duties', 'rise', 'rises', 'hike', 'hikes', 'drop', 'drops',
  'fall', 'falls', 'cut', 'cuts', 'levy', 'levies', 'tax', 'taxes', 'yield', 'yields', 'margin', 'margins',
  'unemployment', 'raise', 'raises', 'jump', 'jumps', 'loss', 'losses', 'surge', 'surges', 'percentage', 'percent',
  'markup', 'markups', 'discount', 'discounts', 'pay', 'wage', 'increments', 'unemployment', 'approval',
]);

function vagueKey(t: Tok, nx: Tok | undefined): { key: string; lastTok: number } | null {
  const w = t.lower.replace(/[\u2011\u2010\u2013]/g, '-');
  if (w in VAGUE_DIGITS) return { key: w, lastTok: -1 };
  if ((w === 'single' || w === 'double' || w === 'triple') && nx && nx.type === 'word' && nx.spaceBefore && nx.lower === 'digit') {
    return { key: `${w}-digit`, lastTok: 0 };
  }
  return null;
}

function signBefore(tokens: Tok[], a: NumberMatch): { sign: number; tok: number } {
  const first = tokens[a.firstTok];
  const p = tokens[a.firstTok - 1];
  if (!p || p.type !== 'punct' || first.spaceBefore) return { sign: 1, tok: a.firstTok };
  if (p.text !== '-' && p.text !== '\u2212' && p.text !== '+') return { sign: 1, tok: a.firstTok };
  const pp = tokens[a.firstTok - 2];
  // a sign stands after a space, an opening bracket, or at the start; not inside "10-20"
  if (p.spaceBefore || !pp || (pp.type === 'punct' && (pp.text === '(' || pp.text === '['))) {
    return { sign: p.text === '+' ? 1 : -1, tok: a.firstTok - 1 };
  }
  return { sign: 1, tok: a.firstTok };
}

function extractPercents(sentence: Sentence, ctx: ExtractContext | undefined): RawClaim[] {
  const text = sentence.text ?? '';
  if (!text) return [];
  const tokens = tokenize(text);
  const nums = scanNumbers(tokens, text);
  const pointsOk = pointsArePercent(text);
  const numAtTok = new Map<number, number>();
  nums.forEach((m, i) => numAtTok.set(m.firstTok, i));
  const used = new Set<number>();
  /** Subject carried from the first value of "rose from 5% to 7%" to the second. */
  const carried = new Map<number, string>();
  const out: RawClaim[] = [];
  const push = (c: RawClaim | null): void => {
    if (c) out.push(c);
  };

  for (let ni = 0; ni < nums.length; ni++) {
    if (used.has(ni)) continue;
    const a = nums[ni];
    if (a.abbrev) continue;
    const ua = percentUnitAt(tokens, a.lastTok + 1, pointsOk);
    const sa = signBefore(tokens, a);
    const afterA = ua ? ua.endTok + 1 : a.lastTok + 1;

    // Ranges
    const intro = rangeIntroBefore(tokens, sa.tok);
    const conn = rangeConnector(tokens, afterA, intro.word);
    // "from 10 to 20 percent" read as a change: the first number borrows the second's unit
    let borrowed: PercentUnit | null = null;
    if (conn) {
      let bTok = afterA + 1;
      const bi = numAtTok.get(bTok);
      if (bi !== undefined && !nums[bi].abbrev) {
        const b = nums[bi];
        bTok = b.firstTok;
        const ub = percentUnitAt(tokens, b.lastTok + 1, pointsOk);
        if (ub && (!ua || ua.unit === ub.unit) && (ua || ub.factor === 1)) {
          const isChange = ((intro.word === 'from' && conn === 'to') || (intro.word === null && !!ua && conn === 'to')) && changeVerbBefore(tokens, intro.tok);
          const lo = sa.sign * a.value * (ua ?? ub).factor;
          const hi = b.value * ub.factor;
          if (!isChange && lo < hi && (intro.word !== null || conn === 'dash' || conn === 'to')) {
            const startTok = rangeStartTok(intro, conn, sa.tok);
            const endTok = ub.endTok;
            const value = buildNumberValue({
              qualifier: 'range', stated: lo, statedHigh: hi, unit: ub.unit, format: fmtUnit(ub.unit), formatRange: fmtRange(ub.unit),
            });
            push(makeClaim('percent', sentence, ctx, tokens[startTok].start, tokens[endTok].end, value, subjectAround(tokens, text, startTok, endTok)));
            used.add(ni);
            used.add(bi);
            continue;
          }
          if (!ua) borrowed = ub;
          if (isChange) {
            const subj = subjectAround(tokens, text, sa.tok, ua ? ua.endTok : a.lastTok);
            if (subj) carried.set(bi, subj);
          }
        }
      }
    }
    const unitA = ua ?? borrowed;
    if (!unitA) continue;

    // Single percentage with its qualifier
    let qualifier: NumberQualifier = 'exact';
    let startTok = sa.tok;
    const unitEnd = ua ? ua.endTok : a.lastTok;
    let endTok = unitEnd;
    const q = qualifierBefore(tokens, sa.tok);
    if (q) {
      qualifier = q.qualifier;
      startTok = q.startTok;
    } else if (ua) {
      const pq = qualifierAfter(tokens, ua.endTok + 1);
      if (pq) {
        qualifier = pq.qualifier;
        endTok = pq.endTok;
      }
    }
    const stated = sa.sign * a.value * unitA.factor;
    const value = buildNumberValue({ qualifier, stated, unit: unitA.unit, format: fmtUnit(unitA.unit), sayExactly: true });
    const subject = carried.get(ni) ?? subjectAround(tokens, text, startTok, unitEnd);
    push(makeClaim('percent', sentence, ctx, tokens[startTok].start, tokens[endTok].end, value, subject));
    used.add(ni);
  }

  // Vague: "triple-digit tariffs", "double digit growth"
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'word') continue;
    const vk = vagueKey(t, tokens[i + 1]);
    if (!vk) continue;
    const wordEnd = vk.lastTok === 0 ? i + 1 : i;
    // the rate-like noun: next word, or the one after a single modifier
    let nounTok = -1;
    for (let k = wordEnd + 1; k <= wordEnd + 2 && k < tokens.length; k++) {
      const w = tokens[k];
      if (w.type !== 'word' || !w.spaceBefore) break;
      if (RATE_NOUNS.has(w.lower)) {
        nounTok = k;
        break;
      }
    }
    if (nounTok < 0) continue;
    const [lo, hi] = VAGUE_DIGITS[vk.key];
    const value = buildNumberValue({
      qualifier: 'vague', stated: lo, statedHigh: hi, unit: 'percent', format: (x) => `${formatPlain(x)} %`,
      formatRange: (x, y) => `${formatPlain(x)}–${formatPlain(Math.floor(y))} %`, vagueWord: vk.key,
    });
    const subj = text.slice(tokens[wordEnd + 1].start, tokens[nounTok].end);
    push(makeClaim('percent', sentence, ctx, t.start, tokens[nounTok].end, value, subj));
    i = nounTok;
  }

  // Fractions as shares: "two-thirds of the members", "more than half the budget"
  for (let i = 0; i < tokens.length; i++) {
    const f = fractionAt(tokens, i);
    if (!f) continue;
    const q = qualifierBefore(tokens, f.firstTok);
    const qualifier: NumberQualifier = q ? q.qualifier : 'exact';
    const startTok = q ? q.startTok : f.firstTok;
    const share = Number(f.share.toPrecision(12));
    const value = buildNumberValue({ qualifier, stated: share, unit: 'percent', format: (x) => `${formatPlain(Number(x.toFixed(1)))} %` });
    // The reading names the fraction as written and the share it stands for.
    value.reading = `${q ? `${q.phrase} ` : ''}${f.words} (${formatPlain(Number(share.toFixed(1)))} %)`;
    push(makeClaim('percent', sentence, ctx, tokens[startTok].start, tokens[f.lastTok].end, value, subjectAround(tokens, text, startTok, f.lastTok)));
    i = f.lastTok;
  }
  return dedupe(out);
}

export const percentExtractor: Extractor = {
  kind: 'percent',
  extract(sentence: Sentence, ctx: ExtractContext): RawClaim[] {
    return safely(() => extractPercents(sentence, ctx));
  },
};
