import { describe, expect, test } from '@jest/globals';
import { oneLine, sanitizeForTerminal, UNSAFE_CHARACTER } from '../../src/text/sanitize.js';

const CASES: [string, string, string][] = [
  ['plain text is unchanged', 'More than 40% of homes — “flooded”.', 'More than 40% of homes — “flooded”.'],
  ['newlines and tabs stay', 'a\n\tb\n', 'a\n\tb\n'],
  ['CSI colour', 'red \x1b[31mALERT\x1b[0m done', 'red ALERT done'],
  ['CSI cursor moves and clear screen', 'x\x1b[2J\x1b[H\x1b[1;1Hy\x1b[?25l', 'xy'],
  ['OSC title with BEL', 'a\x1b]0;pwned\x07b', 'ab'],
  ['OSC 8 hyperlink with ST', '\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\', 'click'],
  ['unterminated OSC stops at the line end', 'a\x1b]0;title\nnext line', 'a\nnext line'],
  ['DCS string', 'a\x1bPq#0;2;0;0;0\x1b\\b', 'ab'],
  ['two-byte escapes', 'a\x1bcb\x1b(Bc\x1b7d', 'abcd'],
  ['lone ESC at the end', 'abc\x1b', 'abc'],
  ['8-bit CSI and OSC', 'a\x9b31mb\x9d0;t\x9cc', 'abc'],
  ['C0 controls except \\n and \\t, and CR', 'a\x00b\x07c\x08d\re\x0bf\x0cg\x7fh', 'abcdefgh'],
  ['C1 controls', 'a\x85b\x8dc\x9cd', 'abcd'],
  ['8-bit APC runs to the line end', 'a\x9fhidden\nb', 'a\nb'],
  ['bidi overrides and isolates', 'price \u202e001$\u202c and \u2066x\u2069 \u202a\u202b\u202d', 'price 001$ and x '],
  ['zero-width characters and BOM', '\ufeffze\u200bro\u200cwi\u200ddth\u2060!', 'zerowidth!'],
  ['bidi marks', 'a\u200eb\u200fc\u061cd', 'abcd'],
  ['other invisible characters and tag characters', 'a\u2061b\u206ac\u180ed\ufff9e\u{e0041}\u{e007f}f', 'abcdef'],
  ['emoji with variation selector and ZWJ sequences lose only the joiner', '\u2764\ufe0f', '\u2764\ufe0f'],
  ['non-Latin text and emoji stay', '北京 — Kraków ✓ 🙂', '北京 — Kraków ✓ 🙂'],
];

describe('sanitizeForTerminal', () => {
  test.each(CASES)('%s', (_name, input, expected) => {
    expect(sanitizeForTerminal(input)).toBe(expected);
  });

  test('nothing that starts a control sequence survives', () => {
    const nasty = Array.from({ length: 256 }, (_, i) => String.fromCharCode(i)).join('') + '\u202a\u202e\u2066\u2069\u200b\ufeff';
    const out = sanitizeForTerminal(nasty);
    expect(out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b-\u200d\u2060\ufeff]/);
  });

  test('UNSAFE_CHARACTER matches nothing sanitizeForTerminal lets through', () => {
    const all = Array.from({ length: 0x3000 }, (_, i) => String.fromCharCode(i)).join('') + '\ufeff\ufff9\ufffa\ufffb\u{e0001}\u{e0041}';
    expect(sanitizeForTerminal(all)).not.toMatch(UNSAFE_CHARACTER);
  });

  test('oneLine folds whitespace after sanitizing', () => {
    expect(oneLine('  two\n\tlines \x1b[1mbold\x1b[0m  ')).toBe('two lines bold');
  });
});
