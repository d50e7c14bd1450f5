// The story catalogue (claims/*.yaml): the editor's verdicts and notes.
import type { ClaimKind } from './claim.js';

export type EditorVerdict = 'confirmed-conflict' | 'not-a-conflict' | 'needs-follow-up';

export const EDITOR_VERDICTS: readonly EditorVerdict[] = ['confirmed-conflict', 'not-a-conflict', 'needs-follow-up'];

export interface CatalogueStatement {
  source: string;
  text: string;
}

export interface CatalogueEntry {
  id: string;
  subject: string;
  kind: ClaimKind;
  editorVerdict?: EditorVerdict;
  note?: string;
  statements: CatalogueStatement[];
  hints?: string[];
  /** Fingerprint of the statements when the editor last reviewed the fact. */
  reviewed?: string;
}

export interface Catalogue {
  path: string;
  story?: string;
  entries: CatalogueEntry[];
}

/** A group joined to its catalogue entry, with review state. */
export interface ReviewState {
  entryId?: string;
  editorVerdict?: EditorVerdict;
  note?: string;
  /** True when the statements changed since the editor's verdict. */
  stale: boolean;
}
