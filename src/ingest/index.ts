// Ingestion: files → Source objects (text, front matter, title, date,
// excluded regions). Offsets in every Source index `source.text` (UTF-16
// code units, not bytes):
// - .md, .markdown, .txt: the file's text as decoded from disk (see
//   decode.ts: UTF-8, UTF-16 or Windows-1252, byte-order mark removed,
//   CRLF kept), front matter included;
// - .html, .htm: the page's readable text (see html.ts), with a map back to
//   the file (htmlFileSpan).

import { stat } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import type { Source } from '../model/source.js';
import type { ParsedSource } from './parse.js';
import { EXTENSION_LIST, isSourceFile, listSources, mapLimit, openErrorDiagnostic, READ_CONCURRENCY, readOne, sizeLimit, sourceId } from './read.js';
import { resolveSingleDate, resolveStoryDates } from './storyDates.js';
import { shown } from './shown.js';

export { parseSource, type ParseOptions, type ParsedSource } from './parse.js';
export { resolveStoryDates, resolveSingleDate, mostCommonDate } from './storyDates.js';
export { decodeBytes } from './decode.js';
export { SOURCE_EXTENSIONS, HTML_EXTENSIONS, TEXT_EXTENSIONS, MAX_FILE_ENV, DEFAULT_MAX_FILE_MB, isHtmlFile, isSourceFile, sizeLimit, sourceId } from './read.js';
export { htmlFileSpan, htmlOffsetMap, mapToFile, type HtmlOffsetMap, type OffsetRun } from './htmlMap.js';

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
      diagnostics.push(diagnostic('warning', file, `Another source already has the id "${shown(id)}"; this one is called "${shown(alt)}" (rename one of the files).`, 'ingest/duplicate-id'));
      id = alt;
    }
    used.add(id);
    return id;
  });
}

async function readMany(files: string[], diagnostics: Diagnostic[]): Promise<ReadSourcesResult> {
  const ids = uniqueIds(files, diagnostics);
  const limit = sizeLimit();
  if (limit.problem && files.length > 0) diagnostics.push(limit.problem);
  const results = await mapLimit(files, READ_CONCURRENCY, (f, i) => readOne(f, ids[i], { limit }));
  const parsed: ParsedSource[] = [];
  for (const r of results) {
    diagnostics.push(...r.diagnostics);
    if (r.parsed) parsed.push(r.parsed);
  }
  diagnostics.push(...resolveStoryDates(parsed));
  return { sources: parsed.map((p) => p.source), diagnostics };
}

/**
 * Read every .md, .markdown, .txt, .html and .htm file directly inside `dir`, sorted by
 * name, as the sources of one story. Other files get an 'info' diagnostic;
 * nothing throws. Dates are settled across the story (see storyDates.ts).
 */
export async function readSources(dir: string): Promise<ReadSourcesResult> {
  const listing = await listSources(dir);
  const diagnostics = [...listing.diagnostics];
  const result = await readMany(listing.files, diagnostics);
  if (listing.files.length === 0 && !diagnostics.some((d) => d.ruleId === 'ingest/no-folder')) {
    diagnostics.push(diagnostic('warning', dir, `The folder has no ${EXTENSION_LIST} files; nothing to check — put the articles of one story in it.`, 'ingest/no-sources'));
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
      diagnostics.push(await openErrorDiagnostic(p, err));
      continue;
    }
    if (isDir) {
      const listing = await listSources(p);
      diagnostics.push(...listing.diagnostics);
      files.push(...listing.files);
    } else if (isSourceFile(p)) files.push(p);
    else {
      diagnostics.push(diagnostic('info', p, `not a source (${shown(path.extname(p)) || 'no extension'}): only ${EXTENSION_LIST} files are read.`, 'ingest/not-a-source'));
    }
  }
  return readMany(files, diagnostics);
}
