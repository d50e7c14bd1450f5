// Where the bundled story lives: beside src/ or dist/, whichever runs.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BUNDLED_SOURCES = path.join(PACKAGE_ROOT, 'sources');
export const BUNDLED_CLAIMS = path.join(PACKAGE_ROOT, 'claims');
export const CATALOGUE_FILE = 'catalogue.yaml';

/**
 * A path as a user in the working directory would type it: relative when
 * the file is below the working directory, absolute otherwise (so it still
 * opens the file from there).
 */
export function displayPath(p: string, cwd = process.cwd()): string {
  const abs = path.resolve(cwd, p);
  const rel = path.relative(cwd, abs);
  if (rel === '') return '.';
  return rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel;
}
