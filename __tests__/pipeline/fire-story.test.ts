// End to end on a made-up story of three outlets where two disagree: the
// night of a fire and the owner's damage estimate are conflicts, and a
// publishing gate on conflicts fails.
import { describe, expect, test } from '@jest/globals';
import { PAIR_MODEL } from '../../src/align/pair-weights.js';
import { run } from '../../src/pipeline/run.js';

describe('the fire story', () => {
  test('the night and the damage estimate are conflicts; agreeing counts and the chief\'s title agree', async () => {
    const r = await run({ sourcesDir: '__tests__/fixtures/stories/fire/sources' });
    const byText = (t: string) => r.groups.find((g) => g.claims.some((c) => c.text === t));
    const night = byText('on Monday')!;
    expect(night.verdict).toBe('conflict');
    expect(night.claims.map((c) => c.text)).toContain('on Tuesday');
    const damage = byText('$3.5 million')!;
    expect(damage.verdict).toBe('conflict');
    expect(damage.claims.map((c) => c.text).sort()).toEqual(['$3.5 million', '$5.8 million']);
    expect(r.groups.find((g) => g.kind === 'title')!.verdict).toBe('agree');
    expect(r.groups.filter((g) => g.verdict === 'conflict')).toHaveLength(2);
  });

  test('the reopening bounds share almost no words ("will be shut" / "would stay closed"): with a low pairing bar they meet as an uncertain match, not yet a conflict', async () => {
    // The pair model gives them 0.16 (no shared word near the dates), far under its fitted threshold:
    // at the defaults they are not grouped; issue "The engine on real stories" keeps this open.
    const r = await run({ sourcesDir: '__tests__/fixtures/stories/fire/sources', provenance: false, align: { model: { ...PAIR_MODEL, threshold: 0.15 } } });
    const reopening = r.groups.find((g) => g.claims.some((c) => c.text === 'until at least May 4'))!;
    expect(reopening.claims.map((c) => c.text).sort()).toEqual(['until at least April 20', 'until at least May 4']);
    expect(reopening).toMatchObject({ verdict: 'scope-differs', ruleId: 'date/uncertain-match' });
  });
});
