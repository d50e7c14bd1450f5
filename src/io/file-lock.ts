// A lock file beside a file that several claimcheck processes may update
// (the catalogue: two editors reviewing at once). Read-modify-write happens
// under the lock, so neither's verdicts are lost. A lock left by a process
// that died is taken over; one held too long is an error with a clear
// message, never a silent overwrite.
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';

export class LockTimeoutError extends Error {}

const STALE_MS = 30_000;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

function sleep(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

function holderAlive(lock: string): boolean {
  try {
    const pid = Number(readFileSync(lock, 'utf8').trim());
    if (!Number.isInteger(pid) || pid <= 0) return Date.now() - statSync(lock).mtimeMs < STALE_MS;
    process.kill(pid, 0);
    return Date.now() - statSync(lock).mtimeMs < STALE_MS;
  } catch (e) {
    // ESRCH: no such process; ENOENT: the lock just went away. EPERM: alive, not ours.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Runs `fn` holding `${file}.lock`; waits up to `timeoutMs` for another holder. */
export function withFileLock<T>(file: string, fn: () => T, timeoutMs = 5000): T {
  const lock = `${file}.lock`;
  const deadline = Date.now() + timeoutMs;
  let fd: number | undefined;
  for (;;) {
    try {
      fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (!holderAlive(lock)) {
        rmSync(lock, { force: true });
        continue;
      }
      if (Date.now() > deadline) {
        throw new LockTimeoutError(
          `${file} is being written by another claimcheck process (lock ${lock}); try again, or delete the lock file if no other claimcheck is running`,
        );
      }
      sleep(10 + Math.floor(Math.random() * 20));
    }
  }
  try {
    return fn();
  } finally {
    closeSync(fd);
    rmSync(lock, { force: true });
  }
}
