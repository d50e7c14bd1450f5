// A pool of worker threads for jobs that cross threads as JSON. It knows no
// stage: the caller names the worker module (which answers through
// `serve`), how to build each job's message and what to do with each answer.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** What a worker sends back: the job's result as JSON, or the error that stopped it. */
export interface WorkerAnswer {
  id: number;
  json?: string;
  error?: string;
}

/** Worker threads need the compiled worker (not under ts-jest, which runs .ts sources). */
export function workersAvailable(workerUrl: URL): boolean {
  return workerUrl.href.endsWith('.js') && existsSync(fileURLToPath(workerUrl));
}

/**
 * Runs the jobs `ids` in `n` worker threads started from `workerUrl`; calls
 * `finished` as each answers. Returns the ids that failed or were never run
 * (a worker died), for the caller to run another way.
 */
export async function runInWorkers<M>(
  workerUrl: URL,
  ids: number[],
  n: number,
  messageFor: (id: number) => M,
  finished: (id: number, json: string) => void,
): Promise<number[]> {
  const { Worker } = await import('node:worker_threads');
  const failed: number[] = [];
  let next = 0;
  const runWorker = () =>
    new Promise<void>((resolve) => {
      const w = new Worker(workerUrl);
      let current: number | undefined;
      const feed = () => {
        if (next >= ids.length) {
          current = undefined;
          void w.terminate().then(() => resolve());
          return;
        }
        current = ids[next++];
        w.postMessage({ id: current, job: messageFor(current) });
      };
      w.on('message', (m: WorkerAnswer) => {
        if (m.json !== undefined) finished(m.id, m.json);
        else failed.push(m.id);
        feed();
      });
      w.on('error', () => {
        // The worker died: its current job and the rest fall back to the caller.
        if (current !== undefined) failed.push(current);
        current = undefined;
        resolve();
      });
      feed();
    });
  await Promise.all(Array.from({ length: n }, runWorker));
  // Jobs never handed out (every worker died) are failures too.
  while (next < ids.length) failed.push(ids[next++]);
  return failed;
}
