// Progress on stderr: one line, shown from the first event (a run that
// reads its claims from the cache still has seconds of reading and
// aligning ahead), redrawn in place at most every 100 ms, erased when the
// run ends. A timer redraws it while the event loop is free (reading
// files, waiting for workers), so the clock moves without events; stages
// that hold the thread (align, provenance) send an event per claim or
// source, and an event redraws when the last draw is 100 ms old. Only
// when stderr is a terminal and the output is not JSON (see progressFor).
import { initialState, reduceProgress, renderProgress, type ProgressEvent, type ProgressState } from './render.js';

export interface ProgressStream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ReporterOptions {
  /** Nothing is drawn before the run is this old (ms). Default 0: the first event is drawn at once. */
  delayMs?: number;
  /** Minimum time between redraws (ms). Default 100. */
  intervalMs?: number;
  /** Clock in ms; default performance.now. */
  now?: () => number;
  /** Redraw on a timer too, so the clock moves while the event loop is free. Default true. */
  timer?: boolean;
}

export class ProgressReporter {
  private state: ProgressState;
  private lastDraw = -Infinity;
  private drawn = false;
  private stageDrawn?: string;
  private closed = false;
  private readonly delayMs: number;
  private readonly intervalMs: number;
  private readonly now: () => number;
  private readonly timer?: ReturnType<typeof setInterval>;

  constructor(private readonly stream: ProgressStream, o: ReporterOptions = {}) {
    this.delayMs = o.delayMs ?? 0;
    this.intervalMs = o.intervalMs ?? 100;
    this.now = o.now ?? (() => performance.now());
    this.state = initialState(this.now());
    if (o.timer !== false) {
      this.timer = setInterval(() => this.maybeDraw(), Math.max(50, this.intervalMs));
      this.timer.unref?.();
    }
  }

  /** Feeds one pipeline event; draws when due. */
  readonly update = (e: ProgressEvent): void => {
    if (this.closed) return;
    this.state = reduceProgress(this.state, e, this.now());
    if (e.stage === 'done') this.close();
    else this.maybeDraw(e.stage !== this.stageDrawn);
  };

  private maybeDraw(stageChange = false): void {
    if (this.closed) return;
    const t = this.now();
    if (t - this.state.startedAt < this.delayMs) return;
    if (!stageChange && t - this.lastDraw < this.intervalMs) return;
    this.lastDraw = t;
    this.drawn = true;
    this.stageDrawn = this.state.stage;
    // A terminal that does not report its width (columns 0) is taken as 80 wide.
    const width = this.stream.columns && this.stream.columns > 0 ? this.stream.columns : 80;
    this.stream.write(`\r${renderProgress(this.state, t, width)}\x1b[K`);
  }

  /** Erases the line (if one was drawn) and stops the timer. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    if (this.drawn) this.stream.write('\r\x1b[K');
  }
}

/**
 * A progress callback for the CLI, or undefined when progress must not
 * show: stderr is not a terminal, the output is JSON (a program reads it),
 * --quiet, or CLAIMCHECK_PROGRESS=0.
 */
export function progressFor(
  o: { format?: string; quiet?: boolean },
  stream: ProgressStream = process.stderr,
  env: NodeJS.ProcessEnv = process.env,
): ProgressReporter | undefined {
  if (env.CLAIMCHECK_PROGRESS === '0') return undefined;
  if (!stream.isTTY || o.quiet) return undefined;
  if (o.format === 'json' || o.format === 'claimreview') return undefined;
  return new ProgressReporter(stream);
}
