// YAML front matter: a leading "---" line, YAML, and a closing "---" (or
// "...") line. Only outlet, title, published and url are read.

import { isMap, isScalar, parseDocument, type Pair } from 'yaml';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import type { Published } from '../model/source.js';
import { parseIsoDateTime, isoDate } from './publishedDate.js';
import { lineColumn } from './position.js';
import { shown } from './shown.js';
import { lineSpans } from './segment.js';

export const FRONT_MATTER_KEYS = ['outlet', 'title', 'published', 'url'] as const;

export interface FrontMatter {
  /** Offset after the closing line (0 without front matter). */
  bodyStart: number;
  /** The whole block, delimiters included, when there is one. */
  region?: { start: number; end: number };
  outlet?: string;
  title?: string;
  url?: string;
  published?: Published;
  diagnostics: Diagnostic[];
}

const OPEN = /^---[ \t]*(?:\r\n|\n|\r)/;

function after(text: string, end: number): number {
  if (text.charCodeAt(end) === 13) end++;
  if (text.charCodeAt(end) === 10) end++;
  return end;
}

export function readFrontMatter(text: string, file: string): FrontMatter {
  const diagnostics: Diagnostic[] = [];
  const open = OPEN.exec(text);
  if (!open) return { bodyStart: 0, diagnostics };
  const yamlStart = open[0].length;
  let close: { start: number; end: number } | undefined;
  for (const line of lineSpans(text, yamlStart)) {
    const content = text.slice(line.start, line.end).trimEnd();
    if (content === '---' || content === '...') {
      close = line;
      break;
    }
  }
  if (!close) {
    diagnostics.push(diagnostic('warning', file, 'The file opens a front-matter block with "---" but never closes it; the file was read as plain text (add a closing "---" line).', 'ingest/front-matter-unclosed', { line: 1, column: 1 }));
    return { bodyStart: 0, diagnostics };
  }
  const bodyStart = after(text, close.end);
  const fm: FrontMatter = { bodyStart, region: { start: 0, end: bodyStart }, diagnostics };
  const yamlText = text.slice(yamlStart, close.start);
  const at = (offset: number) => lineColumn(text, yamlStart + offset);

  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const err of doc.errors.slice(0, 5)) {
      const { line, column } = at(err.pos[0]);
      const what = err.message.split('\n')[0].replace(/\s+at line \d+, column \d+:?$/, '');
      diagnostics.push(diagnostic('error', file, `Front matter is not valid YAML (${shown(what, 120)}); its values were ignored and the article was read without them — fix the YAML at this position.`, 'ingest/front-matter-yaml', { line, column }));
    }
    return fm;
  }
  for (const w of doc.warnings) {
    const { line, column } = at(w.pos[0]);
    diagnostics.push(diagnostic('warning', file, `Front matter: ${shown(w.message.split('\n')[0], 120)}.`, 'ingest/front-matter-yaml', { line, column }));
  }
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) return fm;
  if (!isMap(contents)) {
    const { line, column } = at(contents.range?.[0] ?? 0);
    diagnostics.push(diagnostic('warning', file, 'Front matter is not a list of "key: value" lines; it was ignored.', 'ingest/front-matter-value', { line, column }));
    return fm;
  }
  for (const pair of contents.items as Pair[]) {
    const keyNode = pair.key;
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const keyPos = at(isScalar(keyNode) ? (keyNode.range?.[0] ?? 0) : 0);
    const valueNode = pair.value;
    const valuePos = at(isScalar(valueNode) ? (valueNode.range?.[0] ?? 0) : (keyNode as { range?: number[] })?.range?.[0] ?? 0);
    const warn = (message: string, ruleId: string, pos = valuePos) =>
      diagnostics.push(diagnostic('warning', file, message, ruleId, { line: pos.line, column: pos.column }));
    if (!(FRONT_MATTER_KEYS as readonly string[]).includes(key)) {
      warn(`Unknown front-matter key "${shown(key)}" (known keys: ${FRONT_MATTER_KEYS.join(', ')}); it was ignored.`, 'ingest/front-matter-key', keyPos);
      continue;
    }
    const raw: unknown = isScalar(valueNode) ? valueNode.value : valueNode == null ? null : (valueNode as { toJSON(): unknown }).toJSON();
    if (raw === null || raw === undefined || raw === '') continue;
    if (key === 'published') {
      const published = toPublished(raw);
      if (published) fm.published = published;
      else
        warn(
          `Front-matter "published: ${shown(String(raw))}" is not an ISO date (use 2025-10-23 or 2025-10-23T14:17:00+03:00); it was ignored.`,
          'ingest/front-matter-value',
        );
      continue;
    }
    if (typeof raw === 'object') {
      warn(`Front-matter "${shown(key)}" must be a single line of text; it was ignored.`, 'ingest/front-matter-value');
      continue;
    }
    const value = String(raw).trim();
    if (key === 'outlet') fm.outlet = value;
    else if (key === 'title') fm.title = value;
    else fm.url = value;
  }
  return fm;
}

function toPublished(raw: unknown): Published | undefined {
  if (raw instanceof Date && !Number.isNaN(raw.getTime())) {
    // A YAML 1.1 timestamp: only the calendar date is trustworthy.
    return { date: isoDate(raw.getUTCFullYear(), raw.getUTCMonth() + 1, raw.getUTCDate()), inferred: false, origin: 'front-matter', evidence: raw.toISOString() };
  }
  if (typeof raw !== 'string') return undefined;
  const p = parseIsoDateTime(raw);
  if (!p) return undefined;
  const out: Published = { date: isoDate(p.year, p.month, p.day), inferred: false, origin: 'front-matter', evidence: raw.trim() };
  if (p.time !== undefined) out.time = p.time;
  if (p.tzOffsetMinutes !== undefined) out.tzOffsetMinutes = p.tzOffsetMinutes;
  return out;
}
