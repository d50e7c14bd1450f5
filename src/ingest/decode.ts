// Bytes → text. The returned string is what every offset in the project
// indexes: offsets are positions in this decoded string (UTF-16 code units),
// NOT byte positions in the file, and a leading byte-order mark is removed
// before anything is counted. CRLF line ends are kept as they are.

export interface Decoded {
  text: string;
  /** A byte-order mark was present and removed. */
  bom: boolean;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  /** Some bytes were not valid in the encoding and became U+FFFD. */
  invalid: boolean;
  /** The bytes contain NUL characters: most likely not a text file. */
  binary: boolean;
}

function decodeWith(encoding: Decoded['encoding'], bytes: Uint8Array): { text: string; invalid: boolean } {
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), invalid: false };
  } catch {
    return { text: new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(bytes), invalid: true };
  }
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  let encoding: Decoded['encoding'] = 'utf-8';
  let skip = 0;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) skip = 3;
  else if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    skip = 2;
  } else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    skip = 2;
  }
  const { text, invalid } = decodeWith(encoding, bytes.subarray(skip));
  return { text, bom: skip > 0, encoding, invalid, binary: text.includes('\u0000') };
}
