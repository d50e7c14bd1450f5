/**
 * Parsed catalogue documents by file, shared by read.ts and write.ts so a
 * run of verdicts on a large catalogue parses it once. An entry is used only
 * while the file still holds exactly the text it was parsed from (or written
 * as): any edit on disk forces a fresh parse.
 */
import { resolve } from 'node:path';
import type { Document } from 'yaml';

const cache = new Map<string, { text: string; doc: Document }>();

export function rememberDocument(file: string, text: string, doc: Document): void {
  cache.set(resolve(file), { text, doc });
}

export function cachedDocument(file: string, text: string): Document | undefined {
  const hit = cache.get(resolve(file));
  return hit && hit.text === text ? hit.doc : undefined;
}

export function forgetDocument(file: string): void {
  cache.delete(resolve(file));
}
