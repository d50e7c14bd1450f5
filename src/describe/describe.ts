// The describe stage: turn what an extractor found (a value and its span)
// into a claim an aligner can match and a rule can judge: what the value is
// about (subject, terms, entities) and the context that separates a real
// conflict from a difference of scope (time, actor, modality).
import type { Claim, ClaimContext, TimeAnchor } from '../model/claim.js';
import type { RawClaim } from '../model/extraction.js';
import type { Sentence, Source } from '../model/source.js';
import type { DateValue, Value } from '../model/value.js';
import { KINDS } from '../kinds/registry.js';
import { contentStems, isStopword, stem, tokenize } from '../text/terms.js';
import { actorBefore } from './actor.js';
import { clauseAround } from './clause.js';
import { entityKeys } from './entities.js';
import { aspectsOf, modalityOf } from './modality.js';

export interface DescribeInput {
  raw: RawClaim;
  sentence: Sentence;
  source: Source;
  /** Date claims found in the same sentence: the times a value is anchored to. */
  sentenceDates: RawClaim[];
}

/** Words either side of a value that name what it is about. */
const WINDOW = 8;

function windowAround(clause: string, start: number, end: number): { before: string; after: string } {
  const tokens = tokenize(clause);
  const before = tokens.filter((t) => t.end <= start).slice(-WINDOW);
  const after = tokens.filter((t) => t.start >= end).slice(0, WINDOW);
  return {
    before: before.length ? clause.slice(before[0].start, start) : '',
    after: after.length ? clause.slice(end, after[after.length - 1].end) : '',
  };
}

/**
 * Content stems around the value, nearest first: the words next to a value
 * say most about it ("announced on Thursday", "tariffs of up to 125%").
 */
/** Steps added to a capitalised word's distance: names are weighed by the entity channel already. */
const NAME_PENALTY = 4;

function termsByProximity(clause: string, start: number, end: number, extra: string[], afterWindow = WINDOW): string[] {
  const tokens = tokenize(clause);
  const scored: Array<[string, number]> = extra.map((t) => [t, 0]);
  const firstInside = tokens.findIndex((t) => t.end > start);
  const before = firstInside < 0 ? tokens.length : firstInside;
  let after = before;
  while (after < tokens.length && tokens[after].start < end) after++;
  // A run of capitalised words ("Vice Premier He Lifeng") is one name and
  // counts as one term (its last word), pushed back: the names channel
  // weighs names already, and four words of one name must not outweigh the
  // one word that says what the value is about.
  const capital = (i: number) => i > 0 && /^\p{Lu}/u.test(tokens[i].word);
  const consider = (i: number, d: number) => {
    const w = tokens[i].word;
    if (capital(i)) {
      const next = i + 1 < tokens.length && capital(i + 1) && /^\s*$/.test(clause.slice(tokens[i].end, tokens[i + 1].start));
      if (next) return;
      if (!isStopword(w)) scored.push([stem(w), d + NAME_PENALTY]);
      return;
    }
    for (const part of w.split('-')) if (!isStopword(part)) scored.push([stem(part), d]);
  };
  for (let i = before - 1, d = 1; i >= 0 && d <= WINDOW; i--, d++) consider(i, d);
  for (let i = after, d = 1; i < tokens.length && d <= afterWindow; i++, d++) consider(i, d);
  scored.sort((a, b) => a[1] - b[1]);
  return [...new Set(scored.map(([t]) => t))];
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

const LEADING_CONNECTOR = /^(?:and|but|or|while|as|so|according to|after|before|following|in|on|at|to)\s+/i;

/** A participle opening a clause after a comma ("…, sending two firefighters to hospital"). */
const PARTICIPLE = /^\p{Ll}+ing$/u;

/** The words before a value, from the last comma (or "and", "but") on ("In retaliation, US President … threatened"). */
function trimBefore(before: string): string {
  let out = before;
  // A comma between words, not inside a figure ("$5,687.75").
  const comma = Math.max(-1, ...[...before.matchAll(/,(?!\d)/gu)].map((m) => m.index!));
  if (comma >= 0) {
    const rest = before.slice(comma + 1).trim().split(/\s+/);
    if (rest.length >= 2 || PARTICIPLE.test(rest[0])) out = before.slice(comma + 1);
  }
  const join = /\s(?:and|but)\s(?=(?:\S+\s+){1,}\S*$)/giu;
  let cut = -1;
  for (const m of out.matchAll(join)) cut = m.index! + m[0].length;
  if (cut >= 0 && out.slice(cut).trim().split(/\s+/).length >= 2) out = out.slice(cut);
  // A figure the word window cut into ("5,687.75 in damages"): another value, not the subject's words.
  out = out.trim().replace(/^[^\p{L}\p{N}]+/u, '').replace(/^\d[\d,]*[.,]\d+\s+/u, '');
  for (let i = 0; i < 3 && LEADING_CONNECTOR.test(out); i++) out = out.replace(LEADING_CONNECTOR, '');
  return out;
}

/** Words that open another clause after a value ("… and said the building would stay closed"). */
const NEXT_CLAUSE = /\s(?:and|but|while|whereas|which|who|when|after|before|as|because|although)\s/iu;

/** The words after a value, up to the first comma or the start of another clause. */
function trimAfter(after: string): string {
  let out = after;
  const comma = after.search(/,(?!\d)/u);
  if (comma >= 0) out = after.slice(0, comma);
  const next = NEXT_CLAUSE.exec(` ${out}`);
  if (next) out = out.slice(0, Math.max(0, next.index - 1));
  return out;
}

function subjectFor(value: Value, raw: RawClaim, before: string, after: string): string {
  switch (value.type) {
    case 'title':
      return `${value.person}'s title`;
    case 'quote':
      return value.speaker ? `words of ${value.speaker}` : 'unattributed quotation';
    case 'medium':
      return value.participants.length ? `how ${value.participants.join(' and ')} spoke` : 'how the parties spoke';
    case 'place':
      return raw.subjectHint ? `place of the ${raw.subjectHint.toLowerCase()}` : squash(`${trimBefore(before)} … ${trimAfter(after)}`);
    default: {
      // The counted thing stays beside the gap the value leaves ("sending … firefighters to hospital").
      const noun = raw.subjectHint;
      const unit = value.type === 'number' && noun && raw.text.endsWith(noun) ? ` ${noun}` : '';
      const phrase = squash(`${trimBefore(before)} …${unit} ${trimAfter(after)}`)
        .replace(/… [,;:]\s*/g, '… ')
        .replace(/^[,.\s]+|[,.\s]+$/g, '');
      return phrase === '…' ? (raw.subjectHint ?? raw.text) : phrase;
    }
  }
}

function anchorOf(raw: RawClaim): TimeAnchor {
  const v = raw.value as DateValue;
  return { text: raw.text, first: v.first, last: v.last };
}

/** "to 9 percent from 11 percent": the preposition right before a number says old, new or change. */
function roleOf(raw: RawClaim, textBefore: string): ClaimContext['role'] {
  if (raw.value.type !== 'number' || !KINDS[raw.kind].describe?.hasRole) return undefined;
  const m = textBefore.match(/\b(from|to|by)\s*$/i);
  return m ? (m[1].toLowerCase() as ClaimContext['role']) : undefined;
}

export function describeClaim({ raw, sentence, source, sentenceDates }: DescribeInput): Claim {
  const text = sentence.text;
  const localStart = raw.start - sentence.start;
  const localEnd = raw.end - sentence.start;
  const clause = clauseAround(text, localStart, localEnd);
  const clauseText = text.slice(clause.start, clause.end);
  const cs = localStart - clause.start;
  const ce = localEnd - clause.start;
  const { before, after } = windowAround(clauseText, cs, ce);

  const hints = KINDS[raw.kind].describe;
  const ownText = hints?.ownWords ? raw.text : '';
  // A place belongs to the event named before it ("summit in Malaysia"), not to what follows.
  const afterWindow = hints?.wordsAfter ?? WINDOW;
  const terms = termsByProximity(clauseText, cs, ce, [...contentStems(ownText), ...contentStems(raw.subjectHint ?? '')], afterWindow);

  const others = sentenceDates.filter((d) => d.end <= raw.start || d.start >= raw.end);
  const inClause = others.filter(
    (d) => d.start - sentence.start >= clause.start && d.end - sentence.start <= clause.end,
  );
  const times = (inClause.length ? inClause : others).map(anchorOf);

  return {
    id: `${source.id}:${raw.kind}:${raw.start}`,
    sourceId: source.id,
    kind: raw.kind,
    text: raw.text,
    start: raw.start,
    end: raw.end,
    sentence: { start: sentence.start, end: sentence.end, text: sentence.text, index: sentence.index },
    subject: subjectFor(raw.value, raw, before, after),
    hint: raw.subjectHint,
    terms,
    entities: entityKeys(text),
    value: raw.value,
    context: {
      times,
      aspects: aspectsOf(clauseText),
      actor: raw.context?.actor ?? actorBefore(clauseText, cs),
      modality: raw.context?.modality ?? modalityOf(clauseText.slice(0, cs)),
      role: raw.context?.role ?? roleOf(raw, clauseText.slice(0, cs)),
    },
  };
}
