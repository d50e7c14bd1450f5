// The words before a date that say how the event relates to it.
//
//   on/in/during/at/for/over   'on'     the event falls in the date
//   from X to Y, between X and Y 'on'   a range (the cue opens the range)
//   from X (alone), starting X, beginning X, effective X, as of X
//                              'start'  the event starts then and continues
//   since X                    'since'  from X up to the reference
//   after X                    'after'  after X (up to the reference in a past clause)
//   before X, prior to X, ahead of X   'before' (exclusive)
//   by X, no later than X      'before' (inclusive: on or before X)
//   until/till/through/up to X 'until'  the event lasts up to X
//   ending/ends/expiring X     'end'
//
// A hedge may stand between the cue and the date ("until at least May 4",
// "by as early as Friday"): the relation is the cue's.
// Between the cue and the date a modifier may narrow a month, year or week:
// "in early May", "mid-October", "by the end of the year", "late last year".
import type { DateRelation } from '../../model/value.js';
import type { Modifier } from './model.js';

export interface RelationMatch {
  relation: DateRelation;
  /** Local start of the claim text: the cue, else the modifier, else the date itself. */
  start: number;
  /** "by X": the bound includes X. */
  inclusive: boolean;
  /** The cue as written, lower-cased ("starting", "by"), when there is one. */
  cue?: string;
  modifier?: Modifier;
  /** Local start of the modifier words, when there is a modifier. */
  modifierStart?: number;
}

const MODIFIER = /(?:\b(early|late|mid)[ \u00a0]+|\b(mid)-|\b(?:the[ \u00a0]+)?(?:very[ \u00a0]+)?(end|beginning|start|middle|rest)[ \u00a0]+of[ \u00a0]+)$/i;

const CUE = /(?:^|[^\p{L}\p{N}])(starting|beginning|commencing|effective|as of|as from|from|since|after|before|prior to|ahead of|until|till|til|through|thru|up to|by|no later than|not later than|between|ending|ends|expiring|expires|on|in|during|at|for|over|throughout)(?:[ \u00a0]+(?:on|in|from|at))?(?:[ \u00a0]+(?:at[ \u00a0]+least|at[ \u00a0]+the[ \u00a0]+(?:earliest|latest)|as[ \u00a0]+(?:early|late|soon)[ \u00a0]+as))?[ \u00a0]+$/iu;

const RELATION_OF: Record<string, DateRelation> = {
  starting: 'start', beginning: 'start', commencing: 'start', effective: 'start', 'as of': 'start', 'as from': 'start',
  from: 'start', since: 'since', after: 'after', before: 'before', 'prior to': 'before', 'ahead of': 'before',
  until: 'until', till: 'until', til: 'until', through: 'until', thru: 'until', 'up to': 'until', by: 'before',
  'no later than': 'before', 'not later than': 'before', between: 'on', ending: 'end', ends: 'end',
  expiring: 'end', expires: 'end', on: 'on', in: 'on', during: 'on', at: 'on', for: 'on',
  over: 'on', throughout: 'on',
};

/** Cues that still attach when the date is a possessive ("after April’s peak" but not "in Friday’s vote"). */
const POSSESSIVE_CUES = new Set(['after', 'before', 'since', 'until', 'till', 'by', 'prior to', 'ahead of', 'following']);

const MODIFIER_OF: Record<string, Modifier> = {
  early: 'early', beginning: 'early', start: 'early', mid: 'mid', middle: 'mid', late: 'late', end: 'late', rest: 'rest',
};

/**
 * Read the cue and modifier right before local offset `start`.
 * `isRange`: the date is already a range (so "from" opens it rather than marking a start).
 * `modifiable`: the date is a single month, year or week that early/mid/late can narrow.
 * `possessive`: the date is followed by ’s.
 */
export function relationBefore(
  text: string,
  start: number,
  opts: { isRange: boolean; modifiable: boolean; possessive: boolean },
): RelationMatch {
  const windowStart = Math.max(0, start - 48);
  let before = text.slice(windowStart, start);
  const out: RelationMatch = { relation: 'on', start, inclusive: false };
  if (opts.modifiable) {
    const m = MODIFIER.exec(before);
    if (m) {
      const word = (m[1] ?? m[2] ?? m[3]).toLowerCase();
      out.modifier = MODIFIER_OF[word];
      // The modifier begins where its match begins, skipping a leading non-letter kept by \b.
      const mStart = windowStart + m.index;
      out.modifierStart = mStart;
      out.start = mStart;
      before = text.slice(windowStart, mStart);
    }
  }
  const c = CUE.exec(before);
  if (c) {
    const cue = c[1].toLowerCase().replace(/\s+/g, ' ');
    if (opts.possessive && !POSSESSIVE_CUES.has(cue)) return out;
    let relation = RELATION_OF[cue] ?? 'on';
    if (opts.isRange && (relation === 'start' || cue === 'through')) relation = 'on';
    // The cue word starts at its group inside the match (the match may open with one non-letter).
    out.start = windowStart + c.index + c[0].toLowerCase().indexOf(c[1].toLowerCase());
    out.relation = relation;
    out.cue = cue;
    out.inclusive = cue === 'by' || cue === 'no later than' || cue === 'not later than';
  }
  return out;
}
