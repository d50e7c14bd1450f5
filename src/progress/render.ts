// One line of progress for a long run: stage, how far the stage is in units
// it counts (sources extracted, claims aligned, sources traced), elapsed
// time and, once the stage has a basis for it, an estimate of the time the
// stage still needs. A pure function of the state and the clock, so it is
// tested without a terminal.

export type Stage = 'read' | 'extract' | 'align' | 'compare' | 'catalogue' | 'provenance' | 'done';

/** What the pipeline reports as it goes (every field optional but the stage). */
export interface ProgressEvent {
  stage: Stage;
  /** Sources in the story (known after reading). */
  sources?: number;
  /**
   * Units of the current stage (or of its current step) done, of `total`
   * `unit`. In the extract stage the unit is sources and the total defaults
   * to `sources`.
   */
  done?: number;
  total?: number;
  /** What `done` counts ("claims", "sources", "clusters"); default "sources". */
  unit?: string;
  /** A stage made of passes: this is pass `step` (1-based) of `steps`, each weighing the same. */
  step?: number;
  steps?: number;
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
  total?: number;
  unit: string;
  step: number;
  steps: number;
  claims: number;
  cached: number;
  /** Clock (ms) when the run started. */
  startedAt: number;
  /** Clock when the current stage started. */
  stageStartedAt: number;
  /**
   * The ETA's basis: the clock and the stage's fraction done when the stage's
   * own work began (after its cache hits, which arrive at once).
   */
  basisAt: number;
  basisFraction: number;
  /** Sources done when the current stage started (kept for callers of the old shape). */
  doneAtStageStart: number;
}

/** An ETA needs this much of the stage's own work (ms) ... */
export const ETA_MIN_MS = 1000;
/** ... and this share of the stage done since its basis: before that, a rate is noise. */
export const ETA_MIN_FRACTION = 0.02;

export function initialState(now: number): ProgressState {
  return {
    stage: 'read',
    done: 0,
    unit: 'sources',
    step: 1,
    steps: 1,
    claims: 0,
    cached: 0,
    startedAt: now,
    stageStartedAt: now,
    basisAt: now,
    basisFraction: 0,
    doneAtStageStart: 0,
  };
}

/** Share of the current stage done, 0..1, or undefined when the stage counts nothing. */
export function stageFraction(s: ProgressState): number | undefined {
  if (s.total === undefined || s.total <= 0) return undefined;
  const inStep = Math.min(1, Math.max(0, s.done / s.total));
  return (Math.min(s.step, s.steps) - 1 + inStep) / s.steps;
}

/** The state after an event at time `now`. */
export function reduceProgress(s: ProgressState, e: ProgressEvent, now: number): ProgressState {
  const newStage = e.stage !== s.stage;
  const sources = e.sources ?? s.sources;
  const next: ProgressState = {
    ...s,
    stage: e.stage,
    sources,
    done: e.done ?? (newStage ? 0 : s.done),
    unit: e.unit ?? (newStage ? 'sources' : s.unit),
    total: e.total ?? (newStage ? undefined : s.total),
    step: e.step ?? (newStage ? 1 : s.step),
    steps: e.steps ?? (newStage ? 1 : s.steps),
    claims: e.claims ?? s.claims,
    cached: e.cached ?? s.cached,
  };
  // Extraction counts sources; its total is the story's.
  if (next.stage === 'extract' && next.total === undefined) next.total = sources;
  if (newStage) {
    next.stageStartedAt = now;
    next.doneAtStageStart = s.done;
    next.basisAt = now;
    next.basisFraction = stageFraction(next) ?? 0;
  } else if (e.stage === 'extract' && next.cached > s.cached && next.done === next.cached) {
    // Cache hits arrive in a burst before any extraction: the rate is measured from after them.
    next.basisAt = now;
    next.basisFraction = stageFraction(next) ?? 0;
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

/**
 * Estimated milliseconds left in the current stage, from the stage's own
 * rate since its basis; undefined while there is no basis (a stage that
 * counts nothing, less than ETA_MIN_MS of its own work, or less than
 * ETA_MIN_FRACTION of it done).
 */
export function etaMs(s: ProgressState, now: number): number | undefined {
  if (s.stage === 'done') return undefined;
  const f = stageFraction(s);
  if (f === undefined) return undefined;
  const progressed = f - s.basisFraction;
  const elapsed = now - s.basisAt;
  if (elapsed < ETA_MIN_MS || progressed < ETA_MIN_FRACTION) return undefined;
  return (elapsed * (1 - f)) / progressed;
}

const STAGE_WORDS: Record<Stage, string> = {
  read: 'reading sources',
  extract: 'extracting',
  align: 'aligning',
  compare: 'comparing',
  catalogue: 'applying the catalogue',
  provenance: 'tracing sources',
  done: 'done',
};

/** The verb of the stage's estimate: "6.0 s more aligning" cannot be read as the whole run's. */
const STAGE_VERB: Record<Stage, string> = {
  read: 'reading',
  extract: 'extracting',
  align: 'aligning',
  compare: 'comparing',
  catalogue: 'applying the catalogue',
  provenance: 'tracing',
  done: '',
};

/**
 * The progress line, at most `width - 1` characters (no cursor control; the
 * reporter adds it). When the terminal is narrow, the least useful parts go
 * first: cached count, then claims, then sources, then the "claimcheck:"
 * prefix, then the estimate; the elapsed time stays (it is what shows that
 * the run moves).
 */
export function renderProgress(s: ProgressState, now: number, width = 80): string {
  // [text, priority]: lower priority is dropped first.
  const stage = STAGE_WORDS[s.stage] + (s.steps > 1 ? ` (step ${Math.min(s.step, s.steps)}/${s.steps})` : '');
  const parts: [string, number][] = [['claimcheck:', 4], [stage, 9]];
  const counting = s.total !== undefined && s.stage !== 'read' && s.stage !== 'done';
  if (counting) parts.push([`${n(s.done)}/${n(s.total!)} ${s.unit}`, 8]);
  if (s.sources !== undefined && !(counting && s.unit === 'sources')) parts.push([`${n(s.sources)} sources`, 3]);
  if (s.stage !== 'read' && !(counting && s.unit === 'claims')) parts.push([`${n(s.claims)} claims`, 2]);
  if (s.cached > 0) parts.push([`${n(s.cached)} cached`, 1]);
  parts.push([formatDuration(now - s.startedAt), 7]);
  const eta = etaMs(s, now);
  // The estimate is the stage's, and says so: later stages have no basis yet.
  if (eta !== undefined) parts.push([`${formatDuration(eta)} more ${STAGE_VERB[s.stage]}`, 5]);
  const max = Math.max(10, width - 1);
  // The prefix is followed by a space, the other parts by a dot.
  const join = () => parts.map(([t]) => t).join(' · ').replace(/^claimcheck: · /, 'claimcheck: ');
  let line = join();
  for (const drop of [1, 2, 3, 4, 5]) {
    if (line.length <= max) break;
    const k = parts.findIndex(([, p]) => p === drop);
    if (k >= 0) parts.splice(k, 1);
    line = join();
  }
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}
