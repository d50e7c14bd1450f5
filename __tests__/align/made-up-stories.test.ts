// Alignment and verdicts on small made-up stories from other domains: the
// engine must find the shared facts without knowing anything about them.
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/pipeline/run.js';

/** A story written to a temporary folder: one article per outlet (file a.md, b.md, …), front matter and a headline added. */
function writeStory(articles: { outlet: string; headline: string; body: string }[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimcheck-story-'));
  articles.forEach(({ outlet, headline, body }, i) => {
    writeFileSync(path.join(dir, `${String.fromCharCode(97 + i)}.md`), `---\noutlet: ${outlet}\npublished: 2026-02-02\n---\n# ${headline}\n\n${body}\n`);
  });
  return dir;
}

const byText = (groups: Awaited<ReturnType<typeof run>>['groups'], text: string) =>
  groups.find((g) => g.claims.some((c) => c.text === text));

describe('a court story', () => {
  test('the award sum, its day and the judge\'s words conflict; the trial date and title agree', async () => {
    const r = await run({ sourcesDir: '__tests__/fixtures/stories/court' });
    const sum = byText(r.groups, '$5,687.75')!;
    expect(sum.claims.map((c) => c.text).sort()).toEqual(['$5,687.75', '$56,877.50']);
    // Worded alike, so the different days do not excuse the different sums.
    expect(sum).toMatchObject({ verdict: 'conflict', ruleId: 'money/disjoint' });

    const day = byText(r.groups, 'on Monday')!;
    expect(day.claims.map((c) => c.text).sort()).toEqual(['on Monday', 'on Tuesday']);
    expect(day).toMatchObject({ verdict: 'conflict', ruleId: 'date/disjoint' });

    const quote = r.groups.find((g) => g.kind === 'quote')!;
    expect(quote).toMatchObject({ verdict: 'conflict', ruleId: 'quote/wording-differs' });

    expect(byText(r.groups, 'on March 1')).toMatchObject({ verdict: 'agree', ruleId: 'date/same-days' });
    expect(r.groups.find((g) => g.kind === 'title')).toMatchObject({ verdict: 'agree', subject: "Maria Lopez's title" });
  });
});

describe('a flood story', () => {
  test('the day the floods struck conflicts; the toll that rose is a difference of time', async () => {
    const r = await run({ sourcesDir: '__tests__/fixtures/stories/flood' });
    const struck = byText(r.groups, 'on Sunday')!;
    expect(struck.claims.map((c) => c.text).sort()).toEqual(['on Monday', 'on Sunday']);
    expect(struck.verdict).toBe('conflict');

    const toll = byText(r.groups, '412 people')!;
    expect(toll.claims.map((c) => c.text).sort()).toEqual(['412 people', 'At least 398 people']);
    expect(toll).toMatchObject({ verdict: 'scope-differs', ruleId: 'count/different-time' });

    const evacuated = r.groups.find((g) => g.kind === 'count' && g !== toll)!;
    expect(evacuated.verdict).toBe('compatible');
    // "On Wednesday" (the toll rose) is another event than the floods striking.
    expect(struck.claims.some((c) => c.text === 'on Wednesday')).toBe(false);
  });
});

describe('a budget story', () => {
  test('the deficit conflicts; old and new tax rates align with their counterparts; where a speaker spoke is not where the budget was presented', async () => {
    const r = await run({ sourcesDir: '__tests__/fixtures/stories/budget' });
    const deficit = byText(r.groups, '$3.9 billion')!;
    expect(deficit).toMatchObject({ verdict: 'conflict', ruleId: 'money/disjoint', sourceCount: 3 });

    // "cuts the rate to 9 percent from 11 percent" / "falls to 9% from 11%"
    const newRate = byText(r.groups, '9%')!;
    expect(newRate.claims.map((c) => c.text).sort()).toEqual(['9 percent', '9%']);
    expect(newRate.verdict).toBe('agree');
    const oldRate = byText(r.groups, '11%')!;
    expect(oldRate.claims.map((c) => c.text).sort()).toEqual(['11 percent', '11%']);
    expect(oldRate.claims.every((c) => c.context.role === 'from')).toBe(true);

    const place = r.groups.find((g) => g.kind === 'place')!;
    expect(place.claims.map((c) => c.text)).toEqual(['Ottawa', 'Ottawa']);
    expect(place.verdict).toBe('agree');

    const quote = r.groups.find((g) => g.kind === 'quote')!;
    expect(quote).toMatchObject({ verdict: 'conflict', ruleId: 'quote/wording-differs' });
    expect(r.groups.filter((g) => g.verdict === 'conflict')).toHaveLength(2);
  });
});

describe('a council vote', () => {
  test('one vote told in other words is one fact, and the tally that differs conflicts', async () => {
    const r = await run({ sourcesDir: '__tests__/fixtures/stories/vote' });
    const vote = r.groups.find((g) => g.kind === 'tally')!;
    expect(vote.claims.map((c) => c.text).sort()).toEqual(['6-3', '7-2', '7-2']);
    expect(vote).toMatchObject({ verdict: 'conflict', ruleId: 'tally/differs' });
  });
});

describe('a quake story', () => {
  test('a count of nations and a count of countries are one fact; soldiers and civilians are two', async () => {
    const r = await run({ sourcesDir: '__tests__/fixtures/stories/quake', provenance: false });
    const teams = byText(r.groups, 'more than 20 nations')!;
    expect(teams.claims.map((c) => c.text).sort()).toEqual(['At least 20 countries', 'more than 20 nations']);
    expect(teams.verdict).not.toBe('conflict');
    const injured = r.groups.filter((g) => g.claims.some((c) => /14 (?:soldiers|civilians)/.test(c.text)));
    expect(injured).toEqual([]);
  });
});

describe('ages by person', () => {
  test('one person\'s age in other words is one fact; two people\'s ages are two', async () => {
    const dir = writeStory([
      { outlet: 'North Post', headline: 'Council picks treasurer', body: `The council named Dana Whitfield, 44, a longtime budget analyst, as treasurer.\n\nHer deputy will be Omar Reyes, 39, the council said.` },
      { outlet: 'South Ledger', headline: 'New treasurer', body: `Ms. Whitfield, 46, who grew up in the valley, takes office next month.` },
    ]);
    const r = await run({ sourcesDir: dir, provenance: false });
    const ages = r.groups.filter((g) => g.kind === 'age');
    expect(ages).toHaveLength(1);
    expect(ages[0].claims.map((c) => c.text).sort()).toEqual(['Dana Whitfield, 44', 'Ms. Whitfield, 46']);
    expect(ages[0].verdict).toBe('conflict');
  });
});

describe('a warehouse fire', () => {
  test('one place named with other words around it (a blaze, the fire) is one fact', async () => {
    const r = await run({ sourcesDir: '__tests__/fixtures/stories/warehouse', provenance: false });
    const place = r.groups.find((g) => g.kind === 'place');
    expect(place?.claims.map((c) => `${c.sourceId}:${c.text}`)).toEqual(['a:Brisbane', 'b:Brisbane']);
    expect(place?.verdict).toBe('agree');
  });
});

describe('a person\'s office then and now', () => {
  test('the office at the time of the events is one fact, the title now another', async () => {
    const dir = writeStory([
      { outlet: 'North Post', headline: 'Sheriff accused', body: `The complaint says Carl Hale, then a deputy sheriff, drove the teenager home in 1998.\n\nHale, a county judge, denied it.` },
      { outlet: 'South Ledger', headline: 'Judge denies claim', body: `Carl Hale, then the sheriff, drove her home, the complaint says.\n\nCarl Hale, a county judge, called the claim false.` },
    ]);
    const r = await run({ sourcesDir: dir, provenance: false });
    const titles = r.groups.filter((g) => g.kind === 'title');
    const then = titles.find((g) => g.claims.every((c) => (c.value as { when?: string }).when === 'then'))!;
    expect(then.claims.map((c) => (c.value as { title: string }).title).sort()).toEqual(['deputy sheriff', 'sheriff']);
    expect(then).toMatchObject({ verdict: 'conflict', ruleId: 'title/rank-differs' });
    const now = titles.find((g) => g !== then)!;
    expect(now.claims.every((c) => (c.value as { when?: string }).when === undefined)).toBe(true);
    expect(now.verdict).not.toBe('conflict');
  });
});

describe('a short quotation inside a longer one', () => {
  test('is one remark even when it shares only a few words', async () => {
    const dir = writeStory([
      { outlet: 'North Post', headline: 'Mayor on the budget', body: `“We will not raise taxes this year. It has to stop,” Mayor Lena Ortiz told the council.` },
      { outlet: 'South Ledger', headline: 'Budget fight', body: `The spending, the mayor said, “has to stop.”` },
    ]);
    const r = await run({ sourcesDir: dir, provenance: false });
    const quote = r.groups.find((g) => g.kind === 'quote');
    expect(quote?.claims.map((c) => c.sourceId)).toEqual(['a', 'b']);
    expect(quote).toMatchObject({ verdict: 'compatible', ruleId: 'quote/partial' });
  });
});

describe('datelines', () => {
  test('a dateline aligns with datelines only, never with a place in the prose', async () => {
    const dir = writeStory([
      { outlet: 'Wire One', headline: 'Storm', body: `LONDON (AP) -- A storm closed roads across the south on Sunday.` },
      { outlet: 'Wire Two', headline: 'Storm', body: `LONDON _ The storm that closed roads in the south also cut power.` },
      { outlet: 'Daily Three', headline: 'Storm', body: `Commuters in London faced closed roads after the storm.` },
    ]);
    const r = await run({ sourcesDir: dir, provenance: false });
    const places = r.groups.filter((g) => g.kind === 'place');
    expect(places).toHaveLength(1);
    expect(places[0].claims.map((c) => `${c.sourceId}:${c.text}`)).toEqual(['a:LONDON', 'b:LONDON']);
    expect(places[0].verdict).toBe('agree');
  });
});
