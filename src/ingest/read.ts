// File system side of ingestion: list a folder, read and decode files.

import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../types.js';
import { decodeBytes } from './decode.js';
import { parseSource, type ParsedSource } from './parse.js';

export const SOURCE_EXTENSIONS = ['.md', '.markdown', '.txt'] as const;

export function isSourceFile(name: string): boolean {
  return (SOURCE_EXTENSIONS as readonly string[]).includes(path.extname(name).toLowerCase());
}

/** Source id: the file name without its extension. */
export function sourceId(file: string): string {
  const base = path.basename(file);
  const ext = path.extname(base);
  return ext ? base.slice(0, -ext.length) : base;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message.replace(/^\w+: /, '') : String(err);
}

export interface ReadResult {
  parsed?: ParsedSource;
  diagnostics: Diagnostic[];
}

/** Read, decode and parse one file. Problems become diagnostics; nothing throws. */
export async function readOne(file: string, id = sourceId(file)): Promise<ReadResult> {
  const diagnostics: Diagnostic[] = [];
  let bytes: Buffer;
  let mtime: Date | undefined;
  try {
    [bytes, mtime] = await Promise.all([readFile(file), stat(file).then((s) => s.mtime)]);
  } catch (err) {
    diagnostics.push({ severity: 'error', file, message: `Cannot read the file (${errorText(err)}); it was skipped.`, ruleId: 'ingest/read-error', skipped: true });
    return { diagnostics };
  }
  const decoded = decodeBytes(bytes);
  if (decoded.binary) {
    diagnostics.push({ severity: 'warning', file, message: 'The file contains NUL bytes and does not look like text; it was skipped.', ruleId: 'ingest/binary-file', skipped: true });
    return { diagnostics };
  }
  if (decoded.invalid) {
    diagnostics.push({
      severity: 'warning',
      file,
      message: `The file is not valid ${decoded.encoding.toUpperCase()}; undecodable bytes became "\uFFFD" (save it as UTF-8).`,
      ruleId: 'ingest/invalid-utf8',
    });
  }
  if (decoded.encoding !== 'utf-8') {
    diagnostics.push({ severity: 'info', file, message: `The file is ${decoded.encoding.toUpperCase()} (byte-order mark); it was decoded as such.`, ruleId: 'ingest/encoding' });
  }
  if (decoded.text.trim() === '') {
    diagnostics.push({ severity: 'warning', file, message: 'The file is empty; it was skipped.', ruleId: 'ingest/empty-file', skipped: true });
    return { diagnostics };
  }
  const parsed = parseSource(decoded.text, { id, path: file, mtime });
  diagnostics.push(...parsed.diagnostics);
  parsed.diagnostics = diagnostics;
  return { parsed, diagnostics };
}

export interface Listing {
  files: string[];
  diagnostics: Diagnostic[];
}

/**
 * Source files directly inside `dir` (not recursive), sorted by name (code
 * point order, for the same order on every machine). Other files get an
 * info diagnostic; dot-files, sub-folders and README files are passed over.
 */
export async function listSources(dir: string): Promise<Listing> {
  const diagnostics: Diagnostic[] = [];
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    diagnostics.push({ severity: 'error', file: dir, message: `Cannot read the folder (${errorText(err)}).`, ruleId: 'ingest/no-folder', skipped: true });
    return { files: [], diagnostics };
  }
  const names = entries
    .filter((e) => !e.name.startsWith('.') && (e.isFile() || e.isSymbolicLink()))
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files: string[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    if (/^readme(\.|$)/i.test(name)) {
      diagnostics.push({ severity: 'info', file, message: 'not a source (README): folder notes are not read as an article.', ruleId: 'ingest/not-a-source' });
    } else if (isSourceFile(name)) files.push(file);
    else {
      const ext = path.extname(name) || 'no extension';
      diagnostics.push({
        severity: 'info',
        file,
        message: `not a source (${ext}): only ${SOURCE_EXTENSIONS.join(', ')} files are read.`,
        ruleId: 'ingest/not-a-source',
      });
    }
  }
  return { files, diagnostics };
}
