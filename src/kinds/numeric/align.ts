// Alignment of numeric kinds: the words about the number, never the number
// itself (the pair model's 'number' family).
import type { AlignHook } from '../../align/hook.js';

export const numericAlign: AlignHook = { family: 'number', keys: 'value' };
