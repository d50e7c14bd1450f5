// Alignment of titles: every statement of one person's titles is one fact.
import type { AlignHook } from '../../align/hook.js';

export const titleAlign: AlignHook = { family: 'title', keys: 'person', byPerson: true };
