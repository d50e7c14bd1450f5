// The worker side of the pool: answers each job `{ id, job }` with
// `{ id, json }` (the result as JSON, which crosses threads several times
// faster than a structured clone of the objects) or `{ id, error }`.
import { parentPort } from 'node:worker_threads';
import type { WorkerAnswer } from './pool.js';

export function serve<J>(handle: (job: J) => string): void {
  parentPort?.on('message', (m: { id: number; job: J }) => {
    let answer: WorkerAnswer;
    try {
      answer = { id: m.id, json: handle(m.job) };
    } catch (e) {
      answer = { id: m.id, error: (e as Error)?.stack ?? String(e) };
    }
    parentPort!.postMessage(answer);
  });
}
