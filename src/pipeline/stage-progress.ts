// Progress events for the stages that hold the thread: align and
// provenance tell each claim, cluster, source or pair they handle; these
// adapters turn that into "step k of n, done of total unit" events for the
// progress line, at most one per EVERY items (the reporter redraws every
// 100 ms at most, and an event per claim would cost more than it shows).
import type { AlignStep } from '../align/index.js';
import type { ProvenanceStep } from '../provenance/index.js';
import type { ProgressEvent } from '../progress/render.js';

const EVERY = 32;

/** Items are reported when `done` is a multiple of EVERY, and the first and last of each pass. */
function due(done: number, total: number): boolean {
  return done % EVERY === 0 || done === total - 1;
}

const ALIGN_STEPS: Record<AlignStep['phase'], { step: number; unit: string }> = {
  features: { step: 1, unit: 'claims' },
  join: { step: 2, unit: 'claims' },
  move: { step: 3, unit: 'claims' },
  merge: { step: 4, unit: 'clusters' },
};

/**
 * Align in four passes of about the same cost (measured on 47,000 claims:
 * 0.6, 0.9, 1.0 and 0.7 s): reading each claim's features, joining claims to
 * clusters, moving claims that fit another cluster better, merging clusters.
 * Merge rounds after the first retry only changed clusters and take a
 * fraction of the first; they show as the last step complete.
 */
export function alignProgress(emit: (e: ProgressEvent) => void): (s: AlignStep) => void {
  return (s) => {
    if (!due(s.done, s.total)) return;
    const { step, unit } = ALIGN_STEPS[s.phase];
    const done = s.phase === 'merge' && (s.round ?? 0) > 0 ? s.total : s.done;
    emit({ stage: 'align', step, steps: 4, done, total: s.total, unit });
  };
}

const PROVENANCE_STEPS: Record<ProvenanceStep['phase'] | 'sentences', { step: number; unit: string }> = {
  sentences: { step: 1, unit: 'sources' },
  words: { step: 2, unit: 'sources' },
  attributions: { step: 3, unit: 'sources' },
  pairs: { step: 4, unit: 'source pairs' },
  groups: { step: 5, unit: 'facts' },
};

/** Provenance: sentences and words of each source, attributions, text reuse per candidate pair, facts. */
export function provenanceProgress(emit: (e: ProgressEvent) => void): (s: { phase: ProvenanceStep['phase'] | 'sentences'; done: number; total: number }) => void {
  return (s) => {
    if (!due(s.done, s.total)) return;
    const { step, unit } = PROVENANCE_STEPS[s.phase];
    emit({ stage: 'provenance', step, steps: 5, done: s.done, total: s.total, unit });
  };
}
