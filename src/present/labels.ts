// The words for verdicts, editor verdicts and kinds, one table each, shared
// by the reports and the review. The review's compact forms derive from the
// same tables.
import { EDITOR_VERDICTS, type EditorVerdict } from '../model/catalogue.js';
import type { Verdict } from '../model/judgement.js';
import { VERDICT_ORDER } from '../model/judgement.js';
import { KIND_LABEL } from '../kinds/registry.js';

export { KIND_LABEL };

export const VERDICT_LABEL: Record<Verdict, string> = {
  conflict: 'Conflict',
  'scope-differs': 'Scope differs',
  compatible: 'Compatible',
  agree: 'Agree',
};

/** The review's verdict column: the verdict's own id, a conflict in capitals so it stands out without colour. */
export const VERDICT_TAG = Object.fromEntries(VERDICT_ORDER.map((v) => [v, v === 'conflict' ? v.toUpperCase() : v])) as Record<Verdict, string>;

export const EDITOR_LABEL: Record<EditorVerdict, string> = {
  'confirmed-conflict': 'Confirmed conflict',
  'not-a-conflict': 'Not a conflict',
  'needs-follow-up': 'Needs follow-up',
};

/** The editor's verdict within a sentence: "confirmed conflict". */
export const EDITOR_WORDS = Object.fromEntries(EDITOR_VERDICTS.map((v) => [v, EDITOR_LABEL[v].toLowerCase()])) as Record<EditorVerdict, string>;

/** Short forms for the review list's editor column. */
export const EDITOR_SHORT: Record<EditorVerdict, string> = {
  'confirmed-conflict': 'conf',
  'not-a-conflict': 'ok',
  'needs-follow-up': 'f-up',
};
