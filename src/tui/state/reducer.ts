import type { ReviewState } from '../../model/catalogue.js';
import type { Action } from './actions.js';
import { VERDICT_FILTERS, type UiState } from './types.js';

export function initialState(review: Record<string, ReviewState> = {}): UiState {
  return {
    screen: 'list',
    cursor: 0,
    scrollTop: 0,
    detailScroll: 0,
    overviewScroll: 0,
    textFilter: '',
    verdictFilter: 'all',
    input: { kind: 'none' },
    showHelp: false,
    review,
  };
}

/** Keep `scrollTop` such that `cursor` is on screen and the window is full when it can be. */
export function scrollFor(cursor: number, scrollTop: number, count: number, pageSize: number): number {
  const page = Math.max(1, pageSize);
  let top = scrollTop;
  if (cursor < top) top = cursor;
  if (cursor >= top + page) top = cursor - page + 1;
  top = Math.min(top, Math.max(0, count - page));
  return Math.max(0, top);
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, n));
}

function placeCursor(state: UiState, index: number, count: number, pageSize: number): UiState {
  const cursor = count === 0 ? 0 : clamp(index, 0, count - 1);
  const scrollTop = scrollFor(cursor, state.scrollTop, count, pageSize);
  if (cursor === state.cursor && scrollTop === state.scrollTop) return state;
  return { ...state, cursor, scrollTop };
}

export function reducer(state: UiState, action: Action): UiState {
  switch (action.type) {
    case 'move':
      return placeCursor(state, Math.min(state.cursor, Math.max(0, action.count - 1)) + action.delta, action.count, action.pageSize);
    case 'move-to':
      return placeCursor(state, action.index, action.count, action.pageSize);
    case 'resize':
      return placeCursor(state, state.cursor, action.count, action.pageSize);
    case 'open':
      return { ...state, screen: 'detail', detailGroupId: action.groupId, detailScroll: 0, status: undefined };
    case 'back':
      if (state.screen === 'list') return state.status ? { ...state, status: undefined } : state;
      return { ...state, screen: 'list', status: undefined };
    case 'scroll-detail':
      // From where the view is (a resize may have left the scroll past the end).
      return { ...state, detailScroll: clamp(Math.min(state.detailScroll, Math.max(0, action.max)) + action.delta, 0, Math.max(0, action.max)) };
    case 'scroll-overview':
      return { ...state, overviewScroll: clamp(state.overviewScroll + action.delta, 0, Math.max(0, action.max)) };
    case 'show-overview':
      return { ...state, screen: state.screen === 'overview' ? 'list' : 'overview', status: undefined };
    case 'start-filter':
      return { ...state, input: { kind: 'filter', draft: state.textFilter }, status: undefined };
    case 'start-note':
      return { ...state, input: { kind: 'note', draft: action.initial, groupId: action.groupId }, status: undefined };
    case 'input-text':
      if (state.input.kind === 'none') return state;
      return { ...state, input: { ...state.input, draft: state.input.draft + action.text } };
    case 'input-backspace':
      if (state.input.kind === 'none' || state.input.draft === '') return state;
      return { ...state, input: { ...state.input, draft: [...state.input.draft].slice(0, -1).join('') } };
    case 'input-clear':
      if (state.input.kind === 'none') return state;
      return { ...state, input: { ...state.input, draft: '' } };
    case 'apply-filter': {
      if (state.input.kind !== 'filter') return state;
      return { ...state, textFilter: state.input.draft.trim(), input: { kind: 'none' }, cursor: 0, scrollTop: 0 };
    }
    case 'clear-filter':
      return { ...state, textFilter: '', input: { kind: 'none' }, cursor: 0, scrollTop: 0 };
    case 'cancel-note':
      return { ...state, input: { kind: 'none' } };
    case 'cycle-verdict-filter': {
      const i = VERDICT_FILTERS.indexOf(state.verdictFilter);
      return { ...state, verdictFilter: VERDICT_FILTERS[(i + 1) % VERDICT_FILTERS.length], cursor: 0, scrollTop: 0 };
    }
    case 'toggle-help':
      return { ...state, showHelp: !state.showHelp };
    case 'review-updated':
      return {
        ...state,
        review: { ...state.review, [action.groupId]: action.state },
        input: state.input.kind === 'note' && state.input.groupId === action.groupId ? { kind: 'none' } : state.input,
        status: action.message ? { kind: 'info', text: action.message } : undefined,
      };
    case 'status':
      return { ...state, status: action.status };
    default:
      return state;
  }
}
