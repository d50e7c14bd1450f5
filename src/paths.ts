// Where the bundled story lives: beside src/ or dist/, whichever runs.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BUNDLED_SOURCES = path.join(PACKAGE_ROOT, 'sources');
export const BUNDLED_CLAIMS = path.join(PACKAGE_ROOT, 'claims');
export const CATALOGUE_FILE = 'catalogue.yaml';

/** A path as a user in the working directory would type it. */
export function displayPath(p: string, cwd = process.cwd()): string {
  return path.relative(cwd, path.resolve(cwd, p)) || '.';
}
