/**
 * Read the story's catalogue: claims/*.yaml (normally one file,
 * claims/catalogue.yaml). Problems become diagnostics with file, line and
 * column; a file that does not parse is reported and marked not writable so
 * nothing ever overwrites the editor's work.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  Document,
  LineCounter,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Node as YamlNode,
  type Pair,
  type YAMLMap,
} from 'yaml';
import type { Catalogue, CatalogueEntry, CatalogueStatement, EditorVerdict } from '../model/catalogue.js';
import type { ClaimKind } from '../model/claim.js';
import { CLAIM_KINDS } from '../kinds/registry.js';
import { EDITOR_VERDICTS } from '../model/catalogue.js';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import { rememberDocument } from './doc-cache.js';

export const DEFAULT_CATALOGUE_FILE = 'catalogue.yaml';

export { CLAIM_KINDS };

export { EDITOR_VERDICTS };

/** Keys of one entry, in the order new entries are written. */
export const ENTRY_KEYS = ['id', 'subject', 'kind', 'verdict', 'note', 'reviewed', 'statements', 'hints'] as const;
const TOP_KEYS = ['story', 'entries'] as const;
const STATEMENT_KEYS = ['source', 'text'] as const;

/** One catalogue file as read. */
export interface CatalogueDocument {
  file: string;
  /** The parsed document (present when the YAML parsed). Later writes to the file through write.ts edit this same object. */
  doc?: Document;
  /** False when the file failed to parse or has an unusable shape: it is never written. */
  writable: boolean;
  /** Ids of the entries read from this file, in file order. */
  entryIds: string[];
}

export interface ReadCatalogueResult {
  /** Undefined when no catalogue file exists or none could be read. */
  catalogue?: Catalogue;
  diagnostics: Diagnostic[];
  documents: CatalogueDocument[];
}

export interface EntryLocation {
  file: string;
  line?: number;
  column?: number;
}

const locations = new WeakMap<CatalogueEntry, EntryLocation>();

/** File (and line) an entry was read from, for diagnostics and for writing it back. */
export function entryLocation(entry: CatalogueEntry): EntryLocation | undefined {
  return locations.get(entry);
}

/** The catalogue files in a folder (or the file itself), `catalogue.yaml` first, then by name. */
export function catalogueFiles(dirOrFile: string): string[] {
  if (!existsSync(dirOrFile)) return [];
  if (!statSync(dirOrFile).isDirectory()) return [dirOrFile];
  return readdirSync(dirOrFile)
    .filter((name) => /\.ya?ml$/i.test(name) && !name.startsWith('.'))
    .sort((a, b) => {
      const ca = a === DEFAULT_CATALOGUE_FILE ? 0 : 1;
      const cb = b === DEFAULT_CATALOGUE_FILE ? 0 : 1;
      return ca - cb || (a < b ? -1 : a > b ? 1 : 0);
    })
    .map((name) => join(dirOrFile, name));
}

/**
 * Read claims/*.yaml from `dir` (or a single catalogue file). A missing
 * folder is not an error: the story simply has no catalogue yet.
 */
export function readCatalogue(dir: string): ReadCatalogueResult {
  const files = catalogueFiles(dir);
  const diagnostics: Diagnostic[] = [];
  const documents: CatalogueDocument[] = [];
  const entries: CatalogueEntry[] = [];
  const seen = new Map<string, EntryLocation>();
  let story: string | undefined;

  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      diagnostics.push(diagnostic('error', file, `Cannot read the catalogue file (${(err as Error).message}); check its permissions.`, 'claims/read-error', { skipped: true }));
      documents.push({ file, writable: false, entryIds: [] });
      continue;
    }
    const parsed = parseCatalogueText(text, file);
    // A later verdict written to this file starts from this parse (while the file is unchanged).
    if (parsed.doc && parsed.writable) rememberDocument(file, text, parsed.doc);
    diagnostics.push(...parsed.diagnostics);
    const document: CatalogueDocument = { file, doc: parsed.doc, writable: parsed.writable, entryIds: [] };
    documents.push(document);
    if (parsed.story !== undefined && story === undefined) story = parsed.story;
    for (const entry of parsed.entries) {
      const loc = locations.get(entry);
      const before = seen.get(entry.id);
      if (before) {
        diagnostics.push(diagnostic('warning', file, `Entry id '${entry.id}' is already used at ${basename(before.file)}:${before.line ?? '?'}; this entry is ignored — give it its own id.`, 'claims/duplicate-id', { line: loc?.line, column: loc?.column }));
        continue;
      }
      seen.set(entry.id, loc ?? { file });
      document.entryIds.push(entry.id);
      entries.push(entry);
    }
  }

  const readable = documents.filter((d) => d.doc !== undefined && d.writable);
  if (readable.length === 0) return { catalogue: undefined, diagnostics, documents };
  const main = documents.find((d) => basename(d.file) === DEFAULT_CATALOGUE_FILE) ?? documents[0];
  return { catalogue: { path: main.file, story, entries }, diagnostics, documents };
}

export interface ParsedCatalogueText {
  doc?: Document;
  writable: boolean;
  story?: string;
  entries: CatalogueEntry[];
  diagnostics: Diagnostic[];
}

/** Parse and validate one catalogue file's text. */
export function parseCatalogueText(text: string, file: string): ParsedCatalogueText {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  return validateCatalogueDocument(doc, file, lineCounter);
}

/**
 * Validate a parsed (or edited, in-memory) catalogue document. Positions come
 * from `lineCounter` when the document was parsed with one.
 */
export function validateCatalogueDocument(doc: Document, file: string, lineCounter?: LineCounter): ParsedCatalogueText {
  const diagnostics: Diagnostic[] = [];
  const at = (node: { range?: [number, number, number] | null } | null | undefined) => {
    const offset = node?.range?.[0];
    if (offset === undefined || !lineCounter) return {};
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const warn = (node: YamlNode | Pair | null | undefined, ruleId: string, message: string) => {
    const where = node && 'range' in node ? at(node as YamlNode) : isPairLike(node) ? at(node.key as YamlNode) : {};
    diagnostics.push(diagnostic('warning', file, message, ruleId, { ...where }));
  };

  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const pos = err.linePos?.[0] ?? (err.pos && lineCounter ? lineCounter.linePos(err.pos[0]) : undefined);
      diagnostics.push(diagnostic('error', file, `YAML syntax error: ${yamlErrorMessage(err.message)}. Fix the file; claimcheck will not change it until it parses.`, 'claims/yaml-syntax', { line: pos?.line, column: pos?.col, skipped: true }));
    }
    return { writable: false, entries: [], diagnostics };
  }

  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) {
    return { doc, writable: true, entries: [], diagnostics };
  }

  let entriesNode: YamlNode | null | undefined;
  let story: string | undefined;
  if (isMap(root)) {
    for (const pair of root.items) {
      const key = scalarKey(pair);
      if (key === 'story') {
        const v = scalarValue(pair.value as YamlNode);
        if (typeof v === 'string' || typeof v === 'number') story = String(v);
        else warn(pair, 'claims/invalid-field', "'story' should be a short name for the story; it is ignored.");
      } else if (key === 'entries') {
        entriesNode = pair.value as YamlNode;
      } else {
        warn(pair, 'claims/unknown-field', unknownMessage(key, TOP_KEYS, 'at the top of the catalogue'));
      }
    }
  } else {
    diagnostics.push(diagnostic('error', file, "This file is not a catalogue: expected a map with 'story' and 'entries' (a list of facts). It will not be changed.", 'claims/not-a-catalogue', { ...at(root as YamlNode), skipped: true }));
    return { doc, writable: false, entries: [], diagnostics };
  }

  const entries: CatalogueEntry[] = [];
  if (entriesNode === undefined || entriesNode === null || (isScalar(entriesNode) && entriesNode.value === null)) {
    return { doc, writable: true, story, entries, diagnostics };
  }
  if (!isSeq(entriesNode)) {
    diagnostics.push(diagnostic('error', file, "'entries' must be a list of facts (lines starting with '- id: …'); the file will not be changed.", 'claims/not-a-catalogue', { ...at(entriesNode), skipped: true }));
    return { doc, writable: false, story, entries, diagnostics };
  }

  for (const item of entriesNode.items) {
    const node = item as YamlNode;
    if (!isMap(node)) {
      warn(node, 'claims/invalid-entry', "Each entry must be a map with at least 'id', 'kind' and 'statements'; this item is ignored.");
      continue;
    }
    const entry = readEntry(node, warn);
    if (entry) {
      locations.set(entry, { file, ...at(node) });
      entries.push(entry);
    }
  }
  return { doc, writable: true, story, entries, diagnostics };
}

type Warn = (node: YamlNode | Pair | null | undefined, ruleId: string, message: string) => void;

function readEntry(node: YAMLMap, warn: Warn): CatalogueEntry | undefined {
  const fields = new Map<string, Pair>();
  for (const pair of node.items) {
    const key = scalarKey(pair);
    if (key === undefined || !(ENTRY_KEYS as readonly string[]).includes(key)) {
      warn(pair, 'claims/unknown-field', unknownMessage(key, ENTRY_KEYS, 'in an entry'));
      continue;
    }
    fields.set(key, pair);
  }

  const idPair = fields.get('id');
  const id = idPair ? scalarValue(idPair.value as YamlNode) : undefined;
  if (typeof id !== 'string' && typeof id !== 'number') {
    warn(idPair ?? node, 'claims/missing-field', "Entry has no 'id'; it is ignored. Add a short id such as 'turnout-share'.");
    return undefined;
  }
  const entryId = String(id).trim();
  if (entryId === '') {
    warn(idPair ?? node, 'claims/missing-field', "Entry has an empty 'id'; it is ignored.");
    return undefined;
  }

  const kindPair = fields.get('kind');
  const kind = kindPair ? scalarValue(kindPair.value as YamlNode) : undefined;
  if (typeof kind !== 'string' || !(CLAIM_KINDS as readonly string[]).includes(kind)) {
    warn(
      (kindPair?.value as YamlNode | undefined) ?? kindPair ?? node,
      kindPair ? 'claims/invalid-field' : 'claims/missing-field',
      `Entry '${entryId}' needs a 'kind', one of ${CLAIM_KINDS.join(', ')}; the entry is ignored until it has one.`,
    );
    return undefined;
  }

  const entry: CatalogueEntry = { id: entryId, subject: entryId, kind: kind as ClaimKind, statements: [] };

  const subjectPair = fields.get('subject');
  const subject = subjectPair ? scalarValue(subjectPair.value as YamlNode) : undefined;
  if (typeof subject === 'string' && subject.trim() !== '') entry.subject = subject.trim();
  else if (typeof subject === 'number') entry.subject = String(subject);
  else
    warn(subjectPair ?? node, subjectPair ? 'claims/invalid-field' : 'claims/missing-field', `Entry '${entryId}' has no 'subject'; its id is shown instead.`);

  const verdictPair = fields.get('verdict');
  if (verdictPair) {
    const v = scalarValue(verdictPair.value as YamlNode);
    if (typeof v === 'string' && (EDITOR_VERDICTS as readonly string[]).includes(v)) entry.editorVerdict = v as EditorVerdict;
    else if (v !== null && v !== '')
      warn(verdictPair.value as YamlNode, 'claims/invalid-field', `Verdict ${JSON.stringify(v)} of '${entryId}' is not one of ${EDITOR_VERDICTS.join(', ')}; it is ignored.`);
  }

  const notePair = fields.get('note');
  if (notePair) {
    const v = scalarValue(notePair.value as YamlNode);
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
      if (String(v) !== '') entry.note = String(v);
    } else if (v !== null) warn(notePair.value as YamlNode, 'claims/invalid-field', `The note of '${entryId}' must be text; it is ignored.`);
  }

  const reviewedPair = fields.get('reviewed');
  if (reviewedPair) {
    const n = reviewedPair.value as YamlNode;
    const v = scalarValue(n);
    if (typeof v === 'string' || typeof v === 'number') entry.reviewed = isScalar(n) && n.source ? n.source : String(v);
    else if (v !== null) warn(n, 'claims/invalid-field', `'reviewed' of '${entryId}' must be the fingerprint string claimcheck wrote; it is ignored.`);
  }

  const statementsPair = fields.get('statements');
  const statementsNode = statementsPair?.value as YamlNode | null | undefined;
  if (statementsNode && isSeq(statementsNode)) {
    for (const item of statementsNode.items) {
      const st = readStatement(item as YamlNode, entryId, warn);
      if (st) entry.statements.push(st);
    }
  } else if (statementsNode && !(isScalar(statementsNode) && statementsNode.value === null)) {
    warn(statementsNode, 'claims/invalid-field', `'statements' of '${entryId}' must be a list of {source, text}; it is ignored.`);
  }

  const hintsPair = fields.get('hints');
  const hintsNode = hintsPair?.value as YamlNode | null | undefined;
  if (hintsNode) {
    const hints: string[] = [];
    if (isSeq(hintsNode)) {
      for (const h of hintsNode.items) {
        const v = scalarValue(h as YamlNode);
        if ((typeof v === 'string' || typeof v === 'number') && String(v).trim() !== '') hints.push(String(v).trim());
        else warn(h as YamlNode, 'claims/invalid-field', `Each hint of '${entryId}' must be a word or phrase; this one is ignored.`);
      }
    } else {
      const v = scalarValue(hintsNode);
      if (typeof v === 'string' && v.trim() !== '') hints.push(v.trim());
      else if (v !== null) warn(hintsNode, 'claims/invalid-field', `'hints' of '${entryId}' must be a list of cue words; it is ignored.`);
    }
    if (hints.length > 0) entry.hints = hints;
  }

  if (entry.statements.length === 0 && !entry.hints) {
    warn(node, 'claims/empty-entry', `Entry '${entryId}' has neither statements nor hints, so it cannot be matched to any claim.`);
  }
  return entry;
}

function readStatement(node: YamlNode, entryId: string, warn: Warn): CatalogueStatement | undefined {
  if (!isMap(node)) {
    warn(node, 'claims/invalid-field', `Each statement of '${entryId}' must be {source: <file id>, text: <quoted words>}; this one is ignored.`);
    return undefined;
  }
  let source: string | undefined;
  let text: string | undefined;
  for (const pair of node.items) {
    const key = scalarKey(pair);
    const v = scalarValue(pair.value as YamlNode);
    if (key === 'source' && (typeof v === 'string' || typeof v === 'number')) source = String(v).trim();
    else if (key === 'text' && (typeof v === 'string' || typeof v === 'number')) text = String(v);
    else if (key === 'source' || key === 'text')
      warn(pair, 'claims/invalid-field', `Statement '${key}' of '${entryId}' must be text.`);
    else warn(pair, 'claims/unknown-field', unknownMessage(key, STATEMENT_KEYS, 'in a statement'));
  }
  if (!source || !text || text.trim() === '') {
    warn(node, 'claims/missing-field', `A statement of '${entryId}' needs both 'source' and 'text'; it is ignored.`);
    return undefined;
  }
  return { source, text };
}

function isPairLike(x: unknown): x is Pair {
  return typeof x === 'object' && x !== null && 'key' in x && 'value' in x;
}

function scalarKey(pair: Pair): string | undefined {
  const k = pair.key as YamlNode | string | null;
  if (k === null || k === undefined) return undefined;
  if (typeof k === 'string') return k;
  if (isScalar(k)) return String(k.value);
  return undefined;
}

/** The plain value of a scalar node; collections come back as the node itself. */
function scalarValue(node: YamlNode | null | undefined): unknown {
  if (node === null || node === undefined) return null;
  if (isScalar(node)) return node.value;
  return node;
}

function unknownMessage(key: string | undefined, known: readonly string[], where: string): string {
  return `Unknown field '${key ?? '?'}' ${where} (known: ${known.join(', ')}); it is ignored — check the spelling.`;
}

/** A yaml error message without its position suffix and code excerpt. */
export function yamlErrorMessage(s: string): string {
  return s
    .split('\n')[0]
    .replace(/ at line \d+, column \d+:?$/, '')
    .replace(/\.$/, '');
}
