import { useInput, useStdin, type Key } from 'ink';
import type { EditorVerdict } from '../../model/catalogue.js';
import { sanitizeForTerminal } from '../../text/sanitize.js';
import type { InputMode, Screen } from '../state/types.js';

/** What a key press means, before it touches state or the catalogue. */
export type Intent =
  | { kind: 'move'; delta: number }
  | { kind: 'page'; delta: 1 | -1 }
  | { kind: 'home' }
  | { kind: 'end' }
  | { kind: 'open' }
  | { kind: 'back' }
  | { kind: 'overview' }
  | { kind: 'start-filter' }
  | { kind: 'cycle-filter' }
  | { kind: 'verdict'; verdict: EditorVerdict | null }
  | { kind: 'start-note' }
  | { kind: 'help' }
  | { kind: 'quit' }
  // while typing in the footer
  | { kind: 'type'; text: string }
  | { kind: 'erase' }
  | { kind: 'erase-all' }
  | { kind: 'submit' }
  | { kind: 'cancel' };

export interface KeyContext {
  screen: Screen;
  input: InputMode['kind'];
  showHelp: boolean;
}

const VERDICT_KEYS: Record<string, EditorVerdict | null> = {
  '1': 'confirmed-conflict',
  '2': 'not-a-conflict',
  '3': 'needs-follow-up',
  '0': null,
};

/** Map one key press to an intent (pure, so it is tested without a terminal). */
export function mapKey(input: string, key: Key, ctx: KeyContext): Intent | undefined {
  if (ctx.input !== 'none') {
    if (key.return) return { kind: 'submit' };
    if (key.escape) return { kind: 'cancel' };
    if (key.backspace || key.delete) return { kind: 'erase' };
    if (key.ctrl && input === 'u') return { kind: 'erase-all' };
    if (((key.ctrl || key.meta) && !key.escape) || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.tab) return undefined;
    if (key.pageUp || key.pageDown || key.home || key.end) return undefined;
    const text = sanitizeForTerminal(input).replace(/[\n\t]/g, ' ');
    return text ? { kind: 'type', text } : undefined;
  }
  if (ctx.showHelp) {
    if (input === '?' || key.escape || key.return) return { kind: 'help' };
    if (input === 'q') return { kind: 'quit' };
    return undefined;
  }
  // ink reports a lone Esc with meta set; only real Ctrl/Alt chords are ignored.
  if ((key.ctrl || key.meta) && !key.escape) return undefined;
  if (input === 'q') return { kind: 'quit' };
  if (input === '?') return { kind: 'help' };
  if (key.upArrow || input === 'k') return { kind: 'move', delta: -1 };
  if (key.downArrow || input === 'j') return { kind: 'move', delta: 1 };
  if (key.pageDown || input === ' ') return { kind: 'page', delta: 1 };
  if (key.pageUp) return { kind: 'page', delta: -1 };
  if (key.home || input === 'g') return { kind: 'home' };
  if (key.end || input === 'G') return { kind: 'end' };
  if (key.return || key.rightArrow) return ctx.screen === 'list' ? { kind: 'open' } : ctx.screen === 'overview' ? { kind: 'back' } : undefined;
  if (key.escape || key.leftArrow) return { kind: 'back' };
  if (input === 'o' || key.tab) return { kind: 'overview' };
  if (ctx.screen === 'overview') return undefined;
  if (input === '/') return { kind: 'start-filter' };
  if (input === 'f') return { kind: 'cycle-filter' };
  if (input in VERDICT_KEYS) return { kind: 'verdict', verdict: VERDICT_KEYS[input] };
  if (input === 'n') return { kind: 'start-note' };
  return undefined;
}

/** One key press as ink reports it. */
export interface KeyEvent {
  input: string;
  key: Key;
}

const NAMED_KEYS: readonly (keyof Key)[] = [
  'upArrow', 'downArrow', 'leftArrow', 'rightArrow', 'pageUp', 'pageDown', 'home', 'end',
  'return', 'escape', 'tab', 'backspace', 'delete', 'ctrl', 'meta',
];

/**
 * The key presses in one chunk of input. A terminal may deliver several at
 * once — a held-down `j`, keys typed while the app was busy, `tmux send-keys
 * j j Enter`, a pasted line ending in a newline — and ink then reports the
 * whole chunk as one "input". Control characters in it become their keys;
 * printable text is one key per character, except while a text field is open
 * (`typing()`), where the rest of the run is typed at once. Lazy, so `typing`
 * sees the effect of the keys before it.
 */
export function* keyEvents(input: string, key: Key, typing: () => boolean): Generator<KeyEvent> {
  if (NAMED_KEYS.some((k) => key[k] === true) || [...input].length <= 1) {
    yield { input, key };
    return;
  }
  const plain: Key = { ...key, shift: false };
  for (const m of input.matchAll(/[\r\n\t\x7f\b]|[^\r\n\t\x7f\b]+/g)) {
    const t = m[0];
    if (t === '\r' || t === '\n') yield { input: '', key: { ...plain, return: true } };
    else if (t === '\t') yield { input: '', key: { ...plain, tab: true } };
    else if (t === '\x7f') yield { input: '', key: { ...plain, delete: true } };
    else if (t === '\b') yield { input: '', key: { ...plain, backspace: true } };
    else {
      const chars = [...t];
      for (let i = 0; i < chars.length; i++) {
        if (typing()) {
          yield { input: chars.slice(i).join(''), key: plain };
          break;
        }
        yield { input: chars[i], key: { ...plain, shift: /[A-Z]/.test(chars[i]) } };
      }
    }
  }
}

/**
 * Listen to the keyboard (only when stdin can be put in raw mode — without a
 * TTY `useInput` would throw) and hand each intent to `onIntent`.
 *
 * `context` is read afresh for every key press (the app keeps its state in a
 * ref updated as actions are dispatched), so keys typed faster than frames —
 * `j j Enter` in one burst, `/abc` — act one after another on the right state.
 */
export function useKeys(context: () => KeyContext, onIntent: (intent: Intent) => void): void {
  const { isRawModeSupported } = useStdin();
  useInput(
    (input, key) => {
      for (const event of keyEvents(input, key, () => context().input !== 'none')) {
        const intent = mapKey(event.input, event.key, context());
        if (intent) onIntent(intent);
      }
    },
    { isActive: isRawModeSupported === true },
  );
}
