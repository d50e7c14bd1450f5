// kind 'money': "$3.6 billion", "$5,687.75", "US$2 million", "€40m", "£4
// million", "¥10 billion", "3.6 billion dollars", "USD 5 million", "5 million
// yuan", "Rs 100 crore", "RM5 million"; qualifiers ("more than $1 billion"),
// ranges ("$10 million to $20 million", "$10-20 million", "between $10 and
// $15 million") and vague amounts ("billions of dollars"). unit = ISO 4217
// code. A bare "$" is USD (see units.ts).

import type { ExtractContext, Extractor, RawClaim } from '../../model/extraction.js';
import type { Sentence } from '../../model/source.js';
import type { NumberQualifier } from '../../model/value.js';
import { tokenize, type Tok } from '../numeric/tokens.js';
import { SCALES, ABBREV_SCALES, parseDigits, scanNumbers, vagueAt } from '../numeric/parse-number.js';
import { changeVerbBefore, qualifierAfter, qualifierBefore, rangeConnector, rangeIntroBefore, rangeStartTok } from '../numeric/qualifier.js';
import { buildNumberValue, formatScaled, writtenPrecision } from '../numeric/interval.js';
import {
  CODES, CURRENCY_NATIONALITY, CURRENCY_WORDS, DOLLAR_PREFIXES, PREFIX_ABBREVS, SYMBOLS, WEAK_CURRENCY_WORDS,
} from '../numeric/units.js';
import { subjectAround } from '../numeric/phrase.js';
import { singular } from '../numeric/lexicon.js';
import { dedupe, makeClaim, safely } from '../numeric/claim.js';

const SYMBOL_FOR: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };

/** "$3.6 billion", "€40 million", "CNY 5 million", "$5,687.75". */
/** Sums under a million with a fractional part are cents: "$56,877.50", not "$56,877.5". */
function formatAmount(x: number): string {
  const abs = Math.abs(x);
  if (abs < 1e6 && !Number.isInteger(abs)) {
    return `${x < 0 ? '-' : ''}${abs.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  }
  return formatScaled(x);
}

export function formatMoney(code: string): (x: number) => string {
  const sym = SYMBOL_FOR[code];
  return (x: number) => (sym ? `${x < 0 ? '-' : ''}${sym}${formatAmount(Math.abs(x))}` : `${code} ${formatAmount(x)}`);
}

interface Prefix {
  code: string;
  startTok: number;
}

/** A currency sign or code right before token `tok` (the number's first token). */
function prefixBefore(tokens: Tok[], tok: number): Prefix | null {
  const p = tokens[tok - 1];
  const numTok = tokens[tok];
  if (!p || !numTok) return null;
  if (p.type === 'punct' && p.text in SYMBOLS) {
    if (p.text === '$' && !p.spaceBefore) {
      const pp = tokens[tok - 2];
      // US$, C$, HK$, A$, S$ …
      if (pp && pp.type === 'word' && /^[A-Z]{1,3}$/.test(pp.text) && pp.lower in DOLLAR_PREFIXES) {
        return { code: DOLLAR_PREFIXES[pp.lower], startTok: tok - 2 };
      }
      // U.S.$
      if (pp && pp.type === 'punct' && pp.text === '.' && tokens[tok - 3]?.text === 'U.S') return { code: 'USD', startTok: tok - 3 };
    }
    return { code: SYMBOLS[p.text], startTok: tok - 1 };
  }
  if (p.type === 'word' && numTok.spaceBefore) {
    if (p.text in CODES) return { code: CODES[p.text], startTok: tok - 1 };
    if (p.text in PREFIX_ABBREVS) return { code: PREFIX_ABBREVS[p.text], startTok: tok - 1 };
  }
  // "Rs. 100 crore"
  if (p.type === 'punct' && p.text === '.') {
    const pp = tokens[tok - 2];
    if (pp && pp.type === 'word' && pp.text in PREFIX_ABBREVS) return { code: PREFIX_ABBREVS[pp.text], startTok: tok - 2 };
  }
  return null;
}

interface Suffix {
  code: string;
  endTok: number;
  factor: number;
}

function isW(t: Tok | undefined, w?: string): t is Tok {
  return !!t && t.type === 'word' && t.spaceBefore && (w === undefined || t.lower === w);
}

/** A currency word or code starting at token k ("dollars", "US dollars", "yuan", "USD", "pounds sterling"). */
function suffixAt(tokens: Tok[], k: number, scaled: boolean): Suffix | null {
  const t = tokens[k];
  if (!isW(t)) return null;
  if (t.text in CODES) return { code: CODES[t.text], endTok: k, factor: 1 };
  // nationality + currency word: "US dollars", "Canadian dollars", "Hong Kong dollars"
  for (const span of [1, 2]) {
    const cur = tokens[k + span];
    if (!isW(cur) || !(cur.lower in CURRENCY_WORDS)) continue;
    const base = singular(cur.lower);
    const table = CURRENCY_NATIONALITY[base];
    if (!table) continue;
    const nat = tokens
      .slice(k, k + span)
      .map((x) => x.lower)
      .join(' ');
    if (nat in table && tokens.slice(k, k + span).every((x) => x.type === 'word')) {
      return { code: table[nat], endTok: k + span, factor: 1 };
    }
  }
  const w = t.lower;
  if (!(w in CURRENCY_WORDS)) return null;
  if (w === 'sterling') return scaled ? { code: 'GBP', endTok: k, factor: 1 } : null;
  if (WEAK_CURRENCY_WORDS.has(w)) {
    if (t.text !== t.lower) return null; // "Rand", "Won" as names
    const sterling = isW(tokens[k + 1], 'sterling');
    if (!scaled && !sterling) return null;
    return { code: CURRENCY_WORDS[w], endTok: sterling ? k + 1 : k, factor: 1 };
  }
  if (w === 'cent' || w === 'cents') return { code: 'USD', endTok: k, factor: 0.01 };
  return { code: CURRENCY_WORDS[w], endTok: k, factor: 1 };
}

interface Amount {
  /** Token where the amount's text starts (currency prefix or number). */
  startTok: number;
  /** Last token (scale word, abbreviation or currency suffix). */
  endTok: number;
  /** First token of the number itself. */
  numTok: number;
  value: number;
  /** True when a scale word or abbreviation multiplied the number. */
  scaled: boolean;
  /** Scale multiplier of the number (1 when none). */
  mult: number;
  code?: string;
  hasPrefix: boolean;
  /** The figure's digits as written before its scale ("4.2" of "$4.2 million"), for its written precision. */
  digits?: string;
}

const MIXED_PREFIXED = /^([A-Za-z]{1,3})(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(k|m|mn|mln|bn|bln|b|tn|trn)?$/;

/** Every number in the sentence as a candidate amount (with or without currency). */
function amounts(tokens: Tok[], text: string): Amount[] {
  const out: Amount[] = [];
  for (const a of scanNumbers(tokens, text)) {
    let value = a.value;
    let mult = a.scale;
    let endTok = a.lastTok;
    const prefix = prefixBefore(tokens, a.firstTok);
    if (a.abbrev) {
      if (!prefix) continue; // "a 40m yacht" is metres
      value *= a.abbrev.mult;
      mult *= a.abbrev.mult;
    } else if (prefix && a.scale === 1) {
      // "$3.6 bn", "€40 mn"
      const ab = tokens[a.lastTok + 1];
      if (ab && ab.type === 'word' && ['bn', 'mn', 'mln', 'bln', 'tn', 'trn'].includes(ab.lower)) {
        value *= ABBREV_SCALES[ab.lower];
        mult *= ABBREV_SCALES[ab.lower];
        endTok = a.lastTok + 1;
      }
    }
    const scaled = mult > 1;
    const suffix = suffixAt(tokens, endTok + 1, scaled);
    let code = prefix?.code;
    if (suffix && (!prefix || prefix.code === suffix.code || tokens[prefix.startTok].text === '$')) {
      code = suffix.code;
      value *= suffix.factor;
      endTok = suffix.endTok;
    }
    const digits = a.form === 'digits' ? tokens[a.firstTok].text.replace(/[a-z]+$/i, '') : undefined;
    out.push({
      startTok: prefix ? prefix.startTok : a.firstTok, endTok, numTok: a.firstTok, value, scaled, mult, code, hasPrefix: !!prefix, digits,
    });
  }
  // "RM5 million", "Rs100", "USD5bn": a currency abbreviation glued to the digits
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'mixed') continue;
    const m = MIXED_PREFIXED.exec(t.text);
    if (!m) continue;
    const code = PREFIX_ABBREVS[m[1]] ?? CODES[m[1]];
    if (!code) continue;
    const base = parseDigits(m[2] + (m[3] ?? ''));
    if (base === null) continue;
    let mult = m[4] ? ABBREV_SCALES[m[4].toLowerCase()] : 1;
    let endTok = i;
    while (!m[4] && endTok + 1 < tokens.length && endTok < i + 2) {
      const nx = tokens[endTok + 1];
      if (nx.type === 'word' && nx.spaceBefore && nx.lower in SCALES) {
        mult *= SCALES[nx.lower];
        endTok++;
      } else break;
    }
    out.push({ startTok: i, endTok, numTok: i, value: base * mult, scaled: mult > 1, mult, code, hasPrefix: true, digits: m[2] + (m[3] ?? '') });
  }
  return out.sort((x, y) => x.startTok - y.startTok);
}

function extractMoney(sentence: Sentence, ctx: ExtractContext | undefined): RawClaim[] {
  const text = sentence.text ?? '';
  if (!text) return [];
  const tokens = tokenize(text);
  const cands = amounts(tokens, text);
  const atStart = new Map<number, number>();
  cands.forEach((c, i) => atStart.set(c.startTok, i));
  const used = new Set<number>();
  const carried = new Map<number, string>();
  const out: RawClaim[] = [];
  const preps = ['of', 'in', 'for', 'on'];

  for (let ci = 0; ci < cands.length; ci++) {
    if (used.has(ci)) continue;
    const a = cands[ci];
    // Ranges
    const intro = rangeIntroBefore(tokens, a.startTok);
    const conn = rangeConnector(tokens, a.endTok + 1, intro.word);
    let borrowed: string | undefined;
    if (conn) {
      const bi = atStart.get(a.endTok + 2);
      if (bi !== undefined) {
        const b = cands[bi];
        // "$10-20 million", "between $10 and 20 million": the second end borrows the first's currency
        const bCode = b.code ?? (a.code && (conn === 'dash' || intro.word !== null) ? a.code : undefined);
        if (bCode && (!a.code || a.code === bCode)) {
          const isChange = ((intro.word === 'from' && conn === 'to') || (intro.word === null && !!a.code && conn === 'to')) && changeVerbBefore(tokens, intro.tok);
          // "$10-20 million", "$10 to $20 million": the first number takes the second's scale
          let lo = a.value;
          if (!a.scaled && b.scaled && a.value * b.mult <= b.value) lo = a.value * b.mult;
          const hi = b.value;
          if (!isChange && lo < hi) {
            const code = bCode;
            const value = buildNumberValue({ qualifier: 'range', stated: lo, statedHigh: hi, unit: code, format: formatMoney(code) });
            const st = rangeStartTok(intro, conn, a.startTok);
            const subj = subjectAround(tokens, text, st, b.endTok, preps);
            const c = makeClaim('money', sentence, ctx, tokens[st].start, tokens[b.endTok].end, value, subj);
            if (c) out.push(c);
            used.add(ci);
            used.add(bi);
            continue;
          }
          if (!a.code) borrowed = bCode;
          if (isChange) {
            const subj = subjectAround(tokens, text, a.startTok, a.endTok, preps);
            if (subj) carried.set(bi, subj);
          }
        }
      }
    }
    const code = a.code ?? borrowed;
    if (!code) continue;
    let qualifier: NumberQualifier = 'exact';
    let startTok = a.startTok;
    let endTok = a.endTok;
    const q = qualifierBefore(tokens, a.startTok);
    if (q) {
      qualifier = q.qualifier;
      startTok = q.startTok;
    } else {
      const pq = qualifierAfter(tokens, a.endTok + 1);
      if (pq) {
        qualifier = pq.qualifier;
        endTok = pq.endTok;
      }
    }
    const precision = a.digits ? writtenPrecision(a.digits, a.mult) : undefined;
    const value = buildNumberValue({ qualifier, stated: a.value, unit: code, format: formatMoney(code), precision });
    const subj = carried.get(ci) ?? subjectAround(tokens, text, startTok, a.endTok, preps);
    const c = makeClaim('money', sentence, ctx, tokens[startTok].start, tokens[endTok].end, value, subj);
    if (c) out.push(c);
    used.add(ci);
  }

  // Vague amounts: "billions of dollars", "several million euros"
  for (let i = 0; i < tokens.length; i++) {
    const v = vagueAt(tokens, i);
    if (!v) continue;
    const suffix = suffixAt(tokens, v.lastTok + 1, true);
    if (!suffix) continue;
    const lo = v.low * suffix.factor;
    const hi = v.high * suffix.factor;
    const fmt = formatMoney(suffix.code);
    const value = buildNumberValue({
      qualifier: 'vague', stated: lo, statedHigh: hi, unit: suffix.code, format: fmt, vagueWord: v.phrase,
    });
    const subj = subjectAround(tokens, text, v.firstTok, suffix.endTok, preps);
    const c = makeClaim('money', sentence, ctx, tokens[v.firstTok].start, tokens[suffix.endTok].end, value, subj);
    if (c) out.push(c);
    i = suffix.endTok;
  }
  return dedupe(out);
}

export const moneyExtractor: Extractor = {
  kind: 'money',
  extract(sentence: Sentence, ctx: ExtractContext): RawClaim[] {
    return safely(() => extractMoney(sentence, ctx));
  },
};
