// Saved web pages (.html, .htm) → the article's readable text, its metadata
// and a map from that text back to the file.
//
// Offsets: a web page's Source.text is its READABLE TEXT, not the HTML. It
// is built from the text nodes that Mozilla Readability keeps as the
// article (tags dropped, entities decoded, runs of HTML whitespace folded
// to one space), laid out like a plain-text article:
//
//   <title line>\n\n<byline line>\n\n<paragraph>\n\n<paragraph>…
//
// so claims, sentences and excluded regions all index that string, and
// `source.text.slice(start, end) === claim.text` holds as for any source.
// Markup inside a sentence (<a>, <strong>) and entities (&rsquo;, &nbsp;)
// would otherwise cut sentences apart and hide values; that is why the
// offsets do not index the HTML itself.
//
// To show a finding in place, `htmlFileSpan(source, start, end)` maps a
// readable-text range back to the file's decoded text (the HTML as read
// from disk, byte-order mark removed): the range from the first to the last
// character of the page that the readable characters came from (tags and
// entities between them included). The map is kept per Source object
// (WeakMap); `readHtml` rebuilds it from the file text deterministically.

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Published } from '../model/source.js';
import { isoDate, parseDateLine, parseIsoDateTime } from './publishedDate.js';
import type { HtmlOffsetMap, OffsetRun } from './htmlMap.js';

export { mapToFile, htmlFileSpan, type HtmlOffsetMap, type OffsetRun } from './htmlMap.js';

export type HtmlBlockKind = 'title' | 'byline' | 'heading' | 'prose' | 'caption';

export interface HtmlBlock {
  kind: HtmlBlockKind;
  start: number;
  end: number;
}

export interface HtmlMeta {
  title?: string;
  byline?: string;
  outlet?: string;
  url?: string;
  published?: Published;
  lang?: string;
}

export interface HtmlArticle {
  /** The readable text: Source.text of the page. */
  text: string;
  blocks: HtmlBlock[];
  map: HtmlOffsetMap;
  meta: HtmlMeta;
  /** False when Readability found no article and the page's whole visible text was used. */
  readable: boolean;
}

// ---------------------------------------------------------------------------
// 1. The file's own text nodes, with their file offsets.

/** Elements whose content is not text for a reader (raw text in the HTML parser). */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'template']);

const ENTITY = /&(?:#[xX][0-9a-fA-F]{1,8};?|#[0-9]{1,8};?|[A-Za-z][A-Za-z0-9]{0,31};?)/y;
const ENTITY_G = /&(?:#[xX][0-9a-fA-F]{1,8};?|#[0-9]{1,8};?|[A-Za-z][A-Za-z0-9]{0,31};?)/g;
/** Distinct entity spellings decoded per page; more are left as written. */
const MAX_ENTITIES = 5000;

/**
 * Decode entity spellings ("&rsquo;", "&#8212;", "&amp") exactly as the HTML
 * parser does, by letting the parser read them: one small document for all
 * distinct spellings of the page.
 */
function decodeEntities(spellings: string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (spellings.length === 0) return out;
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${spellings.map((s) => `<i>${s}</i>`).join('')}</body></html>`);
  const items = document.querySelectorAll('body > i');
  spellings.forEach((s, i) => out.set(s, items[i]?.textContent ?? s));
  return out;
}

function isHtmlSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}

function isAsciiAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The page's text as one string (whitespace runs folded), each character with the file range it came from. */
interface TextStream {
  s: string;
  from: Int32Array;
  to: Int32Array;
  /** Stream offset where <body> starts (0 when there is no body tag). */
  bodyAt: number;
}

function scanText(html: string): TextStream {
  const n = html.length;
  const spellings = new Set<string>();
  for (const m of html.matchAll(ENTITY_G)) {
    if (spellings.size >= MAX_ENTITIES) break;
    spellings.add(m[0]);
  }
  const decoded = decodeEntities([...spellings]);
  const chars = new Uint16Array(n);
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  let len = 0;
  let bodyAt = -1;
  const push = (code: number, f: number, t: number) => {
    if (isHtmlSpace(code)) {
      if (len === 0 || chars[len - 1] === 32) return;
      code = 32;
    }
    chars[len] = code;
    from[len] = f;
    to[len] = t;
    len++;
  };
  let i = 0;
  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === 60 /* < */) {
      if (html.startsWith('<!--', i)) {
        const e = html.indexOf('-->', i + 4);
        i = e < 0 ? n : e + 3;
        continue;
      }
      const next = html.charCodeAt(i + 1);
      if (next === 33 /* ! */ || next === 63 /* ? */) {
        const e = html.indexOf('>', i + 2);
        i = e < 0 ? n : e + 1;
        continue;
      }
      const isEnd = next === 47; /* / */
      const nameStart = isEnd ? i + 2 : i + 1;
      if (isAsciiAlpha(html.charCodeAt(nameStart))) {
        let j = nameStart + 1;
        while (j < n && !isHtmlSpace(html.charCodeAt(j)) && html.charCodeAt(j) !== 62 && html.charCodeAt(j) !== 47) j++;
        const name = html.slice(nameStart, j).toLowerCase();
        // To the closing ">", skipping quoted attribute values.
        let k = j;
        let quote = 0;
        let prev = 0;
        while (k < n) {
          const d = html.charCodeAt(k);
          if (quote) {
            if (d === quote) quote = 0;
          } else if ((d === 34 || d === 39) && prev === 61 /* = */) quote = d;
          else if (d === 62) break;
          if (!isHtmlSpace(d)) prev = d;
          k++;
        }
        i = k < n ? k + 1 : n;
        if (!isEnd && name === 'body' && bodyAt < 0) bodyAt = len;
        if (!isEnd && RAW_TEXT.has(name) && html.charCodeAt(k - 1) !== 47) {
          const close = new RegExp(`</${name}(?=[\\s/>]|$)`, 'gi');
          close.lastIndex = i;
          const m = close.exec(html);
          i = m ? m.index : n;
        }
        continue;
      }
    } else if (c === 38 /* & */) {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(html);
      if (m) {
        const value = decoded.get(m[0]);
        if (value !== undefined) {
          const end = i + m[0].length;
          for (let q = 0; q < value.length; q++) push(value.charCodeAt(q), i, end);
          i = end;
          continue;
        }
      }
    }
    push(c, i, i + 1);
    i++;
  }
  let s = '';
  const CHUNK = 8192;
  for (let p = 0; p < len; p += CHUNK) s += String.fromCharCode(...chars.subarray(p, Math.min(len, p + CHUNK)));
  return { s, from, to, bodyAt: Math.max(0, bodyAt) };
}

// ---------------------------------------------------------------------------
// 2. The readable text, built from the article's text nodes.

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'button', 'select', 'option', 'iframe', 'object', 'head', 'title']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const CAPTION_CLASS = /(?:^|[\s_-])(?:caption|credit|wp-caption-text)(?:$|[\s_-])/i;

/** Folds runs of HTML whitespace to one space (NBSP and other Unicode spaces are kept). */
function foldSpaces(s: string): string {
  return s.replace(/[ \t\n\f\r]+/g, ' ');
}

function trimHtmlSpace(s: string): string {
  return s.replace(/^[ \t\n\f\r]+|[ \t\n\f\r]+$/g, '');
}

class ReadableBuilder {
  text = '';
  blocks: HtmlBlock[] = [];
  runs: OffsetRun[] = [];
  private blockStart = -1;
  private kind: HtmlBlockKind = 'prose';
  private pendingSpace = false;
  private cursor: number;
  /** Characters of the stream that may still be searched (keeps the mapping linear on any page). */
  private budget: number;

  constructor(private stream: TextStream) {
    this.cursor = stream.bodyAt;
    this.budget = 4 * stream.s.length + 1_000_000;
  }

  /** Ends the current block (a paragraph of the readable text). */
  flush(): void {
    if (this.blockStart >= 0 && this.text.length > this.blockStart) {
      this.blocks.push({ kind: this.kind, start: this.blockStart, end: this.text.length });
    }
    this.blockStart = -1;
    this.pendingSpace = false;
  }

  /** Starts a block of the given kind on a paragraph of its own. */
  open(kind: HtmlBlockKind): void {
    this.flush();
    this.kind = kind;
  }

  /** Appends one text node's text. `searchFrom` overrides where it is looked for in the page. */
  append(data: string, searchFrom?: number): void {
    const folded = foldSpaces(data);
    const core = trimHtmlSpace(folded);
    if (core === '') {
      if (folded !== '' && this.blockStart >= 0) this.pendingSpace = true;
      return;
    }
    if (this.blockStart < 0) {
      if (this.text.length > 0) this.text += '\n\n';
      this.blockStart = this.text.length;
    } else if (this.pendingSpace || folded.charCodeAt(0) === 32) this.text += ' ';
    this.pendingSpace = folded.charCodeAt(folded.length - 1) === 32;
    const at = this.locate(core, searchFrom);
    const start = this.text.length;
    this.text += core;
    if (at >= 0) {
      this.mapRange(start, at, core.length);
      if (searchFrom === undefined) this.cursor = at + core.length;
    }
  }

  /** Where `core` is in the page's text stream, looking forward from the cursor; -1 when not found. */
  private locate(core: string, searchFrom?: number): number {
    const s = this.stream.s;
    let from = searchFrom ?? this.cursor;
    if (s.startsWith(core, from)) return from;
    if (s.charCodeAt(from) === 32 && s.startsWith(core, from + 1)) return from + 1;
    if (this.budget <= 0) return -1;
    const window = 1 << 16;
    const limit = Math.min(s.length, from + window + core.length);
    const hay = s.slice(from, limit);
    this.budget -= hay.length;
    const k = hay.indexOf(core);
    if (k >= 0) return from + k;
    if (searchFrom !== undefined && searchFrom > 0) {
      from = 0;
      const all = s.slice(0, Math.min(s.length, window));
      this.budget -= all.length;
      const j = all.indexOf(core);
      if (j >= 0) return j;
    }
    return -1;
  }

  private mapRange(start: number, at: number, length: number): void {
    const { from, to } = this.stream;
    let last = this.runs[this.runs.length - 1];
    for (let j = 0; j < length; j++) {
      const f = from[at + j];
      const t = to[at + j];
      const pos = start + j;
      const exact = t - f === 1;
      if (
        last &&
        exact &&
        last.end === pos &&
        last.fileEnd === f &&
        last.end - last.start === last.fileEnd - last.fileStart
      ) {
        last.end++;
        last.fileEnd++;
      } else {
        last = { start: pos, end: pos + 1, fileStart: f, fileEnd: t };
        this.runs.push(last);
      }
    }
  }
}

function classNameOf(el: Element): string {
  const c = el.getAttribute?.('class');
  return typeof c === 'string' ? c : '';
}

/** Walks an element's subtree in document order, writing blocks and text; `kind` is the kind of text directly inside `root`. */
function walk(root: Node, b: ReadableBuilder, kind: HtmlBlockKind): void {
  for (let node = root.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) {
      b.append((node as Text).data);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const name = el.localName?.toLowerCase() ?? '';
    if (SKIP.has(name)) continue;
    if (name === 'br' || name === 'hr') {
      b.open(kind);
      continue;
    }
    const caption = name === 'figcaption' || name === 'caption' || CAPTION_CLASS.test(classNameOf(el));
    if (!BLOCK.has(name) && !caption) {
      walk(el, b, kind);
      continue;
    }
    const inner: HtmlBlockKind = caption || kind === 'caption' ? 'caption' : HEADINGS.has(name) ? 'heading' : 'prose';
    b.open(inner);
    walk(el, b, inner);
    b.open(kind);
  }
}

// ---------------------------------------------------------------------------
// 3. Metadata.

interface MetaDoc {
  querySelectorAll(selector: string): ArrayLike<Element>;
  querySelector(selector: string): Element | null;
}

function metaContent(doc: MetaDoc, keys: string[]): { key: string; value: string } | undefined {
  const wanted = new Map(keys.map((k, i) => [k.toLowerCase(), i]));
  let best: { key: string; value: string; rank: number } | undefined;
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i];
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const rank = wanted.get(key);
    const value = m.getAttribute('content')?.trim();
    if (rank === undefined || !value) continue;
    if (!best || rank < best.rank) best = { key, value, rank };
  }
  return best ? { key: best.key, value: best.value } : undefined;
}

/** `datePublished` and the publisher's name from the page's JSON-LD blocks (articles first). */
function jsonLd(doc: MetaDoc): { datePublished?: string; publisher?: string } {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  const found: Array<{ date?: string; publisher?: string; article: boolean }> = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 6 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v.slice(0, 100)) visit(x, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    const type = ([] as unknown[]).concat(o['@type'] ?? []).join(' ');
    const pub = o.publisher as Record<string, unknown> | undefined;
    const publisher = pub && typeof pub === 'object' && typeof pub.name === 'string' ? pub.name : undefined;
    const date = typeof o.datePublished === 'string' ? o.datePublished : undefined;
    if (date || publisher) found.push({ date, publisher, article: /article|posting|report/i.test(type) });
    for (const k of ['@graph', 'mainEntity', 'mainEntityOfPage', 'hasPart']) if (k in o) visit(o[k], depth + 1);
  };
  for (let i = 0; i < scripts.length; i++) {
    try {
      visit(JSON.parse(scripts[i].textContent ?? ''), 0);
    } catch {
      // Broken JSON-LD is common; the other sources of metadata still apply.
    }
  }
  const ordered = [...found.filter((f) => f.article), ...found.filter((f) => !f.article)];
  return { datePublished: ordered.find((f) => f.date)?.date, publisher: ordered.find((f) => f.publisher)?.publisher };
}

function toPublished(value: string, evidence: string): Published | undefined {
  const iso = parseIsoDateTime(value);
  const p = iso ?? parseDateLine(value);
  if (!p || p.year === undefined) return undefined;
  const out: Published = { date: isoDate(p.year, p.month, p.day), inferred: false, origin: 'html-meta', evidence };
  if (p.time !== undefined) out.time = p.time;
  if (p.tzOffsetMinutes !== undefined) out.tzOffsetMinutes = p.tzOffsetMinutes;
  return out;
}

const PUBLISHED_META = ['article:published_time', 'og:published_time', 'datepublished', 'publishdate', 'pubdate', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'date'];

function publishedOf(doc: MetaDoc): Published | undefined {
  const meta = metaContent(doc, PUBLISHED_META);
  if (meta) {
    const p = toPublished(meta.value, `<meta ${meta.key}="${meta.value}">`);
    if (p) return p;
  }
  const ld = jsonLd(doc).datePublished;
  if (ld) {
    const p = toPublished(ld, `JSON-LD datePublished "${ld}"`);
    if (p) return p;
  }
  const times = doc.querySelectorAll('time[datetime]');
  let first: Published | undefined;
  for (let i = 0; i < times.length; i++) {
    const t = times[i];
    const v = t.getAttribute('datetime')?.trim() ?? '';
    const p = toPublished(v, `<time datetime="${v}">`);
    if (!p) continue;
    if (t.hasAttribute('pubdate') || /datepublished/i.test(t.getAttribute('itemprop') ?? '')) return p;
    first ??= p;
  }
  return first;
}

function absoluteUrl(href: string, base: string | undefined): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || !base) return href;
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

function urlOf(doc: MetaDoc): string | undefined {
  const og = metaContent(doc, ['og:url'])?.value;
  const links = doc.querySelectorAll('link[rel][href]');
  for (let i = 0; i < links.length; i++) {
    const rel = (links[i].getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = links[i].getAttribute('href')?.trim();
    if (rel.includes('canonical') && href) return absoluteUrl(href, og);
  }
  return og;
}

function clean(s: string | null | undefined): string | undefined {
  if (s == null) return undefined;
  const t = trimHtmlSpace(foldSpaces(s));
  return t === '' ? undefined : t;
}

// ---------------------------------------------------------------------------
// 4. Putting it together.

/** Same words ignoring case, spacing and punctuation. */
function sameText(a: string, b: string): boolean {
  const k = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return k(a) === k(b);
}

/**
 * The page as a DOM. linkedom builds no <html> or <body> for a fragment
 * (a page saved without them, or garbage): wrap it then, so there is always
 * a document element and a body. Offsets never come from this DOM, so the
 * wrapping moves nothing.
 */
function parseDocument(html: string): Document {
  const wrapped = () => parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document;
  let document = /<body[\s>]/i.test(html) ? parseHTML(html).document : wrapped();
  if (!document.documentElement || !document.body) document = wrapped();
  return document as unknown as Document;
}

/**
 * Read a saved web page: metadata from <head> (og:site_name, article:
 * published_time, JSON-LD datePublished, <time datetime>, link
 * rel=canonical / og:url), the article with Readability, and the readable
 * text with its map back to the file. Never throws on any input.
 */
export function readHtml(html: string): HtmlArticle {
  const stream = scanText(html);
  try {
    return readWithDom(html, stream);
  } catch {
    // The DOM library gave up on this page: its visible text, as one block.
    const b = new ReadableBuilder(stream);
    b.open('prose');
    b.append(stream.s);
    b.flush();
    return { text: b.text, blocks: b.blocks, map: { runs: b.runs }, meta: {}, readable: false };
  }
}

function readWithDom(html: string, stream: TextStream): HtmlArticle {
  const document = parseDocument(html);
  const doc = document as unknown as MetaDoc & Document;

  const meta: HtmlMeta = {};
  // Read before Readability runs: it removes <script> elements (JSON-LD).
  const outlet = clean(metaContent(doc, ['og:site_name', 'application-name'])?.value) ?? clean(jsonLd(doc).publisher);
  const url = clean(urlOf(doc));
  const published = publishedOf(doc);
  const lang = clean(doc.documentElement?.getAttribute?.('lang'));
  const titleElement = clean(doc.querySelector('title')?.textContent);
  const ogTitle = clean(metaContent(doc, ['og:title', 'twitter:title'])?.value);

  let article: ReturnType<Readability<Node>['parse']> = null;
  try {
    article = new Readability<Node>(document as unknown as Document, { serializer: (el) => el, keepClasses: true }).parse();
  } catch {
    article = null;
  }
  const title = clean(article?.title) ?? ogTitle ?? titleElement;
  if (title) meta.title = title;
  const byline = clean(article?.byline);
  if (byline) meta.byline = byline;
  const siteName = outlet ?? clean(article?.siteName);
  if (siteName) meta.outlet = siteName;
  if (url) meta.url = url;
  if (published) meta.published = published;
  if (lang) meta.lang = lang;

  const content = article?.content ?? null;
  const readable = content !== null && clean(content.textContent) !== undefined;
  const b = new ReadableBuilder(stream);
  // Readability takes the document apart as it works: the fallback reads a fresh copy.
  const body = readable ? content! : (parseDocument(html).body as Node | null);

  if (title) {
    b.open('title');
    b.append(title, stream.bodyAt);
    b.flush();
  }
  if (byline && !(title && sameText(byline, title))) {
    b.open('byline');
    b.append(byline, stream.bodyAt);
    b.flush();
  }
  const before = b.blocks.length;
  if (body) {
    b.open('prose');
    walk(body, b, 'prose');
    b.flush();
  }
  // Readability keeps the headline in the content on some pages: one title line.
  const firstBody = b.blocks[before];
  if (title && firstBody && b.blocks[0].kind === 'title' && sameText(b.text.slice(firstBody.start, firstBody.end), title)) {
    firstBody.kind = 'heading';
  }
  return { text: b.text, blocks: b.blocks, map: { runs: b.runs }, meta, readable };
}

/**
 * Text a reader sees in an HTML fragment: tags, comments and script/style
 * content dropped, entities decoded, whitespace runs folded to one space,
 * trimmed. Used to check that a mapped file range holds the claim.
 */
export function visibleText(fragment: string): string {
  return trimHtmlSpace(scanText(fragment).s);
}
