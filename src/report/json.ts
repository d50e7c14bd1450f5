// The JSON report: stable, versioned, documented in the README and checked
// against schema/report.schema.json. Offsets are JavaScript string offsets
// into the file's text as read, front matter included, end exclusive.
import type { RunResult } from '../types.js';
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
  return `${JSON.stringify(doc, null, 2)}\n`;
}
