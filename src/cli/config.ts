// The publishing config: who publishes the ClaimReview export, and when.
//
//   # claimcheck.yaml (or any file given with --config FILE)
//   author:
//     name: Harbor Gazette Fact Desk
//     url: https://harborgazette.example/fact-check
//   datePublished: 2026-03-14
//
// `author: Some Name` (a plain string) is accepted too. With --config the
// file must exist; without it ./claimcheck.yaml is read when present.
// Command-line flags win: --author replaces the whole author (the url is
// kept only when the config's author has the same name), --date-published
// replaces the date. Problems are usage errors: one line, exit 2.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './args.js';
import { isPublishDate } from './publish-date.js';

export const DEFAULT_CONFIG_FILE = 'claimcheck.yaml';

export interface PublishConfig {
  author?: { name: string; url?: string };
  datePublished?: string;
}


function validate(doc: unknown, file: string): PublishConfig {
  if (doc === null || doc === undefined) return {};
  if (typeof doc !== 'object' || Array.isArray(doc)) throw new UsageError(`${file}: expected a mapping with author and datePublished`);
  const d = doc as Record<string, unknown>;
  const out: PublishConfig = {};
  const a = d.author;
  if (typeof a === 'string') {
    if (a.trim()) out.author = { name: a.trim() };
  } else if (a && typeof a === 'object' && !Array.isArray(a)) {
    const { name, url } = a as Record<string, unknown>;
    if (typeof name !== 'string' || !name.trim()) throw new UsageError(`${file}: author.name must be a non-empty string`);
    out.author = { name: name.trim() };
    if (url !== undefined && url !== null) {
      if (typeof url !== 'string' || !/^https?:\/\/\S+$/.test(url.trim())) {
        throw new UsageError(`${file}: author.url must be an http(s) address`);
      }
      out.author.url = url.trim();
    }
  } else if (a !== undefined && a !== null) {
    throw new UsageError(`${file}: author must be a name or {name, url}`);
  }
  const dp = d.datePublished;
  if (dp instanceof Date) out.datePublished = dp.toISOString().slice(0, 10);
  else if (typeof dp === 'string') {
    if (!isPublishDate(dp.trim())) throw new UsageError(`${file}: datePublished takes a date like 2026-03-14, not '${dp}'`);
    out.datePublished = dp.trim();
  } else if (dp !== undefined && dp !== null) {
    throw new UsageError(`${file}: datePublished takes a date like 2026-03-14`);
  }
  return out;
}

/** Read --config FILE, or ./claimcheck.yaml when present; {} when neither. */
export async function readPublishConfig(configFile: string | undefined, cwd = process.cwd()): Promise<PublishConfig> {
  const file = configFile ?? path.join(cwd, DEFAULT_CONFIG_FILE);
  const shown = configFile ?? DEFAULT_CONFIG_FILE;
  if (!existsSync(file)) {
    if (configFile) throw new UsageError(`--config: no such file '${configFile}'`);
    return {};
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`${shown}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const { parse } = await import('yaml');
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (e) {
    throw new UsageError(`${shown}: ${(e as Error).message.split('\n')[0]}`);
  }
  return validate(doc, shown);
}

export interface PublishOptions {
  author?: string;
  authorUrl?: string;
  datePublished?: string;
}

/** Flags over the config file; `today` when no date is given anywhere. */
export function mergePublish(
  flags: { author?: string; datePublished?: string },
  config: PublishConfig,
  today: string,
): PublishOptions {
  const flagAuthor = flags.author?.trim();
  const author = flagAuthor || config.author?.name;
  const authorUrl = !flagAuthor || flagAuthor === config.author?.name ? config.author?.url : undefined;
  return { author, authorUrl, datePublished: flags.datePublished ?? config.datePublished ?? today };
}
