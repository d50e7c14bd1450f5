// Build step: natural's English POS lexicon (4 MB of JSON, ~115 ms to parse
// and index) becomes a sorted "word<TAB>tags" table that the numeric
// extractors binary-search on demand, so a run pays only for the words it
// looks up. Output: data/lexicon.tsv (generated, not committed).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const src = require.resolve('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json');
const raw = JSON.parse(readFileSync(src, 'utf8'));
const rows = [];
for (const [word, tags] of Object.entries(raw)) {
  if (!Array.isArray(tags) || /[\t\n]/.test(word)) continue;
  rows.push(`${word}\t${tags.filter((t) => typeof t === 'string').join(' ')}`);
}
// Sort by UTF-16 code units, the order the binary search compares in.
rows.sort((a, b) => {
  const ka = a.slice(0, a.indexOf('\t'));
  const kb = b.slice(0, b.indexOf('\t'));
  return ka < kb ? -1 : ka > kb ? 1 : 0;
});
mkdirSync(path.join(root, 'data'), { recursive: true });
writeFileSync(path.join(root, 'data', 'lexicon.tsv'), `${rows.join('\n')}\n`);
