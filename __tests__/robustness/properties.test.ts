// Property-based tests (fast-check): decoding, parsing, sentence splitting,
// HTML reading, extraction and the whole pipeline never throw, finish in
// bounded time, and every span slices its text. Runs are bounded by count
// and by time (interruptAfterTimeLimit) so the file stays under ~15 s.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decodeBytes } from '../../src/ingest/decode.js';
import { readHtml } from '../../src/ingest/html.js';
import { mapToFile } from '../../src/ingest/htmlMap.js';
import { parseSource } from '../../src/ingest/parse.js';
import { extractFromSource } from '../../src/kinds/extract.js';
import { claimsOfSource } from '../../src/pipeline/per-source.js';
import { run } from '../../src/pipeline/run.js';
import { splitSentences } from '../../src/text/sentences/split.js';
import type { Source } from '../../src/model/source.js';

// A fixed seed keeps CI repeatable; FC_SEED=random (or a number) and FC_SCALE=10 explore more locally.
const SCALE = Number(process.env.FC_SCALE ?? 1);
const BUDGET = { interruptAfterTimeLimit: 2500 * SCALE, markInterruptAsFailure: false } as const;
const SEED = process.env.FC_SEED === 'random' ? {} : { seed: Number(process.env.FC_SEED ?? 20240612) };
const runs = (n: number) => Math.round(n * SCALE);

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'claimcheck-props-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------
// Generators

const word = fc.constantFrom(
  'the', 'council', 'approved', 'budget', 'residents', 'said', 'Tuesday', 'Park', 'Mayor', 'U.S.', 'Dr.', 'No.', 'about',
  'more than', 'nearly', 'up to', 'between', 'and', 'in', 'on', 'Kuala Lumpur', 'Jakarta', 'Oct.', 'March', 'week',
);
const value = fc.oneof(
  fc.integer({ min: 0, max: 99999 }).map(String),
  fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`),
  fc.tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom('million', 'billion', 'bn', '')).map(([n, u]) => `$${n}.5 ${u}`.trim()),
  fc.tuple(fc.integer({ min: 1, max: 28 }), fc.constantFrom('Jan.', 'March', 'Oct', 'December')).map(([d, m]) => `${m} ${d}`),
  fc.constantFrom('2025', 'Oct. 25-26', 'later this month', 'next week', 'first', '3rd', 'twelve', '1,200', '4.2', '€2.5\u00a0million'),
);
/** Characters that break naive text code: controls, escapes, bidi, zero-width, quotes, spaces, surrogates. */
const nasty = fc.constantFrom(
  '\x1b[31m', '\x1b]0;t\x07', '\x9b', '\u202e', '\u2066', '\u200b', '\ufeff', '\u00a0', '\u202f', '\r\n', '\r', '\t', '“', '”', '"', '’',
  '‘', '«', '»', '…', '—', '–', '(', ')', '[', '#', '> ', '- ', '---', '\u2028', '\ud83d\ude00', '\ud800', 'é', '北京', '&amp;', '<b>',
);
const token = fc.oneof({ weight: 6, arbitrary: word }, { weight: 3, arbitrary: value }, { weight: 1, arbitrary: nasty });
const sentence = fc
  .tuple(fc.array(token, { minLength: 1, maxLength: 14 }), fc.constantFrom('.', '!', '?', '', ':', '."', '.”', '…'), fc.boolean())
  .map(([ts, end, quoted]) => {
    const s = ts.join(' ') + end;
    return quoted ? `“${s}” she said.` : s;
  });
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((ss) => ss.join(' '));
const frontMatter = fc.oneof(
  fc.constant(''),
  fc.constant('---\npublished: 2025-10-23\noutlet: Daily\n---\n'),
  fc.constant('---\npublished: [broken\n---\n'),
  fc.constant('---\nunclosed: yes\n'),
);
const article = fc
  .tuple(frontMatter, sentence, fc.array(paragraph, { minLength: 0, maxLength: 8 }), fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\n \n'))
  .map(([fm, title, ps, sep]) => fm + [title.replace(/[.!?]$/, ''), ...ps].join(sep) + '\n');
const anyText = fc.oneof(article, fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 }));

// ---------------------------------------------------------------------------
// Checks

function checkSource(source: Source): void {
  let last = 0;
  for (const r of source.excluded) {
    expect(r.start).toBeGreaterThanOrEqual(last);
    expect(r.end).toBeGreaterThan(r.start);
    expect(r.end).toBeLessThanOrEqual(source.text.length);
    last = r.end;
  }
  if (source.titleSpan) expect(source.text.slice(source.titleSpan.start, source.titleSpan.end)).toBe(source.title ?? source.text.slice(source.titleSpan.start, source.titleSpan.end));
  let prevEnd = 0;
  for (const s of splitSentences(source)) {
    expect(source.text.slice(s.start, s.end)).toBe(s.text);
    expect(s.start).toBeGreaterThanOrEqual(prevEnd);
    prevEnd = s.end;
    for (const r of source.excluded) expect(s.end <= r.start || s.start >= r.end).toBe(true);
  }
}

const parse = (text: string) => parseSource(text, { id: 'p', path: 'p.md' }).source;
const CTX = (source: Source) => ({ source, reference: '2025-10-23', referenceInferred: false });

describe('properties', () => {
  test('decodeBytes: any bytes decode without throwing; binary or text, never both wrong', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        const d = decodeBytes(bytes);
        expect(typeof d.text).toBe('string');
        if (!d.binary) expect(d.text.includes('\u0000')).toBe(false);
      }),
      { numRuns: runs(300), ...BUDGET, ...SEED },
    );
  });

  test('decodeBytes: text encoded as UTF-8, UTF-16 (with or without BOM) decodes back to itself', () => {
    fc.assert(
      fc.property(article, fc.constantFrom('utf8', 'utf8bom', 'utf16le', 'utf16lebom'), (text, how) => {
        const body = text.replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ud800-\udfff]/g, '');
        const bytes =
          how === 'utf8' ? Buffer.from(body) : how === 'utf8bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]) : how === 'utf16le' ? Buffer.from(body, 'utf16le') : Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]);
        const d = decodeBytes(bytes);
        // UTF-16 without a mark is only recognised when most characters are ASCII; otherwise it is not text.
        if (how === 'utf16le' && d.encoding !== 'utf-16le') return;
        expect(d.text).toBe(body);
      }),
      { numRuns: runs(150), ...BUDGET, ...SEED },
    );
  });

  test('parseSource + splitSentences: regions sorted inside the text, sentences slice and avoid them', () => {
    fc.assert(
      fc.property(anyText, (text) => checkSource(parse(text))),
      { numRuns: runs(300), ...BUDGET, ...SEED },
    );
  });

  test('extraction: every raw claim slices the source text', () => {
    fc.assert(
      fc.property(article, (text) => {
        const source = parse(text);
        for (const r of extractFromSource(source, splitSentences(source), CTX(source))) expect(source.text.slice(r.start, r.end)).toBe(r.text);
        for (const c of claimsOfSource(source, CTX(source))) {
          expect(source.text.slice(c.start, c.end)).toBe(c.text);
          expect(source.text.slice(c.sentence.start, c.sentence.end)).toBe(c.sentence.text);
        }
      }),
      { numRuns: runs(120), ...BUDGET, ...SEED },
    );
  });

  test('readHtml: any markup reads without throwing; runs map inside the file; 1:1 runs hold the same characters', () => {
    const tag = fc.constantFrom('<p>', '</p>', '<b>', '</b>', '<br>', '<div class="caption">', '</div>', '<script>x=1</script>', '<!-- c -->', '<a href="x">', '</a>', '<h1>', '</h1>', '&amp;', '&#8212;', '&nbsp;', '&rsquo;', '<', '>', '&');
    const html = fc.array(fc.oneof(tag, sentence, nasty), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(html, (page) => {
        const a = readHtml(page);
        for (const r of a.map.runs) {
          expect(r.start).toBeLessThan(r.end);
          expect(r.fileEnd).toBeLessThanOrEqual(page.length);
          if (r.end - r.start === r.fileEnd - r.fileStart) {
            expect(page.slice(r.fileStart, r.fileEnd).replace(/[ \t\n\f\r]/g, ' ')).toBe(a.text.slice(r.start, r.end));
          }
        }
        for (const b of a.blocks) {
          expect(b.end).toBeLessThanOrEqual(a.text.length);
          const f = mapToFile(a.map, b.start, b.end);
          if (f) expect(f.end).toBeLessThanOrEqual(page.length);
        }
        checkSource(parseSource(a.text, { id: 'h', path: 'h.html', frontMatter: false, meta: a.meta }).source);
      }),
      { numRuns: runs(120), ...BUDGET, ...SEED },
    );
  });

  test('the whole pipeline on random folders: no throw, every claim slices its source', async () => {
    let n = 0;
    let pipelineRuns = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof({ weight: 4, arbitrary: article }, { weight: 1, arbitrary: anyText }), { minLength: 1, maxLength: 3 }), async (texts) => {
        const dir = path.join(tmp, `run-${n++}`);
        mkdirSync(dir);
        texts.forEach((t, i) => writeFileSync(path.join(dir, `s${i}.${i === 2 ? 'html' : 'md'}`), t));
        const r = await run({ sourcesDir: dir, today: '2025-10-30' });
        const byId = new Map(r.sources.map((s) => [s.id, s]));
        for (const c of r.claims) expect(byId.get(c.sourceId)!.text.slice(c.start, c.end)).toBe(c.text);
        for (const g of r.groups) expect(g.claims.length).toBeGreaterThan(0);
        pipelineRuns++;
      }),
      { numRuns: runs(25), ...BUDGET, interruptAfterTimeLimit: 5000 * SCALE, ...SEED },
    );
    expect(pipelineRuns).toBeGreaterThanOrEqual(5);
  }, 20_000 * SCALE);
});
