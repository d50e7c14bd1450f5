// Unit lexicons shared by the numeric extractors: percent units, currencies,
// month names. Shared so that count can skip what percent and money own.

import type { Tok } from './tokens.js';

export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** A month name. Capitalised only: "may"/"march" in lower case are verbs. */
export function isMonth(t: Tok | undefined): boolean {
  if (!t || t.type !== 'word') return false;
  if (!MONTHS.has(t.lower)) return false;
  const ch = t.text[0];
  return ch === ch.toUpperCase() && ch !== ch.toLowerCase();
}

/** Month token ending right before token `tok`, allowing "Oct." (abbreviation dot). Returns its index or -1. */
export function monthBefore(tokens: Tok[], tok: number): number {
  const p = tokens[tok - 1];
  if (isMonth(p)) return tok - 1;
  if (p && p.type === 'punct' && p.text === '.' && isMonth(tokens[tok - 2])) return tok - 2;
  return -1;
}

export interface PercentUnit {
  unit: 'percent' | 'percentage points';
  /** Last token of the unit. */
  endTok: number;
  /** Multiply the number by this (basis points → percentage points: 0.01). */
  factor: number;
}

function w(t: Tok | undefined, ...words: string[]): boolean {
  return !!t && t.type === 'word' && words.includes(t.lower);
}

/**
 * The percent unit right after token `after - 1` (i.e. starting at `after`):
 * "%", "percent", "per cent", "pct", "percentage point(s)", "basis points",
 * "bps", and bare "point(s)" when `pointsOk` (the caller decides from context).
 */
export function percentUnitAt(tokens: Tok[], after: number, pointsOk = false): PercentUnit | null {
  const t = tokens[after];
  if (!t) return null;
  if (t.type === 'punct' && (t.text === '%' || t.text === '\uFF05' || t.text === '\u066A')) {
    return { unit: 'percent', endTok: after, factor: 1 };
  }
  if (t.type !== 'word' || !t.spaceBefore) return null;
  if (w(t, 'percent', 'pct', 'percents')) {
    // "100 percent" — but "percentage points" below
    return { unit: 'percent', endTok: after, factor: 1 };
  }
  if (w(t, 'per') && w(tokens[after + 1], 'cent') && tokens[after + 1].spaceBefore) {
    return { unit: 'percent', endTok: after + 1, factor: 1 };
  }
  if (w(t, 'percentage') && w(tokens[after + 1], 'point', 'points')) {
    return { unit: 'percentage points', endTok: after + 1, factor: 1 };
  }
  if (w(t, 'basis') && w(tokens[after + 1], 'point', 'points')) {
    return { unit: 'percentage points', endTok: after + 1, factor: 0.01 };
  }
  if (w(t, 'bps', 'bp')) return { unit: 'percentage points', endTok: after, factor: 0.01 };
  if (pointsOk && w(t, 'point', 'points')) return { unit: 'percentage points', endTok: after, factor: 1 };
  return null;
}

// ---------------------------------------------------------------------------
// Currencies

/** Currency symbols written before the amount. "$" alone is read as US dollars: the
 *  unmarked dollar in English-language news is the US dollar; other dollars are
 *  written with a prefix (C$, A$, HK$, S$) or a word ("Canadian dollars"). "¥" is
 *  read as yen (JPY); Chinese amounts are normally written "yuan"/"RMB"/"CNY". */
export const SYMBOLS: Record<string, string> = {
  $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY', '₦': 'NGN',
  '₱': 'PHP', '₫': 'VND', '₪': 'ILS', '฿': 'THB', '￥': 'JPY', '元': 'CNY',
};

/** Letters written right before "$": US$, C$, HK$ … */
export const DOLLAR_PREFIXES: Record<string, string> = {
  us: 'USD', u: 'USD', c: 'CAD', ca: 'CAD', can: 'CAD', a: 'AUD', au: 'AUD', hk: 'HKD', s: 'SGD', sg: 'SGD',
  nz: 'NZD', r: 'BRL', nt: 'TWD', mx: 'MXN',
};

/** ISO codes (and common stand-ins) written before or after the amount: "USD 5 million", "5 million yuan". */
export const CODES: Record<string, string> = {
  USD: 'USD', EUR: 'EUR', GBP: 'GBP', JPY: 'JPY', CNY: 'CNY', RMB: 'CNY', CNH: 'CNY', INR: 'INR', MYR: 'MYR',
  CHF: 'CHF', CAD: 'CAD', AUD: 'AUD', HKD: 'HKD', SGD: 'SGD', KRW: 'KRW', BRL: 'BRL', RUB: 'RUB', ZAR: 'ZAR',
  MXN: 'MXN', TRY: 'TRY', SEK: 'SEK', NOK: 'NOK', DKK: 'DKK', NZD: 'NZD', IDR: 'IDR', THB: 'THB', VND: 'VND',
  PKR: 'PKR', NGN: 'NGN', EGP: 'EGP', SAR: 'SAR', AED: 'AED', TWD: 'TWD', ILS: 'ILS', PLN: 'PLN', KES: 'KES',
};

/** Abbreviations written before the amount ("Rs 100 crore", "RM5 million", "Rp 10 billion"). Case-sensitive. */
export const PREFIX_ABBREVS: Record<string, string> = {
  Rs: 'INR', INR: 'INR', RM: 'MYR', Rp: 'IDR', Tk: 'BDT', Sh: 'KES', Ksh: 'KES', KSh: 'KES',
  RMB: 'CNY', Dh: 'AED', Dhs: 'AED',
};

/** Currency words written after the amount ("3.6 billion dollars", "5 million yuan"). */
export const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY',
  rupee: 'INR', rupees: 'INR', ringgit: 'MYR', ruble: 'RUB', rubles: 'RUB', rouble: 'RUB', roubles: 'RUB',
  peso: 'MXN', pesos: 'MXN', franc: 'CHF', francs: 'CHF', riyal: 'SAR', riyals: 'SAR', dirham: 'AED',
  dirhams: 'AED', lira: 'TRY', liras: 'TRY', naira: 'NGN', baht: 'THB', rupiah: 'IDR', shekel: 'ILS',
  shekels: 'ILS', zloty: 'PLN', zlotys: 'PLN', krona: 'SEK', kronor: 'SEK', krone: 'NOK', kroner: 'NOK',
  cent: 'USD', cents: 'USD',
  // Only with a scale word or "sterling" (5 pounds may be a weight, "won" a verb, "rand" a name):
  pound: 'GBP', pounds: 'GBP', sterling: 'GBP', won: 'KRW', rand: 'ZAR', dong: 'VND',
};

/** Currency words that need a scale word before them ("5 million pounds") or "sterling" after. */
export const WEAK_CURRENCY_WORDS = new Set(['pound', 'pounds', 'won', 'rand', 'dong']);

/** Nationality words before "dollars"/"pesos"/... that pick the currency. */
export const CURRENCY_NATIONALITY: Record<string, Record<string, string>> = {
  dollar: {
    us: 'USD', 'u.s': 'USD', american: 'USD', canadian: 'CAD', australian: 'AUD', singapore: 'SGD',
    'hong kong': 'HKD', 'new zealand': 'NZD', taiwan: 'TWD', taiwanese: 'TWD',
  },
  peso: { mexican: 'MXN', philippine: 'PHP', argentine: 'ARS', colombian: 'COP', chilean: 'CLP' },
  rupee: { indian: 'INR', pakistani: 'PKR', 'sri lankan': 'LKR', nepali: 'NPR' },
  franc: { swiss: 'CHF' },
  pound: { british: 'GBP', egyptian: 'EGP' },
};

/** A currency sign or code that can stand before an amount ("$", "USD", "Rs"); so count leaves the number alone. */
export function isCurrencyPrefixToken(t: Tok | undefined): boolean {
  if (!t) return false;
  if (t.type === 'punct') return t.text in SYMBOLS;
  if (t.type !== 'word') return false;
  return t.text in CODES || t.text in PREFIX_ABBREVS;
}
