/**
 * A failed catalogue write in words an editor can act on: what could not be
 * written, where, and what to do — never a bare "EACCES … .lock".
 */
import { dirname } from 'node:path';
import { oneLine } from '../text/sanitize.js';

const NOT_WRITABLE = new Set(['EACCES', 'EPERM', 'EROFS']);

export function writeErrorMessage(err: unknown, file: string): string {
  const e = err as NodeJS.ErrnoException | undefined;
  const code = e && typeof e === 'object' ? e.code : undefined;
  const dir = dirname(file);
  if (code && NOT_WRITABLE.has(code)) {
    const why = code === 'EROFS' ? 'is on a read-only disk' : 'cannot be written (permission denied)';
    return `Not saved: the catalogue ${file} ${why}. Verdicts and notes need write access to it and to its folder ${dir}: make them writable (chmod u+w), or quit and review a writable copy with --claims DIR.`;
  }
  if (code === 'ENOSPC') return `Not saved: the disk holding ${file} is full. Free some space and press the key again.`;
  const text = err instanceof Error ? err.message : String(err);
  return `Not saved: ${oneLine(text)}`;
}
