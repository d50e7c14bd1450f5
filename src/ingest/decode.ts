// Bytes → text. The returned string is what every offset in the project
// indexes: offsets are positions in this decoded string (UTF-16 code units),
// NOT byte positions in the file, and a leading byte-order mark is removed
// before anything is counted. CRLF line ends are kept as they are.
//
// Detection, in order (every step linear in the size of the file):
// 1. A byte-order mark: UTF-8, UTF-16 LE, UTF-16 BE.
// 2. No mark, but NUL bytes in every other position: UTF-16 LE or BE.
// 3. Valid UTF-8 (plain ASCII is valid UTF-8).
// 4. Not valid UTF-8: the charset a web page declares (<meta charset>), when
//    the caller says the file is HTML and the label is one TextDecoder knows.
// 5. Not valid UTF-8 and mostly single high bytes (é as 0xE9, “ as 0x93):
//    Windows-1252, the superset of Latin-1 that word processors and old
//    web pages write. A file that is mostly UTF-8 with a few broken bytes
//    stays UTF-8 with U+FFFD for the broken bytes.
// A file is not text (`binary`) when its decoded text holds NUL characters,
// is more than 10 % control characters or undecodable bytes, or (bytes that
// are not UTF-8, read as Windows-1252) has almost no white space: see
// binaryReason.

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | (string & {});

export interface Decoded {
  text: string;
  /** A byte-order mark was present and removed. */
  bom: boolean;
  /** The encoding the bytes were decoded with (a WHATWG encoding name). */
  encoding: Encoding;
  /** How the encoding was chosen. */
  detectedBy: 'bom' | 'nul-pattern' | 'utf-8' | 'html-meta' | 'not-utf-8';
  /** Some bytes were not valid in the encoding and became U+FFFD. */
  invalid: boolean;
  /** The bytes do not look like text: NUL characters, or many control characters. */
  binary: boolean;
  /** Why the file is `binary`, for the diagnostic. */
  binaryReason?: string;
}

export interface DecodeOptions {
  /** The file is a web page: a declared <meta charset> is honoured for non-UTF-8 bytes. */
  html?: boolean;
}

/**
 * Windows-1252 bytes 0x80–0x9F (the rest of the code page is Latin-1). Node
 * 20's TextDecoder('windows-1252') decodes this range as C1 controls (as
 * Latin-1 would), so the decoder's output is corrected with this table; the
 * five bytes the code page leaves undefined stay C1 controls.
 */
const CP1252_HIGH: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018,
  0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc,
  0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

export function decodeWindows1252(bytes: Uint8Array): string {
  const raw = new TextDecoder('windows-1252').decode(bytes);
  return raw.replace(/[\x80-\x9f]/g, (c) => {
    const mapped = CP1252_HIGH[c.charCodeAt(0)];
    return mapped === undefined ? c : String.fromCharCode(mapped);
  });
}

function decodeWith(encoding: string, bytes: Uint8Array): { text: string; invalid: boolean } {
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), invalid: false };
  } catch {
    return { text: new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(bytes), invalid: true };
  }
}

/** Bytes sampled for the UTF-16 and HTML charset sniffing. */
const SAMPLE = 4096;

/** UTF-16 without a byte-order mark: ASCII-range text has a NUL in every other byte. */
function utf16ByNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero >= pairs * 0.4 && evenZero <= pairs * 0.05) return 'utf-16le';
  if (evenZero >= pairs * 0.4 && oddZero <= pairs * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * Counts of well-formed multi-byte UTF-8 sequences and of bytes that are not
 * part of one. One pass; stops early once the answer is clear.
 */
function utf8Evidence(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  const n = bytes.length;
  for (let i = 0; i < n; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let len = 0;
    if (b >= 0xc2 && b <= 0xdf) len = 2;
    else if (b >= 0xe0 && b <= 0xef) len = 3;
    else if (b >= 0xf0 && b <= 0xf4) len = 4;
    let ok = len > 0 && i + len <= n;
    for (let k = 1; ok && k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) ok = false;
    if (ok) {
      valid++;
      i += len;
    } else {
      invalid++;
      i++;
    }
    if (invalid > 64 && invalid > valid * 4) break;
  }
  return { valid, invalid };
}

/** The charset a web page declares in its first bytes (<meta charset="…"> or http-equiv content). */
export function sniffHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, SAMPLE)));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : undefined;
}

/** The WHATWG name of an encoding label, or undefined when TextDecoder does not know it. */
function encodingName(label: string): string | undefined {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

/** C0 controls other than tab, line feed, vertical tab, form feed, carriage return; DEL; C1 controls. */
function isControl(c: number): boolean {
  return (c < 32 && (c < 9 || c > 13)) || (c >= 0x7f && c <= 0x9f);
}

/** Characters of the decoded text looked at for the control-character ratio. */
const CONTROL_SAMPLE = 65536;

/** Below this many characters a file is too short to judge by its proportions. */
const MIN_JUDGED = 256;

/**
 * Why the decoded text is not text, or undefined. Checked in every
 * encoding: NUL characters; more than 10 % control characters; more than
 * 10 % bytes the encoding could not decode (U+FFFD); and, when the bytes
 * were not valid UTF-8 and fell back to Windows-1252 (which decodes any
 * byte), almost no white space: prose in any language written with
 * single-byte letters has a space every few words, random bytes have one
 * in about 220 characters.
 */
function binaryReason(text: string, d: Omit<Decoded, 'binary' | 'binaryReason'>): string | undefined {
  if (text.includes('\u0000')) return 'it contains NUL bytes';
  const n = Math.min(text.length, CONTROL_SAMPLE);
  let controls = 0;
  let replaced = 0;
  let spaces = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isControl(c)) controls++;
    else if (c === 0xfffd) replaced++;
    else if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0) spaces++;
  }
  if (controls >= 16 && controls > n * 0.1) return `${Math.round((controls / n) * 100)} % of its characters are control characters`;
  if (n < MIN_JUDGED) return undefined;
  if (d.invalid && replaced > n * 0.1) return `${Math.round((replaced / n) * 100)} % of it is not valid ${encodingLabel(d.encoding)}`;
  if (d.detectedBy === 'not-utf-8' && spaces < n * 0.04) {
    return `it is not valid UTF-8, UTF-16 or Windows-1252 text: read as Windows-1252 it has no words (${((spaces / n) * 100).toFixed(1)} % white space)`;
  }
  return undefined;
}

function finish(d: Omit<Decoded, 'binary' | 'binaryReason'>): Decoded {
  const reason = binaryReason(d.text, d);
  return reason ? { ...d, binary: true, binaryReason: reason } : { ...d, binary: false };
}

export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return finish({ ...decodeWith('utf-8', bytes.subarray(3)), bom: true, encoding: 'utf-8', detectedBy: 'bom' });
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return finish({ ...decodeWith('utf-16le', bytes.subarray(2)), bom: true, encoding: 'utf-16le', detectedBy: 'bom' });
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return finish({ ...decodeWith('utf-16be', bytes.subarray(2)), bom: true, encoding: 'utf-16be', detectedBy: 'bom' });
  }
  const utf16 = utf16ByNulPattern(bytes);
  if (utf16) return finish({ ...decodeWith(utf16, bytes), bom: false, encoding: utf16, detectedBy: 'nul-pattern' });

  const utf8 = decodeWith('utf-8', bytes);
  if (!utf8.invalid) return finish({ ...utf8, bom: false, encoding: 'utf-8', detectedBy: 'utf-8' });

  if (options.html) {
    const declared = sniffHtmlCharset(bytes);
    const name = declared ? encodingName(declared) : undefined;
    if (name === 'windows-1252') {
      return finish({ text: decodeWindows1252(bytes), invalid: false, bom: false, encoding: name, detectedBy: 'html-meta' });
    }
    if (name && name !== 'utf-8' && !name.startsWith('utf-16')) {
      return finish({ ...decodeWith(name, bytes), bom: false, encoding: name, detectedBy: 'html-meta' });
    }
  }
  const { valid, invalid } = utf8Evidence(bytes);
  if (invalid > valid) {
    return finish({ text: decodeWindows1252(bytes), invalid: false, bom: false, encoding: 'windows-1252', detectedBy: 'not-utf-8' });
  }
  return finish({ ...utf8, bom: false, encoding: 'utf-8', detectedBy: 'utf-8' });
}

/** Human name of an encoding for messages: "UTF-16 LE", "Windows-1252 (Latin-1)". */
export function encodingLabel(encoding: Encoding): string {
  switch (encoding) {
    case 'utf-8':
      return 'UTF-8';
    case 'utf-16le':
      return 'UTF-16 LE';
    case 'utf-16be':
      return 'UTF-16 BE';
    case 'windows-1252':
      return 'Windows-1252 (Latin-1)';
    default:
      return encoding.toUpperCase();
  }
}
