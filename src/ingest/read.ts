// File system side of ingestion: list a folder, read and decode files.
// Every problem becomes one diagnostic naming the file, what is wrong and
// what to do; a file that cannot be used is skipped (`skipped: true`, so
// the CLI's exit code says so) and the run goes on with the rest.

import { constants, type Dirent } from 'node:fs';
import { lstat, open, readdir } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import type { Excluded } from '../model/source.js';
import { decodeBytes, encodingLabel, type Decoded } from './decode.js';
import { registerHtmlMap } from './htmlMap.js';
import { parseSource, type ParsedSource } from './parse.js';
import { shown } from './shown.js';

export const TEXT_EXTENSIONS = ['.md', '.markdown', '.txt'] as const;
export const HTML_EXTENSIONS = ['.html', '.htm'] as const;
export const SOURCE_EXTENSIONS = [...TEXT_EXTENSIONS, ...HTML_EXTENSIONS] as const;
const EXTENSION_LIST = SOURCE_EXTENSIONS.join(', ');

export function isSourceFile(name: string): boolean {
  return (SOURCE_EXTENSIONS as readonly string[]).includes(path.extname(name).toLowerCase());
}

export function isHtmlFile(name: string): boolean {
  return (HTML_EXTENSIONS as readonly string[]).includes(path.extname(name).toLowerCase());
}

/** Source id: the file name without its extension. */
export function sourceId(file: string): string {
  const base = path.basename(file);
  const ext = path.extname(base);
  return ext ? base.slice(0, -ext.length) : base;
}

// ---------------------------------------------------------------------------
// Size limit

export const MAX_FILE_ENV = 'CLAIMCHECK_MAX_FILE_MB';
export const DEFAULT_MAX_FILE_MB = 5;
const MB = 1024 * 1024;

export interface SizeLimit {
  /** The limit in megabytes (MiB) as stated in messages. */
  mb: number;
  bytes: number;
  /** A diagnostic when the environment variable was set to something unusable. */
  problem?: Diagnostic;
}

/** The per-file size limit: CLAIMCHECK_MAX_FILE_MB (megabytes, may be fractional), default 5. */
export function sizeLimit(env: NodeJS.ProcessEnv = process.env): SizeLimit {
  const raw = env[MAX_FILE_ENV];
  if (raw === undefined || raw.trim() === '') return { mb: DEFAULT_MAX_FILE_MB, bytes: DEFAULT_MAX_FILE_MB * MB };
  const mb = Number(raw);
  if (Number.isFinite(mb) && mb > 0) return { mb, bytes: Math.floor(mb * MB) };
  return {
    mb: DEFAULT_MAX_FILE_MB,
    bytes: DEFAULT_MAX_FILE_MB * MB,
    problem: diagnostic('warning', MAX_FILE_ENV, `${MAX_FILE_ENV}="${shown(raw)}" is not a positive number of megabytes; the default limit of ${DEFAULT_MAX_FILE_MB} MB was used (set it to e.g. 20).`, 'ingest/size-limit-setting'),
  };
}

/** "7.3 MB", "12 MB", or "273 bytes" for a size too small to show in megabytes. */
function size(bytes: number): string {
  const mb = bytes / MB;
  if (mb < 0.1) return `${bytes} bytes`;
  return `${mb >= 10 ? mb.toFixed(0) : mb.toFixed(1)} MB`;
}

// ---------------------------------------------------------------------------
// Errors → one plain sentence

function codeOf(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message.replace(/^\w+: /, '') : String(err);
}

/** A diagnostic for a file that could not be opened or read. */
export async function openErrorDiagnostic(file: string, err: unknown): Promise<Diagnostic> {
  const code = codeOf(err);
  const d = (message: string, ruleId = 'ingest/read-error'): Diagnostic => diagnostic('error', file, message, ruleId, { skipped: true });
  switch (code) {
    case 'ELOOP':
      return d('The file is a symbolic link that loops back on itself (too many levels of links); it was skipped — point the link at a real file or remove it.', 'ingest/symlink-loop');
    case 'ENOENT': {
      const link = await lstat(file).then(
        (s) => s.isSymbolicLink(),
        () => false,
      );
      return link
        ? d('The file is a symbolic link to a file that does not exist (a dangling link); it was skipped — fix the link or remove it.', 'ingest/dangling-link')
        : d('The file does not exist (it was moved or deleted while claimcheck ran); it was skipped — check the path.');
    }
    case 'EACCES':
    case 'EPERM':
      return d('The file cannot be read: permission denied; it was skipped — make it readable (chmod a+r) or move it out of the folder.', 'ingest/permission-denied');
    case 'EMFILE':
    case 'ENFILE':
      return d('Too many files are open at once to read this one; it was skipped — raise the open-file limit (ulimit -n) and run again.');
    default:
      return d(`Cannot read the file (${shown(errorText(err), 160)}); it was skipped — check that it is a readable file.`);
  }
}

// ---------------------------------------------------------------------------
// One file

export interface ReadResult {
  parsed?: ParsedSource;
  diagnostics: Diagnostic[];
}

export interface ReadOptions {
  /** Per-file size limit; default from CLAIMCHECK_MAX_FILE_MB. */
  limit?: SizeLimit;
}

/** Opening a FIFO for reading would wait for a writer: open without blocking, then check it is a file. */
const OPEN_FLAGS = constants.O_NONBLOCK === undefined ? 'r' : constants.O_RDONLY | constants.O_NONBLOCK;

type Bytes = { bytes: Buffer; mtime: Date } | { diagnostic: Diagnostic };

async function readBytes(file: string, limit: SizeLimit): Promise<Bytes> {
  let fh: import('node:fs/promises').FileHandle;
  try {
    fh = await open(file, OPEN_FLAGS);
  } catch (err) {
    return { diagnostic: await openErrorDiagnostic(file, err) };
  }
  try {
    const st = await fh.stat();
    if (st.isDirectory()) {
      return { diagnostic: diagnostic('info', file, 'not a source (a folder): sub-folders are not read; name it on the command line to read it.', 'ingest/not-a-source') };
    }
    if (!st.isFile()) {
      return {
        diagnostic: diagnostic('warning', file, 'The file is not a regular file (a device, pipe or socket); it was skipped — save the article as a file.', 'ingest/not-a-file', { skipped: true }),
      };
    }
    if (st.size > limit.bytes) {
      const suggest = Math.ceil(st.size / MB) + 1;
      return {
        diagnostic: diagnostic('warning', file, `The file is ${size(st.size)}, over the ${limit.mb} MB limit for one source; it was skipped — to read it, raise the limit with the environment variable ${MAX_FILE_ENV}=${suggest}.`, 'ingest/too-large', { skipped: true }),
      };
    }
    const bytes = await fh.readFile();
    // The file may have grown between stat and read.
    if (bytes.length > limit.bytes) {
      return {
        diagnostic: diagnostic('warning', file, `The file grew to ${size(bytes.length)} while it was read, over the ${limit.mb} MB limit; it was skipped — raise ${MAX_FILE_ENV} or run again when it is complete.`, 'ingest/too-large', { skipped: true }),
      };
    }
    return { bytes, mtime: st.mtime };
  } catch (err) {
    return { diagnostic: await openErrorDiagnostic(file, err) };
  } finally {
    await fh.close().catch(() => undefined);
  }
}

function encodingDiagnostics(file: string, decoded: Decoded): Diagnostic[] {
  const name = encodingLabel(decoded.encoding);
  const info = (message: string): Diagnostic => diagnostic('info', file, message, 'ingest/encoding');
  switch (decoded.detectedBy) {
    case 'bom':
      return decoded.encoding === 'utf-8' ? [] : [info(`The file is ${name} (byte-order mark); it was decoded as such.`)];
    case 'nul-pattern':
      return [info(`The file is ${name} without a byte-order mark (detected from its NUL bytes); it was decoded as such — save it as UTF-8 to be sure.`)];
    case 'html-meta':
      return [info(`The page is not UTF-8; it was decoded as ${name}, the charset its <meta> tag declares.`)];
    case 'not-utf-8':
      return [info(`The file is not valid UTF-8; it was decoded as ${name} — save it as UTF-8 if any character looks wrong.`)];
    default:
      return [];
  }
}

/** Read, decode and parse one file. Problems become diagnostics; nothing throws. */
export async function readOne(file: string, id = sourceId(file), options: ReadOptions = {}): Promise<ReadResult> {
  const diagnostics: Diagnostic[] = [];
  const got = await readBytes(file, options.limit ?? sizeLimit());
  if ('diagnostic' in got) return { diagnostics: [got.diagnostic] };
  const { bytes, mtime } = got;
  if (bytes.length === 0) {
    diagnostics.push(diagnostic('warning', file, 'The file is empty (0 bytes); it was skipped — save the article into it, or remove it.', 'ingest/empty-file', { skipped: true }));
    return { diagnostics };
  }
  const html = isHtmlFile(file);
  const decoded = decodeBytes(bytes, { html });
  if (decoded.binary) {
    diagnostics.push(diagnostic('warning', file, `The file does not look like text (${decoded.binaryReason}); it was skipped — save the article as plain text (.txt, .md) or a web page (.html).`, 'ingest/binary-file', { skipped: true }));
    return { diagnostics };
  }
  if (decoded.invalid) {
    diagnostics.push(diagnostic('warning', file, `The file is not valid ${encodingLabel(decoded.encoding)}; undecodable bytes became "\uFFFD" — save it as UTF-8.`, 'ingest/invalid-utf8'));
  }
  diagnostics.push(...encodingDiagnostics(file, decoded));
  if (decoded.text.trim() === '') {
    diagnostics.push(diagnostic('warning', file, 'The file holds only white space; it was skipped — save the article into it, or remove it.', 'ingest/empty-file', { skipped: true }));
    return { diagnostics };
  }
  const parsed = html ? await parseHtml(file, id, decoded.text, mtime, diagnostics) : parseSource(decoded.text, { id, path: file, mtime });
  if (!parsed) return { diagnostics };
  diagnostics.push(...parsed.diagnostics);
  parsed.diagnostics = diagnostics;
  return { parsed, diagnostics };
}

/** A web page: the readable article text becomes the source text (see html.ts for the offsets). */
async function parseHtml(file: string, id: string, text: string, mtime: Date, diagnostics: Diagnostic[]): Promise<ParsedSource | undefined> {
  let article: import('./html.js').HtmlArticle;
  try {
    const { readHtml } = await import('./html.js');
    article = readHtml(text);
  } catch (err) {
    diagnostics.push(diagnostic('error', file, `The web page could not be read (${shown(errorText(err), 160)}); it was skipped — save the article's text as a .txt file instead.`, 'ingest/html-error', { skipped: true }));
    return undefined;
  }
  if (article.text.trim() === '') {
    diagnostics.push(diagnostic('warning', file, 'The web page has no readable text (it may be a script-only page or a redirect); it was skipped — save the page after it has loaded, or copy its text into a .txt file.', 'ingest/empty-file', { skipped: true }));
    return undefined;
  }
  if (!article.readable) {
    diagnostics.push(diagnostic('warning', file, 'No article was found in the web page, so all of its visible text was read and menus or link lists may yield claims — save the article page itself, or copy its text into a .txt file.', 'ingest/html-no-article'));
  }
  const excluded: Excluded[] = [];
  for (const b of article.blocks) {
    if (b.kind === 'byline') excluded.push({ start: b.start, end: b.end, reason: 'metadata' });
    else if (b.kind === 'caption') excluded.push({ start: b.start, end: b.end, reason: 'caption' });
  }
  const { title, outlet, url, published } = article.meta;
  const parsed = parseSource(article.text, { id, path: file, mtime, frontMatter: false, meta: { title, outlet, url, published }, excluded });
  registerHtmlMap(parsed.source, article.map);
  return parsed;
}

// ---------------------------------------------------------------------------
// Folders

export interface Listing {
  files: string[];
  diagnostics: Diagnostic[];
}

/**
 * Source files directly inside `dir` (not recursive), sorted by name (code
 * point order, for the same order on every machine). Other files get an
 * info diagnostic; dot-files, sub-folders and README files are passed over.
 * Symbolic links, pipes and devices are listed like files: what they are is found
 * when they are read.
 */
export async function listSources(dir: string): Promise<Listing> {
  const diagnostics: Diagnostic[] = [];
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    const code = codeOf(err);
    const what =
      code === 'ENOENT'
        ? 'the folder does not exist — check the path'
        : code === 'ENOTDIR'
          ? 'it is not a folder — name a folder of articles'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied — make it readable (chmod a+rx)'
            : code === 'ELOOP'
              ? 'it is a symbolic link that loops back on itself — fix the link'
              : `${shown(errorText(err), 160)} — check the path`;
    diagnostics.push(diagnostic('error', dir, `Cannot read the folder: ${what}.`, 'ingest/no-folder', { skipped: true }));
    return { files: [], diagnostics };
  }
  const names = entries
    .filter((e) => !e.name.startsWith('.') && !e.isDirectory())
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files: string[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    if (/^readme(\.|$)/i.test(name)) {
      diagnostics.push(diagnostic('info', file, 'not a source (README): folder notes are not read as an article.', 'ingest/not-a-source'));
    } else if (isSourceFile(name)) files.push(file);
    else {
      const ext = shown(path.extname(name)) || 'no extension';
      diagnostics.push(diagnostic('info', file, `not a source (${ext}): only ${EXTENSION_LIST} files are read.`, 'ingest/not-a-source'));
    }
  }
  return { files, diagnostics };
}

/** Files read at once: enough to keep the disk busy, few enough to stay far below the open-file limit. */
export const READ_CONCURRENCY = 32;

/** `f` over `items` with at most `limit` calls in flight; results in input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, f: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await f(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export { EXTENSION_LIST };
