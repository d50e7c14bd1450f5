// Every file claimcheck writes goes to a temporary file in the same folder,
// is flushed to disk, and is renamed over the target: a crash, a kill or
// Ctrl-C mid-write leaves the previous file whole (rename is atomic on one
// file system), and readers never see half a file.
//
// Temporary files are named `.<name>.claimcheck-<pid>-<random>.tmp`. A
// process killed mid-write cannot remove its own; the next write to the
// same folder removes those whose process is gone (or that are over an
// hour old), so none pile up.
//
// A target that is a symbolic link stays a link: the file it points to is
// replaced. An existing file keeps its permission bits.
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';

const TEMP = /^\.(.+)\.claimcheck-(\d+)-[0-9a-f]+\.tmp$/;
const STALE_MS = 60 * 60 * 1000;

/** The temporary file a write to `file` uses (exported for tests). */
export function tempPathFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.claimcheck-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
}

/** True when `name` is one of this module's temporary files. */
export function isTempFile(name: string): boolean {
  return TEMP.test(name);
}

function processGone(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Folders already swept by this process: one readdir per folder, however many writes. */
const swept = new Set<string>();

/** Remove temporary files left in `dir` by killed processes. Never throws. */
export function removeStaleTemps(dir: string, force = false): string[] {
  if (!force && swept.has(dir)) return [];
  swept.add(dir);
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  const now = Date.now();
  for (const name of names) {
    const m = TEMP.exec(name);
    if (!m) continue;
    const file = path.join(dir, name);
    try {
      if (processGone(Number(m[2])) || now - statSync(file).mtimeMs > STALE_MS) {
        rmSync(file, { force: true });
        removed.push(file);
      }
    } catch {
      // Gone already, or not ours to remove.
    }
  }
  return removed;
}

/** Where the bytes go: through an existing symbolic link to its target. */
function resolveTarget(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

function isSpecialFile(file: string): boolean {
  try {
    const st = statSync(file);
    return !st.isFile() && !st.isDirectory();
  } catch {
    return false;
  }
}

function existingMode(file: string): number | undefined {
  try {
    return statSync(file).mode & 0o7777;
  } catch {
    return undefined;
  }
}

type Rename = (from: string, to: string) => void;
let rename: Rename = renameSync;

/** Replace the rename step (tests simulate a failure or a crash between write and rename). Returns the previous one. */
export function setRenameForTesting(f: Rename): Rename {
  const previous = rename;
  rename = f;
  return previous;
}

function writeAll(fd: number, data: string | Uint8Array): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let off = 0;
  while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
}

/** Make the rename itself durable (not available on every platform: best effort). */
function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Windows and some file systems cannot fsync a folder.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Write `data` to `file` atomically. On any error the target is unchanged,
 * the temporary file is removed and the error is thrown.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const target = resolveTarget(file);
  // A device, a FIFO or a socket (`--output /dev/null`, `>(cmd)`) is written
  // to as it is: renaming over it would replace the device with a file.
  if (isSpecialFile(target)) {
    writeFileSync(target, data);
    return;
  }
  const dir = path.dirname(target);
  mkdirSync(dir, { recursive: true });
  removeStaleTemps(dir);
  const tmp = tempPathFor(target);
  const mode = existingMode(target);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', mode ?? 0o666);
    if (mode !== undefined) fchmodSync(fd, mode);
    writeAll(fd, data);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    rename(tmp, target);
  } catch (e) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // Already closed.
      }
    }
    rmSync(tmp, { force: true });
    throw e;
  }
  syncDir(dir);
}
