/**
 * `claimcheck review` on a terminal: the frame at once, then what is being
 * done (reading, extracting with counts, aligning…) while the engine runs,
 * then the review. Nothing heavy is imported before the first frame: a
 * line is written straight to the terminal, then ink draws the progress
 * while the engine's modules load and run.
 */
import type { RunResult } from '../model/run.js';
import type { ProgressEvent } from '../progress/render.js';

export interface LaunchOptions {
  /** Runs the engine, reporting its progress. */
  load: (onProgress: (e: ProgressEvent) => void) => Promise<RunResult>;
  cataloguePath?: string;
  color?: boolean;
  stdin?: NodeJS.ReadStream;
  stdout?: NodeJS.WriteStream;
  stderr?: NodeJS.WriteStream;
  /** Called with the clock (performance.now) at the first progress frame and when the facts are drawn (the bench). */
  onMilestone?: (name: 'progress-frame' | 'facts', at: number) => void;
}

const ALT_ON = '\x1b[?1049h\x1b[H';
const ALT_OFF = '\x1b[?1049l';
const CLEAR = '\x1b[H\x1b[2J';

/** Resolves with the review's exit code and the run (for the diagnostics the caller prints after). */
export async function launchReview(o: LaunchOptions): Promise<{ code: number; result?: RunResult }> {
  const stdout = o.stdout ?? process.stdout;
  const stdin = o.stdin ?? process.stdin;
  stdout.write(`${ALT_ON}claimcheck review · starting…`);
  // Raw mode is off until the review listens for keys, so Ctrl+C is a signal: leave the screen as it was.
  const onSigint = () => {
    stdout.write(ALT_OFF);
    process.exit(130);
  };
  process.once('SIGINT', onSigint);
  let result: RunResult;
  try {
    // One after another: the loads share modules (and jest's module linker cannot take them at once).
    const { render } = await import('ink');
    const React = await import('react');
    const { Loading } = await import('./components/Loading.js');
    const progress = await import('../progress/render.js');
    const { ThemeContext, colorFromEnv } = await import('./theme.js');
    const color = o.color ?? colorFromEnv();
    const size = () => ({ width: Math.max(40, stdout.columns || 80), height: Math.max(8, (stdout.rows || 24) - 1) });
    let state = progress.initialState(performance.now());
    const frame = () =>
      React.createElement(
        ThemeContext.Provider,
        { value: { color } },
        React.createElement(Loading, { progress: state, now: performance.now(), ...size() }),
      );
    stdout.write(CLEAR);
    // A frame per event at most every few ms: the engine blocks the event loop between
    // events, so ink's usual 30-a-second throttle would hold a stage's frame until it ends.
    const instance = render(frame(), { stdin, stdout, stderr: o.stderr ?? process.stderr, exitOnCtrlC: false, patchConsole: false, maxFps: 250 });
    o.onMilestone?.('progress-frame', performance.now());
    // The clock moves while the event loop is free (reading files, loading modules).
    const timer = setInterval(() => instance.rerender(frame()), 250);
    try {
      result = await o.load((e) => {
        state = progress.reduceProgress(state, e, performance.now());
        instance.rerender(frame());
      });
    } finally {
      clearInterval(timer);
      instance.unmount();
      await instance.waitUntilExit();
    }
  } catch (err) {
    process.off('SIGINT', onSigint);
    stdout.write(ALT_OFF);
    throw err;
  }
  process.off('SIGINT', onSigint);
  stdout.write(CLEAR);
  const { runReview } = await import('./app.js');
  try {
    const code = await runReview(result, {
      cataloguePath: o.cataloguePath,
      color: o.color,
      stdin,
      stdout,
      stderr: o.stderr,
      alternateScreen: false,
      onFirstFrame: o.onMilestone ? () => o.onMilestone?.('facts', performance.now()) : undefined,
    });
    return { code, result };
  } finally {
    stdout.write(ALT_OFF);
  }
}
