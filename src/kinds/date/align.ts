// Alignment of dates: the words about the time, never the days themselves.
import type { AlignHook } from '../../align/hook.js';

export const dateAlign: AlignHook = { family: 'date', keys: 'value' };
