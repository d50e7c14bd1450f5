// Formatters by name: each a pure (result, options) => string.
import type { RunResult } from '../types.js';
import { formatJson } from './json.js';
import type { FormatOptions } from './options.js';
import { formatText } from './text.js';

export type Formatter = (result: RunResult, options: FormatOptions) => string;

export const FORMATTERS: Record<string, Formatter> = {
  text: formatText,
  json: formatJson,
};

export type { FormatOptions };
