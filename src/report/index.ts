// Formatters by name: each a pure (result, options) => string. The CLI's
// --format choices and its help come from this registry; the modules are
// small and import nothing heavy, so loading them all at startup is cheap.
import type { RunResult } from '../model/run.js';
import { formatClaimReview } from './claimreview.js';
import { formatCsv } from './csv.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import type { FormatOptions } from './options.js';
import { formatText } from './text.js';

export type Formatter = (result: RunResult, options: FormatOptions) => string;

export const FORMATTERS: Record<string, Formatter> = {
  text: formatText,
  json: formatJson,
  markdown: formatMarkdown,
  html: formatHtml,
  csv: formatCsv,
  claimreview: formatClaimReview,
};

export type { FormatOptions };
