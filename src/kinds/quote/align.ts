// Alignment of quotations: who spoke, on what occasion, and the words.
import type { AlignHook } from '../../align/hook.js';

export const quoteAlign: AlignHook = { family: 'quote', keys: 'quote' };
