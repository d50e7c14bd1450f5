// Ingestion: files → Source objects (text, front matter, title, date,
// excluded regions). Offsets in every Source index `source.text`, the file
// decoded as UTF-8 with a leading byte-order mark removed (UTF-16 code
// units, not bytes); CRLF line ends are kept, so offsets still slice.

import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic, Source } from '../types.js';
import type { ParsedSource } from './parse.js';
import { isSourceFile, listSources, readOne, sourceId } from './read.js';
import { resolveSingleDate, resolveStoryDates } from './storyDates.js';

export { parseSource, type ParseOptions, type ParsedSource } from './parse.js';
export { resolveStoryDates, resolveSingleDate, mostCommonDate } from './storyDates.js';
export { decodeBytes } from './decode.js';
export { SOURCE_EXTENSIONS, isSourceFile, sourceId } from './read.js';

export interface ReadSourcesResult {
  sources: Source[];
  diagnostics: Diagnostic[];
}

/** Ids must be unique within a run: a clash ("a.md" and "a.txt") keeps the extension on the later file. */
function uniqueIds(files: string[], diagnostics: Diagnostic[]): string[] {
  const used = new Set<string>();
  return files.map((file) => {
    let id = sourceId(file);
    if (used.has(id)) {
      const alt = path.basename(file);
      diagnostics.push({
        severity: 'warning',
        file,
        message: `Another source already has the id "${id}"; this one is called "${alt}" (rename one of the files).`,
        ruleId: 'ingest/duplicate-id',
      });
      id = alt;
    }
    used.add(id);
    return id;
  });
}

async function readMany(files: string[], diagnostics: Diagnostic[]): Promise<ReadSourcesResult> {
  const ids = uniqueIds(files, diagnostics);
  const results = await Promise.all(files.map((f, i) => readOne(f, ids[i])));
  const parsed: ParsedSource[] = [];
  for (const r of results) {
    diagnostics.push(...r.diagnostics);
    if (r.parsed) parsed.push(r.parsed);
  }
  diagnostics.push(...resolveStoryDates(parsed));
  return { sources: parsed.map((p) => p.source), diagnostics };
}

/**
 * Read every .md, .markdown and .txt file directly inside `dir`, sorted by
 * name, as the sources of one story. Other files get an 'info' diagnostic;
 * nothing throws. Dates are settled across the story (see storyDates.ts).
 */
export async function readSources(dir: string): Promise<ReadSourcesResult> {
  const listing = await listSources(dir);
  const diagnostics = [...listing.diagnostics];
  const result = await readMany(listing.files, diagnostics);
  if (listing.files.length === 0 && !diagnostics.some((d) => d.ruleId === 'ingest/no-folder')) {
    diagnostics.push({
      severity: 'warning',
      file: dir,
      message: 'The folder has no .md, .markdown or .txt files; nothing to check.',
      ruleId: 'ingest/no-sources',
    });
  }
  return result;
}

/**
 * Read one file on its own. A dateline without a year takes the year of the
 * file's modification time; an undated file stays undated (there are no
 * other sources to infer from).
 */
export async function readSourceFile(file: string): Promise<{ source?: Source; diagnostics: Diagnostic[] }> {
  const r = await readOne(file);
  if (!r.parsed) return { diagnostics: r.diagnostics };
  const diagnostics = [...r.diagnostics, ...resolveSingleDate(r.parsed)];
  return { source: r.parsed.source, diagnostics };
}

/**
 * Read a mix of files and folders (as named on a command line) as one
 * story: folders are listed like readSources, files are read if they have a
 * source extension, and dates are settled across all of them.
 */
export async function readSourcePaths(paths: string[]): Promise<ReadSourcesResult> {
  const diagnostics: Diagnostic[] = [];
  const files: string[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch (err) {
      diagnostics.push({ severity: 'error', file: p, message: `Cannot open ${p} (${err instanceof Error ? err.message : String(err)}); it was skipped.`, ruleId: 'ingest/read-error', skipped: true });
      continue;
    }
    if (isDir) {
      const listing = await listSources(p);
      diagnostics.push(...listing.diagnostics);
      files.push(...listing.files);
    } else if (isSourceFile(p)) files.push(p);
    else {
      diagnostics.push({ severity: 'info', file: p, message: `not a source (${path.extname(p) || 'no extension'}): only .md, .markdown and .txt files are read.`, ruleId: 'ingest/not-a-source' });
    }
  }
  return readMany(files, diagnostics);
}
