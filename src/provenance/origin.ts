// When two named origins are one: "China’s Commerce Ministry", "Beijing’s
// Ministry of Commerce" and "the ministry" all come down to {commerce,
// ministry} or a part of it. The owner in a possessive ("China’s") is left
// out because outlets name the owner differently (China, Beijing).

const SKIP = new Set(
  ('a an the of for and on in at by to from with its their his her our official officials spokesperson statement statements ' +
    'report reports reporting source sources website account notice release media outlet outlets people ' +
    'analyst analysts expert experts observer observers data figures government governments ' +
    // Titles: "the president" alone could be any of several.
    'president minister secretary premier vice deputy chairman chairwoman spokesman spokeswoman mayor governor prime chief ' +
    'senator director mr ms mrs dr').split(' '),
);

/** Pronouns and words that cannot be an origin on their own. */
const NOT_ORIGIN = new Set('he she they it we i you this that these those who which there one some many other others another both all each several'.split(' '));

/** Sorted content words of an origin ("China’s Ministry of Commerce" → ["commerce", "ministry"]). */
export function originKey(origin: string): string[] {
  const words = origin
    .replace(/\b[\p{L}\p{M}.-]+[’']s\b/gu, ' ')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\d]+/u)
    .filter((w) => w.length > 1 && !SKIP.has(w));
  if (words.length === 0 || words.every((w) => NOT_ORIGIN.has(w))) return [];
  return [...new Set(words)].sort();
}

/** One key holds every word of the other (and neither is empty). */
export function sameOrigin(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const [small, big] = a.length <= b.length ? [a, b] : [b, a];
  return small.every((w) => big.includes(w));
}

/** The same words exactly: for credits of a whole article, where a part ("France") must not match a whole ("France Soir"). */
export function sameKey(a: string[], b: string[]): boolean {
  return a.length > 0 && a.length === b.length && a.every((w, i) => w === b[i]);
}
