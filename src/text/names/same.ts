// Do two written names refer to one person? "He" ~ "He Lifeng" (a family
// name alone), "Trump" ~ "Donald Trump", "Bessent" ~ "Scott Bessent", and
// one-letter misspellings of long names ("Jinpeng" ~ "Jinping"). Shared by
// the extractors (speakers, participants) and by alignment and comparison.
import levenshtein from 'fast-levenshtein';

/** Courtesy titles: "Ms. Whitfield" is Whitfield. (Offices such as "Sen." are titles, kept apart by the title kind.) */
const COURTESY = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'madam', 'madame', 'mme', 'mlle', 'herr', 'frau', 'monsieur']);

/** Generational suffixes: "John G. Roberts Jr." is John Roberts. */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Lower-case words of a name, diacritics, possessives, a leading courtesy title and a trailing suffix removed; hyphenated parts stay one word. */
export function nameTokens(name: string): string[] {
  let words = rawTokens(name);
  if (words.length > 1 && COURTESY.has(words[0])) words = words.slice(1);
  if (words.length > 2 && SUFFIXES.has(words[words.length - 1])) words = words.slice(0, -1);
  return words;
}

function suffixOf(name: string): string | undefined {
  const words = rawTokens(name);
  const last = words[words.length - 1];
  return words.length > 2 && SUFFIXES.has(last) ? last : undefined;
}

/**
 * Common English short forms of given names that do not begin like the
 * full name (a prefix is caught by rule: "Tim" ~ "Timothy", "Chris" ~
 * "Christopher"). General usage, not any story's people.
 */
const SHORT_FORMS: Record<string, string[]> = {
  william: ['bill', 'billy', 'will', 'willie'], robert: ['bob', 'bobby', 'rob', 'robbie'], richard: ['dick', 'rick', 'ricky', 'rich'],
  james: ['jim', 'jimmy', 'jamie'], joseph: ['joe', 'joey'], michael: ['mike', 'mickey'], charles: ['chuck', 'charlie'],
  henry: ['hank', 'harry'], john: ['jack', 'johnny'], edward: ['ted', 'ed', 'eddie', 'ned'], theodore: ['ted', 'teddy'],
  elizabeth: ['liz', 'beth', 'betty', 'betsy', 'eliza', 'lisa'], margaret: ['peggy', 'maggie', 'meg'], katherine: ['kate', 'katie', 'kathy'],
  catherine: ['kate', 'katie', 'cathy'], anthony: ['tony'], thomas: ['tom', 'tommy'], gerald: ['jerry'], lawrence: ['larry'],
  harold: ['harry', 'hal'], jennifer: ['jen', 'jenny'], susan: ['sue', 'suzy'], patricia: ['pat', 'patty', 'trish'],
  alexander: ['alex', 'sandy'], stephen: ['steve'], steven: ['steve'], andrew: ['andy', 'drew'], daniel: ['dan', 'danny'],
  nicholas: ['nick'], benjamin: ['ben'], samuel: ['sam'], matthew: ['matt'], christopher: ['chris'], donald: ['don'],
  ronald: ['ron'], kenneth: ['ken'], timothy: ['tim'], deborah: ['debbie', 'deb'], rebecca: ['becky'], frederick: ['fred'],
};

const SHORT_OF = new Map<string, Set<string>>();
for (const [full, shorts] of Object.entries(SHORT_FORMS)) {
  for (const s of shorts) {
    if (!SHORT_OF.has(s)) SHORT_OF.set(s, new Set());
    SHORT_OF.get(s)!.add(full);
  }
}

/** One given name in two forms: equal, a short form of it ("Joe" ~ "Joseph"), or its first three letters and more ("Tim" ~ "Timothy"). */
function sameGiven(a: string, b: string): boolean {
  if (sameToken(a, b)) return true;
  if (SHORT_OF.get(a)?.has(b) || SHORT_OF.get(b)?.has(a)) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return s.length >= 3 && s.length < l.length && l.startsWith(s);
}

function rawTokens(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[‐‑–]/gu, '-')
    .split(/[^\p{L}\p{N}-]+/u)
    .map((w) => w.replace(/^-+|-+$/g, ''))
    .filter(Boolean);
}

function sameToken(a: string, b: string): boolean {
  if (a === b) return true;
  return a.length >= 5 && b.length >= 5 && levenshtein.get(a, b) <= 1;
}

/**
 * True when two written names can be one person: equal ignoring case and
 * punctuation; a single word equal to the first or last word of a longer
 * name ("He" ~ "He Lifeng", "Trump" ~ "Donald Trump"); longer names whose
 * first and last words agree ("Donald J. Trump" ~ "Donald Trump"), the
 * first in a short form ("Joe Biden" ~ "Joseph R. Biden Jr."); words of
 * five letters or more may differ by one edit ("Jinpeng" ~ "Jinping").
 */
export function sameName(a: string, b: string): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length === 0 || tb.length === 0) return false;
  // "John Smith Jr." and "John Smith Sr." are father and son.
  const sa = suffixOf(a);
  const sb = suffixOf(b);
  if (sa && sb && sa !== sb) return false;
  if (ta.length === tb.length) return ta.every((w, k) => (k === 0 && ta.length > 1 ? sameGiven(w, tb[k]) : sameToken(w, tb[k])));
  const [short, long] = ta.length < tb.length ? [ta, tb] : [tb, ta];
  if (short.length === 1) return sameToken(short[0], long[0]) || sameToken(short[0], long[long.length - 1]);
  if (sameGiven(short[0], long[0]) && sameToken(short[short.length - 1], long[long.length - 1])) return true;
  // A name used without its first given name ("Todd Jones" ~ "Byron Todd Jones").
  return short.every((w, k) => sameToken(w, long[long.length - short.length + k]));
}

