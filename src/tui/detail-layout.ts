/**
 * The fact view as screen lines: a title that stays put and a body that
 * scrolls line by line. Everything is wrapped to the width, never cut, so
 * the explanation and the editor's note are read in full however long they
 * are; what does not fit scrolls.
 */
import type { ReviewState } from '../model/catalogue.js';
import type { JudgedGroup } from '../model/judgement.js';
import type { Source } from '../model/source.js';
import { oneLine } from '../text/sanitize.js';
import { EDITOR_WORDS, VERDICT_TAG } from '../present/labels.js';
import { wrapSegments, wrapText, type Line, type Segment } from './format.js';
import { statementLines } from './components/Statement.js';

export interface DetailLayout {
  /** The verdict and the subject: always on screen. */
  title: Line;
  /** Everything else, wrapped to the width; scrolled by `detailScroll` lines. */
  body: Line[];
  /** Body line where each statement starts (its outlet line). */
  statementStarts: number[];
}

export interface DetailInput {
  group: JudgedGroup;
  review: ReviewState | undefined;
  sourceById: Map<string, Source>;
  provenance: readonly string[];
  width: number;
}

const plain = (lines: string[]): Line[] => lines.map((text) => [{ text }]);

function build({ group, review, sourceById, provenance, width }: DetailInput): DetailLayout {
  const claims = group.claims;
  const subject = oneLine(group.subject);
  const title: Line = [{ text: VERDICT_TAG[group.verdict], mark: 'verdict' }, { text: ' · ' }, { text: subject, mark: 'bold' }];
  const body: Line[] = [];
  // The title is one line (cut at the edge); a subject too long for it is given in full below.
  if ([...`${VERDICT_TAG[group.verdict]} · ${subject}`].length > width) body.push(...plain(wrapText(`Fact: ${subject}`, width)));
  body.push(
    ...plain(
      wrapText(
        `${group.kind} · ${group.sourceCount} sources · ${claims.length} statements · rule ${oneLine(group.ruleId)} · ${oneLine(group.id)}${group.origin === 'catalogue' ? ' · grouped by the catalogue' : ''}`,
        width,
      ),
    ),
  );
  body.push(...plain(wrapText(`Why: ${oneLine(group.explanation)}`, width)));
  const editor: Segment[] = [{ text: `Editor: ${review?.editorVerdict ? EDITOR_WORDS[review.editorVerdict] : 'no verdict yet'}`, mark: 'bold' }];
  if (review?.note) editor.push({ text: ` — ${oneLine(review.note)}` });
  if (review?.stale) editor.push({ text: ' ' }, { text: 'changed since review', mark: 'stale' });
  body.push(...wrapSegments(editor, width));
  for (const line of provenance) body.push(...plain(wrapText(`Provenance: ${oneLine(line)}`, width)));
  body.push([{ text: `Statements (${claims.length})`, mark: 'bold' }]);
  const statementStarts: number[] = [];
  for (const c of claims) {
    statementStarts.push(body.length);
    body.push(...statementLines(c, sourceById.get(c.sourceId), width));
  }
  return { title, body, statementStarts };
}

// One entry: the app asks for the layout of the open fact on every key
// press (to bound the scroll) and the view draws it; a fact of thousands of
// statements is wrapped once, not per key.
let memo: { input: DetailInput; provenanceKey: string; layout: DetailLayout } | undefined;

export function detailLayout(input: DetailInput): DetailLayout {
  const provenanceKey = input.provenance.join('\n');
  const m = memo;
  if (
    m &&
    m.input.group === input.group &&
    m.input.review === input.review &&
    m.input.sourceById === input.sourceById &&
    m.input.width === input.width &&
    m.provenanceKey === provenanceKey
  ) {
    return m.layout;
  }
  const layout = build(input);
  memo = { input, provenanceKey, layout };
  return layout;
}

/** Body lines on screen for a view `height` lines tall: all but the title, and a line saying what is above and below when the body does not fit. */
export function detailRows(layout: DetailLayout, height: number): number {
  const room = Math.max(1, height - 1);
  return layout.body.length <= room ? room : Math.max(1, room - 1);
}

/** The largest useful scroll: the last body line at the bottom of the view. */
export function maxDetailScroll(layout: DetailLayout, height: number): number {
  return Math.max(0, layout.body.length - detailRows(layout, height));
}
