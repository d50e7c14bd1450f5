/**
 * Write the story's catalogue: `claims init` (initCatalogue) and the review
 * UI's verdicts and notes (setVerdict / clearVerdict). Edits go through
 * yaml's Document API so the editor's comments and key order survive, and
 * every write is atomic (temp file in the same folder, then rename). A file
 * that does not parse is never written.
 */
import { writeFileAtomic as atomicWrite } from '../io/atomic-write.js';
import { LockTimeoutError, withFileLock } from '../io/file-lock.js';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  Document,
  LineCounter,
  Pair,
  Scalar,
  YAMLMap,
  YAMLSeq,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Node as YamlNode,
} from 'yaml';
import type { CatalogueEntry, CatalogueStatement, EditorVerdict } from '../model/catalogue.js';
import type { ClaimKind } from '../model/claim.js';
import type { RunResult } from '../model/run.js';
import { fingerprint } from './fingerprint.js';
import { ENTRY_KEYS, validateCatalogueDocument, yamlErrorMessage } from './read.js';
import { statementsFor } from './statements.js';
import { cachedDocument, forgetDocument, rememberDocument } from './doc-cache.js';

/** Thrown when the catalogue cannot be written; the file on disk is unchanged. */
export class CatalogueWriteError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'CatalogueWriteError';
  }
}

export interface VerdictPatch {
  /** New editor verdict; `null` removes it (and its `reviewed` fingerprint). */
  verdict?: EditorVerdict | null;
  /** New note; `null` or '' removes it. */
  note?: string | null;
  /** The statements the fact holds now (replaces the entry's list when different). */
  statements?: CatalogueStatement[];
  /** Needed only when the entry does not exist yet and is appended. */
  subject?: string;
  kind?: ClaimKind;
}

const HEADER = `Story catalogue for claimcheck: one entry per tracked fact.
  id          stable id (kept when the fact's wording changes)
  subject     the fact in the editor's words
  kind        percent | money | count | ordinal | date | place | title | quote | medium
  verdict     confirmed-conflict | not-a-conflict | needs-follow-up (written by the review UI)
  note        the editor's note
  reviewed    fingerprint of the statements when the verdict was given (do not edit)
  statements  the sentences the fact covers: {source: <file name without extension>, text: <words quoted from it>}
  hints       optional cue words: claims of this kind whose sentence holds all of them join the fact
Comments and order are kept when claimcheck writes verdicts back.`;

export interface InitOptions {
  /** Story name written as `story:`. */
  story?: string;
  /** Replace an existing (parseable) catalogue. Without it an existing file is an error. */
  force?: boolean;
}

/**
 * Write a new catalogue from the automatic groups: one entry per group stated
 * by two or more sources, with its statements and no verdicts.
 */
export function initCatalogue(result: RunResult, path: string, opts: InitOptions = {}): { path: string; entries: number } {
  if (existsSync(path)) {
    assertParses(path, readFileSync(path, 'utf8'));
    if (!opts.force)
      throw new CatalogueWriteError(
        `${path} already exists; it keeps the editor's verdicts, so it is not replaced (remove it or pass force to start over).`,
        path,
      );
  }
  const doc = new Document({}) as Document;
  doc.commentBefore = HEADER.split('\n').map((l) => ` ${l}`).join('\n');
  const root = doc.contents as unknown as YAMLMap;
  const story = opts.story ?? result.catalogue?.story;
  if (story) root.set('story', story);
  const entries = new YAMLSeq();
  const ids = new Set<string>();
  for (const g of result.groups) {
    if (g.sourceCount < 2) continue;
    let id = g.id;
    for (let n = 2; ids.has(id); n++) id = `${g.id}-${n}`;
    ids.add(id);
    entries.items.push(
      entryNode({ id, subject: g.subject.replace(/\s+/g, ' ').trim(), kind: g.kind, statements: statementsFor(g.claims) }),
    );
  }
  root.set('entries', entries);
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic(path, doc.toString({ lineWidth: 0 }));
  return { path, entries: entries.items.length };
}

/**
 * Record the editor's verdict and/or note for one entry. An unknown entry id
 * appends a new entry (then `subject`, `kind` and `statements` are needed).
 * Setting a verdict also records `reviewed:` — the fingerprint of the
 * statements at this moment. Returns the entry as now written.
 */
export function setVerdict(path: string, entryId: string, patch: VerdictPatch): CatalogueEntry {
  // Two editors may review one story at once: the file is re-read and
  // patched under a lock, so neither's verdicts are lost.
  mkdirSync(dirname(path), { recursive: true });
  try {
    return withFileLock(path, () => setVerdictLocked(path, entryId, patch));
  } catch (err) {
    if (err instanceof LockTimeoutError) throw new CatalogueWriteError(err.message, path);
    throw err;
  }
}

function setVerdictLocked(path: string, entryId: string, patch: VerdictPatch): CatalogueEntry {
  const existed = existsSync(path);
  const text = existed ? readFileSync(path, 'utf8') : '';
  const doc = existed ? documentFor(path, text) : newDocument();
  const seq = entriesSeq(doc, path);
  let node = seq.items.find((item) => isMap(item) && String(scalarOf((item as YAMLMap).get('id', true))) === entryId) as
    | YAMLMap
    | undefined;

  if (!node) {
    if (patch.verdict === null && patch.note === undefined) {
      // Clearing a verdict that was never written: nothing to do.
      return { id: entryId, subject: patch.subject ?? entryId, kind: patch.kind ?? 'quote', statements: patch.statements ?? [] };
    }
    if (!patch.kind)
      throw new CatalogueWriteError(`Entry '${entryId}' is not in ${path}, and no kind was given to create it.`, path);
    node = entryNode({
      id: entryId,
      subject: (patch.subject ?? entryId).replace(/\s+/g, ' ').trim(),
      kind: patch.kind,
      statements: patch.statements ?? [],
    });
    // `entries: []` (or any flow list) becomes a block list: entries are maps.
    seq.flow = false;
    seq.items.push(node);
  } else {
    if (patch.statements) {
      const current = statementsOf(node);
      if (fingerprint(current) !== fingerprint(patch.statements)) setKey(doc, node, 'statements', statementsNode(patch.statements));
    }
    if (patch.subject !== undefined) setKey(doc, node, 'subject', patch.subject.replace(/\s+/g, ' ').trim());
  }

  if (patch.verdict === null) {
    node.delete('verdict');
    node.delete('reviewed');
  } else if (patch.verdict !== undefined) {
    setKey(doc, node, 'verdict', patch.verdict);
    setKey(doc, node, 'reviewed', fingerprint(patch.statements ?? statementsOf(node)));
  }
  if (patch.note === null || patch.note === '') node.delete('note');
  else if (patch.note !== undefined) setKey(doc, node, 'note', patch.note);

  // Never write something that would not read back as a catalogue.
  const check = validateCatalogueDocument(doc, path);
  const entry = check.entries.find((e) => e.id === entryId);
  if (!check.writable || !entry) {
    forgetDocument(path);
    throw new CatalogueWriteError(`Refusing to write ${path}: the result would not read back as a catalogue.`, path);
  }
  const out = doc.toString({ lineWidth: 0 });
  mkdirSync(dirname(path), { recursive: true });
  try {
    writeFileAtomic(path, out);
  } catch (err) {
    forgetDocument(path); // the in-memory document no longer matches the file
    throw err;
  }
  rememberDocument(path, out, doc);
  return entry;
}

/** Remove an entry's editor verdict (and its `reviewed` fingerprint); the note stays. */
export function clearVerdict(path: string, entryId: string): CatalogueEntry {
  return setVerdict(path, entryId, { verdict: null });
}

/** The shared atomic write (src/io/atomic-write.ts), its errors worded for the catalogue. */
export function writeFileAtomic(path: string, text: string): void {
  try {
    atomicWrite(path, text);
  } catch (err) {
    throw new CatalogueWriteError(`Could not write ${path}: ${(err as Error).message}`, path);
  }
}

// ---------------------------------------------------------------------------

function newDocument(): Document {
  const doc = new Document({}) as Document;
  doc.commentBefore = HEADER.split('\n').map((l) => ` ${l}`).join('\n');
  return doc;
}

/** The parsed document for the file's current text (cached while the file is unchanged). */
function documentFor(path: string, text: string): Document {
  const hit = cachedDocument(path, text);
  if (hit) return hit;
  forgetDocument(path);
  const doc = assertParses(path, text);
  rememberDocument(path, text, doc);
  return doc;
}

function assertParses(path: string, text: string): Document {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const pos = err.linePos?.[0];
    throw new CatalogueWriteError(
      `${path}:${pos?.line ?? '?'}:${pos?.col ?? '?'}: YAML syntax error (${yamlErrorMessage(err.message)}); the catalogue is not changed — fix it first.`,
      path,
      pos?.line,
      pos?.col,
    );
  }
  const parsed = validateCatalogueDocument(doc, path, lineCounter);
  if (!parsed.writable) {
    const d = parsed.diagnostics.find((x) => x.severity === 'error');
    throw new CatalogueWriteError(
      `${path}:${d?.line ?? '?'}:${d?.column ?? '?'}: ${d?.message ?? 'not a catalogue'}`,
      path,
      d?.line,
      d?.column,
    );
  }
  return doc;
}

/** The entries list of a parsed catalogue, created when missing. */
function entriesSeq(doc: Document, path: string): YAMLSeq {
  let root = doc.contents as YamlNode | null;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) {
    doc.contents = new YAMLMap() as never;
    root = doc.contents as unknown as YamlNode;
  }
  if (!isMap(root)) throw new CatalogueWriteError(`${path} is not a catalogue; it is not changed.`, path);
  const existing = root.get('entries', true) as YamlNode | undefined | null;
  if (existing && isSeq(existing)) return existing;
  if (existing && !(isScalar(existing) && existing.value === null))
    throw new CatalogueWriteError(`${path}: 'entries' is not a list; the file is not changed.`, path);
  const seq = new YAMLSeq();
  root.set('entries', seq);
  return seq;
}

function scalarOf(node: unknown): unknown {
  return isScalar(node) ? node.value : node;
}

function statementsOf(node: YAMLMap): CatalogueStatement[] {
  const seq = node.get('statements', true);
  if (!isSeq(seq)) return [];
  const out: CatalogueStatement[] = [];
  for (const item of seq.items) {
    if (!isMap(item)) continue;
    const source = scalarOf(item.get('source', true));
    const text = scalarOf(item.get('text', true));
    if ((typeof source === 'string' || typeof source === 'number') && (typeof text === 'string' || typeof text === 'number'))
      out.push({ source: String(source), text: String(text) });
  }
  return out;
}

function statementsNode(statements: readonly CatalogueStatement[]): YAMLSeq {
  const seq = new YAMLSeq();
  for (const s of statements) {
    const map = new YAMLMap();
    map.set('source', s.source);
    const text = new Scalar(s.text);
    text.type = Scalar.QUOTE_DOUBLE;
    map.set('text', text);
    seq.items.push(map);
  }
  return seq;
}

function entryNode(
  e: { id: string; subject: string; kind: ClaimKind; statements: readonly CatalogueStatement[] },
): YAMLMap {
  const map = new YAMLMap();
  map.set('id', e.id);
  map.set('subject', e.subject);
  map.set('kind', e.kind);
  map.set('statements', statementsNode(e.statements));
  return map;
}

/**
 * Set a key, keeping its place when it exists; a new key goes where the
 * schema order puts it (before the first later key present), so the user's
 * order of the other keys is untouched.
 */
function setKey(doc: Document, map: YAMLMap, key: (typeof ENTRY_KEYS)[number], value: unknown): void {
  const index = map.items.findIndex((p) => String(scalarOf(p.key)) === key);
  const node = value instanceof YAMLSeq || value instanceof YAMLMap ? value : doc.createNode(value);
  if (index >= 0) {
    const pair = map.items[index];
    const old = pair.value;
    // Keep the comment written next to the old value.
    if (old && typeof old === 'object' && 'comment' in old && (old as Scalar).comment && isScalar(node))
      (node as Scalar).comment = (old as Scalar).comment;
    pair.value = node;
    return;
  }
  const order = ENTRY_KEYS as readonly string[];
  const rank = order.indexOf(key);
  const before = map.items.findIndex((p) => {
    const r = order.indexOf(String(scalarOf(p.key)));
    return r > rank;
  });
  const pair = new Pair(doc.createNode(key), node);
  if (before >= 0) map.items.splice(before, 0, pair as never);
  else map.items.push(pair as never);
}
