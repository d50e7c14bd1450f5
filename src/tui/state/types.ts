import type { ReviewState } from '../../model/catalogue.js';
import type { Verdict } from '../../model/judgement.js';

export type Screen = 'list' | 'detail' | 'overview';

/** What `f` cycles through: every fact, one engine verdict, or facts still needing the editor. */
export type VerdictFilter = 'all' | Verdict | 'needs-review';

export const VERDICT_FILTERS: readonly VerdictFilter[] = [
  'all',
  'conflict',
  'scope-differs',
  'compatible',
  'agree',
  'needs-review',
];

/** A line of text being typed in the footer. */
export type InputMode =
  | { kind: 'none' }
  | { kind: 'filter'; draft: string }
  | { kind: 'note'; draft: string; groupId: string };

export interface StatusMessage {
  kind: 'error' | 'info';
  text: string;
}

export interface UiState {
  screen: Screen;
  /** Index of the selected row in the sorted, filtered fact list. */
  cursor: number;
  /** Index of the first row shown (windowing). */
  scrollTop: number;
  /** The fact open in the detail view. */
  detailGroupId?: string;
  /** First statement shown in the detail view. */
  detailScroll: number;
  /** First source row shown in the overview. */
  overviewScroll: number;
  /** Applied text filter (case-insensitive). */
  textFilter: string;
  verdictFilter: VerdictFilter;
  input: InputMode;
  showHelp: boolean;
  /** Review state by group id, updated as the editor records verdicts and notes. */
  review: Record<string, ReviewState>;
  status?: StatusMessage;
}
