// Text from a file (a front-matter key, a dateline, a file name) quoted in a
// diagnostic message: the message is printed on a terminal, so escape
// sequences, controls, bidi and zero-width characters are removed and the
// text is kept to one short line.
import { oneLine } from '../text/sanitize.js';

export function shown(s: string, max = 60): string {
  const t = oneLine(s);
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
