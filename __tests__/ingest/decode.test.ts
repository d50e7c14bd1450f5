import { describe, expect, test } from '@jest/globals';
import { decodeBytes, decodeWindows1252, sniffHtmlCharset } from '../../src/ingest/decode.js';
import { growthRatio, linearBound } from '../helpers/growth.js';

const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();
const bytes = (...b: number[]) => Buffer.from(b);
const cat = (...parts: Uint8Array[]) => Buffer.concat(parts);
const TEXT = 'Turnout was “high”: 61% — café.\r\n';

type Row = [name: string, input: Uint8Array, text: string, encoding: string, detectedBy: string, extra?: { bom?: boolean; invalid?: boolean; html?: boolean }];

const CASES: Row[] = [
  ['plain ASCII', Buffer.from('Votes: 12,000.\n'), 'Votes: 12,000.\n', 'utf-8', 'utf-8'],
  ['UTF-8', Buffer.from(TEXT), TEXT, 'utf-8', 'utf-8'],
  ['UTF-8 with BOM: the mark is not part of the text', cat(bytes(0xef, 0xbb, 0xbf), Buffer.from(TEXT)), TEXT, 'utf-8', 'bom', { bom: true }],
  ['UTF-16 LE with BOM', cat(bytes(0xff, 0xfe), Buffer.from(TEXT, 'utf16le')), TEXT, 'utf-16le', 'bom', { bom: true }],
  ['UTF-16 BE with BOM', cat(bytes(0xfe, 0xff), utf16be(TEXT)), TEXT, 'utf-16be', 'bom', { bom: true }],
  ['UTF-16 LE without BOM (NUL in every odd byte)', Buffer.from(TEXT, 'utf16le'), TEXT, 'utf-16le', 'nul-pattern'],
  ['UTF-16 BE without BOM (NUL in every even byte)', utf16be(TEXT), TEXT, 'utf-16be', 'nul-pattern'],
  ['Latin-1 é', bytes(0x43, 0x61, 0x66, 0xe9), 'Café', 'windows-1252', 'not-utf-8'],
  [
    'Windows-1252 curly quotes, dashes, euro, ellipsis',
    bytes(0x93, 0x48, 0x69, 0x94, 0x20, 0x96, 0x20, 0x97, 0x20, 0x80, 0x35, 0x85, 0x20, 0x92, 0x73),
    '“Hi” – — €5… ’s',
    'windows-1252',
    'not-utf-8',
  ],
  ['mostly UTF-8 with one broken byte stays UTF-8', cat(Buffer.from('naïve café crème '), bytes(0xff)), 'naïve café crème \uFFFD', 'utf-8', 'utf-8', { invalid: true }],
  [
    'a web page that declares windows-1252',
    cat(Buffer.from('<meta charset="windows-1252"><p>'), bytes(0x93, 0x41, 0x94)),
    '<meta charset="windows-1252"><p>“A”',
    'windows-1252',
    'html-meta',
    { html: true },
  ],
  [
    'a web page that declares ISO-8859-2 (Polish ł is 0xB3)',
    cat(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"><p>'), bytes(0xb3, 0xf3, 0x64, 0xbc)),
    '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"><p>łódź',
    'iso-8859-2',
    'html-meta',
    { html: true },
  ],
  ['CRLF and NBSP are kept as they are', Buffer.from('a\u00a0b\r\nc'), 'a\u00a0b\r\nc', 'utf-8', 'utf-8'],
];

describe('decodeBytes', () => {
  test.each(CASES)('%s', (_name, input, text, encoding, detectedBy, extra = {}) => {
    const d = decodeBytes(input, { html: extra.html });
    expect(d.text).toBe(text);
    expect(d.encoding).toBe(encoding);
    expect(d.detectedBy).toBe(detectedBy);
    expect(d.bom).toBe(extra.bom ?? false);
    expect(d.invalid).toBe(extra.invalid ?? false);
    expect(d.binary).toBe(false);
  });

  const BINARY: Array<[string, Uint8Array, RegExp]> = [
    ['PNG header (NUL bytes)', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0), /NUL/],
    ['control characters without NUL', Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x41 : (i % 8) + 1))), /control characters/],
    ['random bytes', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)), /NUL|control/],
  ];
  test.each(BINARY)('binary: %s', (_name, input, reason) => {
    const d = decodeBytes(input);
    expect(d.binary).toBe(true);
    expect(d.binaryReason).toMatch(reason);
  });

  test('a few escape sequences in an article are not "binary"', () => {
    const d = decodeBytes(Buffer.from(`Council \x1b[31mapproves\x1b[0m a budget of $4.2 billion. ${'Prose. '.repeat(20)}`));
    expect(d.binary).toBe(false);
  });

  test('UTF-16 detection needs the pattern, not one NUL: a text with a stray NUL is binary, not UTF-16', () => {
    const d = decodeBytes(Buffer.from('Some ordinary text\u0000 with one NUL in it, and more words after it.'));
    expect(d.encoding).toBe('utf-8');
    expect(d.binary).toBe(true);
  });

  test('Windows-1252 table leaves the five undefined bytes as C1 controls', () => {
    expect(decodeWindows1252(bytes(0x81, 0x8d, 0x8f, 0x90, 0x9d))).toBe('\x81\x8d\x8f\x90\x9d');
    expect(decodeWindows1252(bytes(0x80, 0x9f, 0xff))).toBe('€Ÿÿ');
  });

  test('sniffHtmlCharset reads <meta charset> and http-equiv', () => {
    expect(sniffHtmlCharset(Buffer.from('<html><head><meta charset=UTF-8>'))).toBe('utf-8');
    expect(sniffHtmlCharset(Buffer.from("<meta http-equiv='content-type' content='text/html; charset=Shift_JIS'>"))).toBe('shift_jis');
    expect(sniffHtmlCharset(Buffer.from('<p>no charset</p>'))).toBeUndefined();
  });

  test('linear time: Windows-1252, 256 KB and 4 MB', async () => {
    const latin1 = (size: number) => {
      const bytes = Buffer.alloc(size, 0x41);
      for (let i = 0; i < bytes.length; i += 97) bytes[i] = 0xe9;
      for (let i = 5; i < bytes.length; i += 7) bytes[i] = 0x20; // words, as in prose
      return bytes;
    };
    const big = latin1(4 * 1024 * 1024);
    const d = decodeBytes(big);
    expect(await growthRatio((size) => decodeBytes(latin1(size)), 256 * 1024)).toBeLessThan(linearBound());
    expect(d.encoding).toBe('windows-1252');
    expect(d.text.length).toBe(big.length);
  });
});

describe('binary detection in every candidate encoding', () => {
  // xorshift32: the same bytes on every run and machine.
  function randomBytes(seed: number, size: number, map: (b: number) => number = (b) => b): Buffer {
    let s = seed >>> 0;
    const out = Buffer.alloc(size);
    for (let i = 0; i < size; i++) {
      s ^= s << 13;
      s >>>= 0;
      s ^= s >>> 17;
      s ^= s << 5;
      s >>>= 0;
      out[i] = map(s & 0xff);
    }
    return out;
  }

  test.each([
    ['uniform random bytes', (b: number) => b],
    ['random bytes without NUL', (b: number) => b || 1],
    ['random bytes without control codes (0x20–0xFF)', (b: number) => (b < 32 ? 32 + b * 3 : b)],
    ['random high bytes (0x80–0xFF)', (b: number) => b | 0x80],
  ])('64 KiB of %s: binary, whatever the seed', (_name, map) => {
    for (const seed of [1, 7, 42, 2025]) {
      const d = decodeBytes(randomBytes(seed, 64 * 1024, map));
      expect(d.binary).toBe(true);
      expect(d.binaryReason).toBeDefined();
    }
  });

  test('UTF-16 with a byte-order mark that is mostly undecodable: binary', () => {
    const lone = Buffer.alloc(4096);
    for (let i = 0; i < lone.length; i += 2) lone.writeUInt16LE(i % 8 === 0 ? 0x0041 : 0xdc00 + (i % 200), i);
    const d = decodeBytes(cat(bytes(0xff, 0xfe), lone));
    expect([d.binary, d.binaryReason]).toEqual([true, expect.stringMatching(/% of it is not valid UTF-16 LE/)]);
  });

  test('real articles still read: Latin-1, Windows-1252, UTF-16, UTF-8 in other scripts', () => {
    const prose =
      'Le conseil municipal a voté mercredi la fermeture du pont pour quatorze jours. « Nous n’avions pas le choix », a déclaré la maire, Hélène Dupré, devant une salle comble. Les travaux coûteront 2,5 millions d’euros — un budget déjà approuvé. ';
    const latin1 = decodeBytes(Buffer.from(prose.replace(/[’«»—]/g, "'").repeat(20), 'latin1'));
    expect([latin1.binary, latin1.encoding]).toEqual([false, 'windows-1252']);
    const cp1252 = decodeBytes(Buffer.from(decodeWindows1252(Buffer.from(prose, 'latin1')).repeat(3), 'latin1'));
    expect(cp1252.binary).toBe(false);
    expect(decodeBytes(Buffer.from(prose.repeat(20), 'utf16le')).binary).toBe(false);
    expect(decodeBytes(Buffer.from('市议会周三投票决定关闭这座桥十四天。市长说，我们别无选择。'.repeat(40))).binary).toBe(false);
    expect(decodeBytes(Buffer.from('Городской совет в среду проголосовал за закрытие моста на четырнадцать дней. '.repeat(20))).binary).toBe(false);
  });
});
