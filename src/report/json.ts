// The JSON report: stable, versioned, documented in the README and checked
// against schema/report.schema.json. Offsets are JavaScript string offsets
// into the file's text as read, front matter included, end exclusive.
import type { RunResult } from '../model/run.js';
import type { FormatOptions } from './options.js';

export const JSON_VERSION = 1;

export function formatJson(result: RunResult, _options: FormatOptions): string {
  const doc = {
    version: JSON_VERSION,
    sources: result.sources.map((s) => ({
      id: s.id,
      path: s.path,
      outlet: s.outlet ?? null,
      title: s.title ?? null,
      published: s.published ?? null,
      url: s.url ?? null,
    })),
    groups: result.groups.map((g) => {
      const review = result.review[g.id];
      return {
        id: g.id,
        subject: g.subject,
        type: g.kind,
        verdict: g.verdict,
        rule: g.ruleId,
        explanation: g.explanation,
        sourceCount: g.sourceCount,
        editor: review?.editorVerdict || review?.note
          ? { verdict: review.editorVerdict ?? null, note: review.note ?? null, stale: review.stale }
          : null,
        claims: g.claims.map((c) => ({
          source: c.sourceId,
          text: c.text,
          start: c.start,
          end: c.end,
          sentence: c.sentence.text,
          value: c.value,
        })),
      };
    }),
    diagnostics: result.diagnostics,
  };
  return `${escapeInvisible(JSON.stringify(doc, null, 2))}\n`;
}

/**
 * JSON.stringify escapes C0 controls only. Source text keeps its exact
 * characters in the report, but C1 controls, bidi and zero-width characters
 * are written as \uXXXX escapes, so the report printed to a terminal cannot
 * move the cursor or reorder what an editor reads. (Tag characters are
 * surrogate pairs: both halves are escaped.)
 */
const INVISIBLE =
  /[\u007f-\u009f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;

function escapeInvisible(json: string): string {
  return json.replace(INVISIBLE, (s) => [...s].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''));
}
