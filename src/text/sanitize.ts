/**
 * Make untrusted text (article bodies, quotes, file names) safe to print on a
 * terminal: escape sequences could move the cursor, retitle the window, hide
 * text or fake a verdict; bidi and zero-width characters could make a value
 * read differently from what the file holds.
 */

// ESC-introduced sequences, most specific first:
//  - CSI: ESC [ params intermediates final
//  - OSC / DCS / SOS / PM / APC strings: ESC ] P X ^ _ … terminated by BEL or ST (ESC \); an unterminated one runs to the end of the line
//  - two/three-byte escapes: ESC intermediates* final
const ESC_SEQUENCE =
  /\x1b\[[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?|\x1b[\]PX^_][^\n]*?(?:\x07|\x1b\\|(?=\n)|$)|\x1b[\x20-\x2f]*[\x30-\x7e]?/g;
// 8-bit (C1) forms of the same: CSI \x9b, OSC \x9d, DCS \x90, SOS \x98, PM \x9e, APC \x9f; ST is \x9c.
const C1_SEQUENCE = /\x9b[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?|[\x9d\x90\x98\x9e\x9f][^\n]*?(?:\x07|\x9c|(?=\n)|$)/g;
// C0 controls except \t (09) and \n (0a); DEL; C1 controls.
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
// Bidi embeddings/overrides (U+202A–U+202E), isolates (U+2066–U+2069) and
// marks (LRM U+200E, RLM U+200F, ALM U+061C): all reorder what is shown.
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
// Invisible characters that can hide or split text: zero-width space,
// non-joiner, joiner, word joiner, BOM / zero-width no-break space, Mongolian
// vowel separator, invisible math operators (U+2061–U+2064), deprecated
// format controls (U+206A–U+206F), interlinear annotation (U+FFF9–U+FFFB)
// and Unicode tag characters (U+E0000–U+E007F, "ASCII smuggling").
const ZERO_WIDTH = /[\u200b-\u200d\u2060-\u2064\u206a-\u206f\u180e\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;

/** Every character sanitizeForTerminal removes when it stands alone (for tests and audits). */
export const UNSAFE_CHARACTER =
  /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b-\u200d\u2060-\u2064\u206a-\u206f\u180e\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/;

export function sanitizeForTerminal(s: string): string {
  if (!s) return '';
  return s
    .replace(ESC_SEQUENCE, '')
    .replace(C1_SEQUENCE, '')
    .replace(CONTROLS, '')
    .replace(BIDI, '')
    .replace(ZERO_WIDTH, '');
}

/** Sanitized and folded onto one line (for list rows and headers). */
export function oneLine(s: string): string {
  return sanitizeForTerminal(s).replace(/\s+/g, ' ').trim();
}
