// One line of progress for a long run: stage, sources read, claims found,
// elapsed time and, while claims are extracted, an estimate of the time
// left. A pure function of the state and the clock, so it is tested
// without a terminal.

export type Stage = 'read' | 'extract' | 'align' | 'compare' | 'catalogue' | 'done';

/** What the pipeline reports as it goes (every field optional but the stage). */
export interface ProgressEvent {
  stage: Stage;
  /** Sources in the story (known after reading). */
  sources?: number;
  /** Sources whose claims are known (cached or extracted). */
  done?: number;
  /** Claims found so far. */
  claims?: number;
  /** Sources taken from the cache. */
  cached?: number;
  /** Characters of text in the story (sent once, when extraction starts). */
  chars?: number;
}

export interface ProgressState {
  stage: Stage;
  sources?: number;
  done: number;
  claims: number;
  cached: number;
  /** Clock (ms) when the run started. */
  startedAt: number;
  /** Clock when the current stage started, and `done` then (cache hits arrive at once). */
  stageStartedAt: number;
  doneAtStageStart: number;
}

export function initialState(now: number): ProgressState {
  return { stage: 'read', done: 0, claims: 0, cached: 0, startedAt: now, stageStartedAt: now, doneAtStageStart: 0 };
}

/** The state after an event at time `now`. */
export function reduceProgress(s: ProgressState, e: ProgressEvent, now: number): ProgressState {
  const next: ProgressState = {
    ...s,
    stage: e.stage,
    sources: e.sources ?? s.sources,
    done: e.done ?? s.done,
    claims: e.claims ?? s.claims,
    cached: e.cached ?? s.cached,
  };
  if (e.stage !== s.stage) {
    next.stageStartedAt = now;
    next.doneAtStageStart = next.done;
  } else if (e.stage === 'extract' && s.done === s.doneAtStageStart && next.cached > s.cached && next.done === next.cached) {
    // Cache hits arrive in one burst before any extraction: the rate is measured from after them.
    next.stageStartedAt = now;
    next.doneAtStageStart = next.done;
  }
  return next;
}

const n = (x: number) => x.toLocaleString('en-US');

/** "0.4 s", "12 s", "3 min 05 s". */
export function formatDuration(ms: number): string {
  const s = Math.max(0, ms) / 1000;
  if (s < 10) return `${s.toFixed(1)} s`;
  if (s < 60) return `${Math.round(s)} s`;
  const m = Math.floor(s / 60);
  return `${m} min ${String(Math.round(s - m * 60)).padStart(2, '0')} s`;
}

/** Estimated milliseconds left in the extract stage, or undefined while there is too little to go on. */
export function etaMs(s: ProgressState, now: number): number | undefined {
  if (s.stage !== 'extract' || s.sources === undefined) return undefined;
  const doneHere = s.done - s.doneAtStageStart;
  const elapsed = now - s.stageStartedAt;
  if (doneHere < 3 || elapsed < 300) return undefined;
  return ((s.sources - s.done) * elapsed) / doneHere;
}

const STAGE_WORDS: Record<Stage, string> = {
  read: 'reading sources',
  extract: 'extracting',
  align: 'aligning',
  compare: 'comparing',
  catalogue: 'applying the catalogue',
  done: 'done',
};

/**
 * The progress line, at most `width - 1` characters (no cursor control; the
 * reporter adds it). When the terminal is narrow, the least useful parts go
 * first: cached count, then elapsed time, then claims.
 */
export function renderProgress(s: ProgressState, now: number, width = 80): string {
  // [text, priority]: lower priority is dropped first.
  const parts: [string, number][] = [[`claimcheck: ${STAGE_WORDS[s.stage]}`, 9]];
  if (s.sources !== undefined) {
    parts.push([s.stage === 'extract' ? `${n(s.done)}/${n(s.sources)} sources` : `${n(s.sources)} sources`, 8]);
  }
  if (s.stage !== 'read') parts.push([`${n(s.claims)} claims`, 3]);
  if (s.cached > 0) parts.push([`${n(s.cached)} cached`, 1]);
  parts.push([formatDuration(now - s.startedAt), 2]);
  const eta = etaMs(s, now);
  if (eta !== undefined) parts.push([`ETA ${formatDuration(eta)}`, 7]);
  const max = Math.max(10, width - 1);
  const join = () => parts.map(([t]) => t).join(' · ');
  let line = join();
  for (const drop of [1, 2, 3]) {
    if (line.length <= max) break;
    const k = parts.findIndex(([, p]) => p === drop);
    if (k >= 0) parts.splice(k, 1);
    line = join();
  }
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}
