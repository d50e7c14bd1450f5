// --output FILE: the format a file name implies, and the checks made before
// the engine runs so a typo costs nothing. The folder must exist (a mistyped
// folder is not silently created) and FILE must not be a folder.
import { statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './args.js';

/** File extensions and the report format each implies. */
export const FORMAT_BY_EXTENSION: Record<string, string> = {
  '.json': 'json',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.csv': 'csv',
  '.txt': 'text',
};

/** ClaimReview is JSON-LD: a .json or .jsonld file suits it. */
const CLAIMREVIEW_EXTENSIONS = new Set(['.json', '.jsonld']);

/**
 * The format to write: --format when given (an error when the file's
 * extension says another format), else the one the extension implies,
 * else text.
 */
export function formatFor(output: string | undefined, given: string | undefined): string {
  const ext = output ? path.extname(output).toLowerCase() : '';
  const implied = FORMAT_BY_EXTENSION[ext];
  if (given === undefined) return implied ?? 'text';
  if (given === 'claimreview' ? ext !== '' && !CLAIMREVIEW_EXTENSIONS.has(ext) && implied !== undefined : implied !== undefined && implied !== given) {
    throw new UsageError(`--format ${given} does not match --output '${output}' (a ${ext} file is ${implied}): change one, or leave --format out to follow the extension`);
  }
  return given;
}

/** Usage errors for an --output that cannot be written: a folder, or a file in a folder that does not exist. */
export function checkOutputPath(output: string): void {
  const stat = (p: string) => {
    try {
      return statSync(p);
    } catch {
      return undefined;
    }
  };
  if (stat(output)?.isDirectory()) {
    throw new UsageError(`--output: '${output}' is a folder; give a file name, such as ${path.join(output, 'report.html')}`);
  }
  const dir = path.dirname(output);
  const parent = stat(dir);
  if (!parent) throw new UsageError(`--output: the folder '${dir}' does not exist; create it first (mkdir -p ${dir})`);
  if (!parent.isDirectory()) throw new UsageError(`--output: '${dir}' is not a folder`);
}
