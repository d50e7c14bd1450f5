import { useCallback, useMemo, useRef, type Dispatch } from 'react';
import type { EditorVerdict, ReviewState } from '../../model/catalogue.js';
import type { JudgedGroup } from '../../model/judgement.js';
import type { RunResult } from '../../model/run.js';
import { entryLocation } from '../../catalogue/read.js';
import { statementsFor } from '../../catalogue/statements.js';
import { setVerdict } from '../../catalogue/write.js';
import { oneLine } from '../../text/sanitize.js';
import { reviewUpdated, showError, showInfo, type Action } from '../state/actions.js';
import { EDITOR_WORDS } from '../../present/labels.js';
import { writeErrorMessage } from '../write-error.js';

/** What the UI wrote (or failed to write), for the caller's log. */
export interface WriteEvent {
  change: 'verdict' | 'clear' | 'note';
  groupId: string;
  entryId: string;
  /** The catalogue file written. */
  file: string;
  verdict?: EditorVerdict;
  note?: string;
  /** Set when the write failed (the file is unchanged). */
  error?: string;
}

export interface CatalogueWriter {
  /** Record (or with `null` clear) the editor's verdict for a fact. */
  verdict(group: JudgedGroup, verdict: EditorVerdict | null): void;
  /** Save (or with '' remove) the note of a fact. */
  note(group: JudgedGroup, text: string): boolean;
}

/**
 * Verdicts and notes go to the catalogue at once (atomic write) and then to
 * the screen. A failed write is shown in the footer; the UI carries on.
 */
export function useCatalogueWriter(
  result: RunResult,
  cataloguePath: string | undefined,
  /** The current review state (read at write time, so keys typed in a burst see each other's writes). */
  getReview: () => Record<string, ReviewState>,
  dispatch: Dispatch<Action>,
  onWrite?: (event: WriteEvent) => void,
  /** The catalogue writer (tests pass one that fails). */
  writeEntry: typeof setVerdict = setVerdict,
): CatalogueWriter {
  // Entry id → the file it was read from (a catalogue may span several files).
  const files = useMemo(() => {
    const m = new Map<string, string>();
    for (const e of result.catalogue?.entries ?? []) {
      const loc = entryLocation(e);
      if (loc) m.set(e.id, loc.file);
    }
    return m;
  }, [result.catalogue]);
  const created = useRef(new Set<string>());

  const entryFor = useCallback(
    (group: JudgedGroup): { entryId: string; isNew: boolean; reused?: boolean } => {
      const review = getReview();
      const known = review[group.id]?.entryId;
      if (known) return { entryId: known, isNew: false };
      const attached = new Set<string>();
      for (const r of Object.values(review)) if (r.entryId) attached.add(r.entryId);
      const inCatalogue = new Set<string>([...(result.catalogue?.entries ?? []).map((e) => e.id), ...created.current]);
      // An entry named after this fact that matched nothing in this run (its
      // statements went stale) is this fact's entry: reuse it.
      if (inCatalogue.has(group.id) && !attached.has(group.id)) return { entryId: group.id, isNew: false, reused: true };
      let id = group.id;
      for (let n = 2; inCatalogue.has(id) || attached.has(id); n++) id = `${group.id}-${n}`;
      return { entryId: id, isNew: true };
    },
    [result.catalogue, getReview],
  );

  const write = useCallback(
    (group: JudgedGroup, change: WriteEvent['change'], patch: { verdict?: EditorVerdict | null; note?: string | null }): boolean => {
      if (!cataloguePath) {
        dispatch(showError('No catalogue to write to: start the review with a claims folder (--claims DIR) to record verdicts.'));
        return false;
      }
      const { entryId, isNew, reused } = entryFor(group);
      const current = getReview()[group.id];
      if (isNew && !patch.verdict && !patch.note) {
        // Nothing recorded for this fact yet, and nothing to record.
        if (change === 'note') dispatch({ type: 'cancel-note' });
        dispatch(showInfo(change === 'note' ? 'Empty note: nothing saved.' : 'No verdict to clear.'));
        return true;
      }
      const file = files.get(entryId) ?? cataloguePath;
      try {
        // Statements go with a new entry, a verdict (what was reviewed), or an entry that matched nothing this run.
        const statements = isNew || reused || (patch.verdict !== undefined && patch.verdict !== null) ? statementsFor(group.claims) : undefined;
        const entry = writeEntry(file, entryId, {
          ...patch,
          statements,
          ...(isNew ? { subject: oneLine(group.subject), kind: group.kind } : {}),
        });
        if (isNew) created.current.add(entryId);
        const state: ReviewState = {
          entryId,
          stale: patch.verdict === undefined ? (current?.stale ?? false) : false,
        };
        if (entry.editorVerdict) state.editorVerdict = entry.editorVerdict;
        if (entry.note !== undefined) state.note = entry.note;
        const message =
          change === 'note'
            ? entry.note
              ? 'Note saved.'
              : 'Note removed.'
            : entry.editorVerdict
              ? `Marked “${EDITOR_WORDS[entry.editorVerdict]}”.`
              : 'Verdict cleared.';
        dispatch(reviewUpdated(group.id, state, message));
        onWrite?.({ change, groupId: group.id, entryId, file, verdict: entry.editorVerdict, note: entry.note });
        return true;
      } catch (err) {
        const text = err instanceof Error ? err.message : String(err);
        // The note field would hide the message: close it so the editor reads why.
        if (change === 'note') dispatch({ type: 'cancel-note' });
        dispatch(showError(writeErrorMessage(err, file)));
        onWrite?.({ change, groupId: group.id, entryId, file, error: text });
        return false;
      }
    },
    [cataloguePath, dispatch, entryFor, files, onWrite, getReview, writeEntry],
  );

  return useMemo(
    () => ({
      verdict: (group, verdict) => {
        write(group, verdict === null ? 'clear' : 'verdict', { verdict });
      },
      note: (group, text) => write(group, 'note', { note: text.trim() === '' ? null : text.trim() }),
    }),
    [write],
  );
}
