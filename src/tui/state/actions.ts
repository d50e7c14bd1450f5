import type { ReviewState } from '../../model/catalogue.js';
import type { StatusMessage } from './types.js';

/**
 * Everything that changes the UI state. Moves carry the list length and page
 * size so the reducer stays pure and never needs (or copies) the fact list.
 */
export type Action =
  | { type: 'move'; delta: number; count: number; pageSize: number }
  | { type: 'move-to'; index: number; count: number; pageSize: number }
  | { type: 'open'; groupId: string }
  | { type: 'back' }
  | { type: 'scroll-detail'; delta: number; max: number }
  | { type: 'scroll-overview'; delta: number; max: number }
  | { type: 'show-overview' }
  | { type: 'start-filter' }
  | { type: 'start-note'; groupId: string; initial: string }
  | { type: 'input-text'; text: string }
  | { type: 'input-backspace' }
  | { type: 'input-clear' }
  | { type: 'apply-filter' }
  | { type: 'clear-filter' }
  | { type: 'cancel-note' }
  | { type: 'cycle-verdict-filter' }
  | { type: 'toggle-help' }
  | { type: 'review-updated'; groupId: string; state: ReviewState; message?: string }
  | { type: 'status'; status: StatusMessage | undefined }
  | { type: 'resize'; count: number; pageSize: number };

export const move = (delta: number, count: number, pageSize: number): Action => ({ type: 'move', delta, count, pageSize });
export const moveTo = (index: number, count: number, pageSize: number): Action => ({ type: 'move-to', index, count, pageSize });
export const open = (groupId: string): Action => ({ type: 'open', groupId });
export const back = (): Action => ({ type: 'back' });
export const reviewUpdated = (groupId: string, state: ReviewState, message?: string): Action => ({
  type: 'review-updated',
  groupId,
  state,
  message,
});
export const showError = (text: string): Action => ({ type: 'status', status: { kind: 'error', text } });
export const showInfo = (text: string): Action => ({ type: 'status', status: { kind: 'info', text } });
