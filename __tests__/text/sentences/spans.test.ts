import { describe, expect, test } from '@jest/globals';
import { lineSpans, normalizeForCompare, paragraphSpans } from '../../../src/text/sentences/spans.js';

const slices = (text: string, spans: Array<{ start: number; end: number }>) => spans.map((s) => text.slice(s.start, s.end));

describe('lineSpans', () => {
  test('LF, CRLF and lone CR end lines; the CR is not content', () => {
    const text = 'a\r\nbb\n\rccc\rd';
    expect(lineSpans(text)).toEqual([
      { start: 0, end: 1 },
      { start: 3, end: 5 },
      { start: 6, end: 6 },
      { start: 7, end: 10 },
      { start: 11, end: 12 },
    ]);
  });
});

describe('paragraphSpans', () => {
  test('every non-blank line is a paragraph, trimmed', () => {
    const text = '  Title line  \n\nFirst para.\nSecond para.\r\n\r\n\tThird.\n';
    expect(slices(text, paragraphSpans(text))).toEqual(['Title line', 'First para.', 'Second para.', 'Third.']);
  });

  test('a long line without end punctuation continues into a lower-case next line (hard wrap)', () => {
    const text = 'The ministry said the new levy would apply to all imported\nsteel from next month.\nShort line\nlower case after a short line.';
    expect(slices(text, paragraphSpans(text))).toEqual([
      'The ministry said the new levy would apply to all imported\nsteel from next month.',
      'Short line',
      'lower case after a short line.',
    ]);
  });

  test('no join after end punctuation, before a capital, or after a Markdown heading', () => {
    const text =
      'The ministry said the new levy would apply to imported steel.\nnext line\n' +
      'The ministry said the new levy would apply to imported steel\nNext line\n' +
      '# A very long markdown heading that goes on and on without end\nbody text';
    expect(paragraphSpans(text)).toHaveLength(6);
  });

  test('from/to limit the scan', () => {
    const text = '---\nx: 1\n---\nBody one.\nBody two.';
    expect(slices(text, paragraphSpans(text, 13))).toEqual(['Body one.', 'Body two.']);
  });
});

describe('normalizeForCompare', () => {
  test.each([
    ['  Hello   World\t\n', 'hello world'],
    ['“Quoted” — it’s', '"quoted" - it\'s'],
    ['Ｆｕｌｌ width', 'full width'],
    ['a\u00a0\u00a0b', 'a b'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeForCompare(input)).toBe(expected);
  });
});
