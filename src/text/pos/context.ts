// Contextual choice among a token's candidate tags: a handful of general
// English rules in the spirit of Brill's transformations (natural's English
// rule file has 17, mostly spelling). Each rule says why it holds; none was
// tuned to a story. One left-to-right pass, reading the tags already chosen
// to the left and the initial tags to the right.

export interface Tagging {
  readonly text: string;
  readonly lower: string;
  readonly cands: readonly string[];
  tag: string;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'re", "'m", 'become', 'became', 'becomes', 'remain', 'remains', 'remained']);
const HAVE = new Set(['has', 'have', 'had', 'having', "'ve", "'d"]);
const GET = new Set(['get', 'gets', 'got', 'gotten', 'getting']);
const DO = new Set(['do', 'does', 'did']);
const PARTICLES = new Set(['off', 'up', 'out', 'down', 'away', 'back']);
const APPROX = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'some']);
const SUBORDINATORS = new Set(['that', 'because', 'after', 'before', 'when', 'while', 'if', 'although', 'though', 'since', 'until', 'once', 'as', 'whether']);
const THIRD_SINGULAR = new Set(['he', 'she', 'it']);

const isVerb = (t: string) => t.startsWith('VB') || t === 'MD';
const isFinite = (t: string) => t === 'VBD' || t === 'VBZ' || t === 'VBP' || t === 'MD';
const isNoun = (t: string) => t.startsWith('NN');
const DETERMINING = new Set(['DT', 'PRP$', 'POS', 'WP$', 'PDT']);

function firstOf(cands: readonly string[], wanted: readonly string[]): string | undefined {
  return cands.find((c) => wanted.includes(c));
}

/** Choose each token's tag in place. */
export function applyContext(toks: Tagging[]): void {
  let finiteInClause = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const c = t.cands;
    const has = (x: string) => c.includes(x);
    const prev = toks[i - 1];
    const prevTag = prev?.tag ?? '';
    // The previous word, looking past adverbs and negation ("has not yet been").
    let j = i - 1;
    while (j >= 0 && (toks[j].tag.startsWith('RB') || toks[j].lower === "n't")) j--;
    const aux = j >= 0 ? toks[j] : undefined;
    const next = toks[i + 1];
    const nextTag = next?.cands[0] ?? '';

    // A verb reading right after a determiner or possessive is a noun: "the start", "its doors".
    if (DETERMINING.has(prevTag) && (t.tag === 'VB' || t.tag === 'VBP' || t.tag === 'VBD' || t.tag === 'VBZ' || t.tag === 'RB')) {
      const n = t.tag === 'VBZ' ? firstOf(c, ['NNS', 'NN']) : firstOf(c, ['NN', 'NNS', 'JJ']);
      if (n) t.tag = n;
    }
    // After a number or adjective, a base or -s verb reading is a noun too: "a 0-5 start", "three suspects".
    if ((prevTag === 'CD' || prevTag.startsWith('JJ')) && (t.tag === 'VB' || t.tag === 'VBP' || t.tag === 'VBZ')) {
      const n = t.tag === 'VBZ' ? firstOf(c, ['NNS']) : firstOf(c, ['NN', 'NNS']);
      if (n) t.tag = n;
    }
    // An adjective between a determiner and a preposition, punctuation or verb is a noun: "a fine of".
    if (t.tag === 'JJ' && DETERMINING.has(prevTag) && has('NN') && (nextTag === 'IN' || nextTag === 'TO' || nextTag === '.' || nextTag === ',' || isVerb(nextTag))) t.tag = 'NN';
    // After "to", a modal or do-support, a word that can be a base verb is one: "to pass", "will resume".
    if (aux && (aux.tag === 'TO' || aux.tag === 'MD' || DO.has(aux.lower)) && has('VB') && !(aux.tag === 'TO' && DETERMINING.has(nextTag))) {
      if (aux.tag !== 'TO' || !t.tag.startsWith('NN') || nextTag === 'DT' || nextTag === 'PRP$' || nextTag === 'TO' || nextTag === '.' || nextTag === 'PRP') t.tag = 'VB';
    }
    // A past form after be/have/get is the participle: "were killed", "has burned", "got hurt".
    // (An adjective reading yields only for a participle-shaped word: "is worth" stays.)
    if (aux && (BE.has(aux.lower) || HAVE.has(aux.lower) || GET.has(aux.lower)) && has('VBN') &&
      (t.tag === 'VBD' || t.tag === 'VB' || t.tag === 'VBP' || (t.tag === 'JJ' && /(?:ed|en|wn)$/.test(t.lower)))) t.tag = 'VBN';
    // A participle with no auxiliary, right after its subject and before the clause has a verb, is the past tense: "the storm destroyed".
    if (t.tag === 'VBN' && has('VBD') && !finiteInClause && !(aux && (BE.has(aux.lower) || HAVE.has(aux.lower) || GET.has(aux.lower)))) {
      const subjectBefore = isNoun(prevTag) || prevTag === 'PRP' || prevTag === 'WDT' || prevTag === 'WP' || prevTag === 'EX';
      const objectAfter = nextTag === 'DT' || nextTag === 'PRP$' || nextTag === 'PRP' || nextTag.startsWith('NNP') || nextTag === 'CD';
      if (subjectBefore || (prevTag === ',' && objectAfter)) t.tag = 'VBD';
    }
    // A past form after a noun, once the clause has its verb and before a preposition, is a reduced relative: "people killed in".
    if (t.tag === 'VBD' && has('VBN') && finiteInClause && isNoun(prevTag) && (nextTag === 'IN' || nextTag === 'TO' || nextTag === 'CD')) t.tag = 'VBN';
    // A base form after a plural or non-3rd-person subject is present tense: "officials expect".
    if (t.tag === 'VB' && (prevTag === 'NNS' || prevTag === 'NNPS' || (prevTag === 'PRP' && !THIRD_SINGULAR.has(prev.lower)) || prevTag === 'WDT' || prevTag === 'WP') && has('VBP')) t.tag = 'VBP';
    // A base verb right after a preposition or a full verb is a noun: "without bail", "fired tear gas".
    if ((t.tag === 'VB' || t.tag === 'VBP') && has('NN') && (prevTag === 'IN' || ((prevTag === 'VBD' || prevTag === 'VBZ' || prevTag === 'VBP' || prevTag === 'VBN') && !BE.has(prev.lower) && !HAVE.has(prev.lower) && !DO.has(prev.lower)))) t.tag = 'NN';
    // -s word: a noun at the start, after a conjunction, or before a verb; a verb after a singular subject with no verb yet.
    const verbOnly = BE.has(t.lower) || HAVE.has(t.lower) || DO.has(t.lower);
    if (!verbOnly && t.tag === 'VBZ' && has('NNS') && (i === 0 || prevTag === 'CC' || prevTag === 'IN' || isVerb(nextTag) && nextTag !== 'VBG' && nextTag !== 'VBN')) t.tag = 'NNS';
    if (t.tag === 'NNS' && has('VBZ') && !finiteInClause && (prevTag === 'NN' || prevTag === 'NNS' || prevTag === 'NNP' || (prevTag === 'PRP' && THIRD_SINGULAR.has(prev.lower))) &&
      ['IN', 'TO', 'DT', 'RB', 'PRP$', 'JJ', 'CD'].includes(nextTag)) t.tag = 'VBZ';
    // "off", "up", "out" right after a verb are its particle: "called off".
    if (PARTICLES.has(t.lower) && isVerb(prevTag) && has('RP')) t.tag = 'RP';
    if (PARTICLES.has(t.lower) && isVerb(prevTag) && !has('RP') && (t.tag === 'IN' || t.tag === 'RB')) t.tag = 'RP';
    // "'s" after a pronoun is "is": "it's".
    if (t.lower === "'s" || t.lower === '\u2019s') t.tag = prevTag === 'PRP' || prevTag === 'EX' || prevTag === 'WP' || prevTag === 'WDT' ? 'VBZ' : 'POS';
    // "about 15,000": an approximating adverb.
    if (APPROX.has(t.lower) && nextTag === 'CD' && t.lower !== 'some') t.tag = 'RB';
    // "once the water supply is restored": a subordinator.
    if (t.lower === 'once' && (nextTag === 'DT' || nextTag === 'PRP' || nextTag.startsWith('NNP'))) t.tag = 'IN';
    // A comparative after a full verb modifies it: "rose faster than".
    // ("more than 2,000" stays an adjective: it quantifies the number.)
    const thanNumber = next?.lower === 'than' && toks[i + 2]?.cands[0] === 'CD';
    if (t.tag === 'JJR' && has('RBR') && prev && isVerb(prevTag) && !BE.has(prev.lower) && !thanNumber) t.tag = 'RBR';
    // "most schools", "most of the victims": a quantifier, not an adverb.
    if ((t.tag === 'RBS' || t.tag === 'RBR') && (isNoun(nextTag) || next?.lower === 'of')) {
      const a = firstOf(c, t.tag === 'RBS' ? ['JJS'] : ['JJR']);
      if (a) t.tag = a;
    }
    // "a month earlier": a comparative adverb after a time noun.
    if (t.tag === 'JJR' && has('RBR') && isNoun(prevTag) && (nextTag === '.' || nextTag === ',' || nextTag === 'IN')) t.tag = 'RBR';

    if (isFinite(t.tag)) finiteInClause = true;
    if (t.tag === ',' || t.tag === ':' || t.tag === 'CC' || t.tag === 'WDT' || t.tag === 'WP' || t.tag === 'WRB' || (t.tag === 'IN' && SUBORDINATORS.has(t.lower))) finiteInClause = false;
  }
}
