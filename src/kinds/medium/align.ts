// Alignment of channels (a call, a letter): grouped by the people taking part.
import type { AlignHook } from '../../align/hook.js';

export const mediumAlign: AlignHook = { family: 'medium', keys: 'person', byPerson: true };
