// Alignment of places: what happened there, never the place itself.
import type { AlignHook } from '../../align/hook.js';

export const placeAlign: AlignHook = { family: 'place', keys: 'value' };
