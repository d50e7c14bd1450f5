import { describe, expect, test } from '@jest/globals';
import { actorBefore } from '../../src/describe/actor.js';
import { clauseAround } from '../../src/describe/clause.js';
import { entityKeys } from '../../src/describe/entities.js';
import { aspectsOf, modalityOf } from '../../src/describe/modality.js';

describe('actor: whose value it is', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['A truce had initially reduced US tariffs to 55% and Chinese tariffs to 30%', '55%', 'United States'],
    ['A truce had initially reduced US tariffs to 55% and Chinese tariffs to 30%', '30%', 'China'],
    // "on Chinese goods" is the object, not the actor.
    ['The agreement came after the U.S. raised duties on Chinese goods to as high as 145%', 'as high as 145%', 'United States'],
    // A capital used for its government.
    ['Beijing retaliated with tariffs of up to 125%', 'up to 125%', 'China'],
    ['Unemployment rose to 7%', '7%', undefined],
  ];
  test.each(cases)('%s → %s', (clause, value, actor) => {
    expect(actorBefore(clause, clause.indexOf(value))).toBe(actor);
  });
});

describe('modality', () => {
  test('a threat, a plan, a possibility and a fact', () => {
    expect(modalityOf('Trump threatened to impose')).toBe('threat');
    expect(modalityOf('the administration announced plans for')).toBe('plan');
    expect(modalityOf('the fund could reach')).toBe('possible');
    expect(modalityOf('A truce negotiated in May had initially reduced US tariffs to')).toBe('actual');
  });

  test('time adverbs are kept', () => {
    expect(aspectsOf('China currently produces')).toEqual(['currently']);
  });
});

describe('clauses', () => {
  test('", while" separates two values; "(APEC)" and ", which" do not', () => {
    const s = 'The U.S. raised duties to 145%, while Beijing retaliated with tariffs of up to 125%';
    const c = clauseAround(s, s.indexOf('125%'), s.indexOf('125%') + 4);
    expect(s.slice(c.start, c.end)).toBe('while Beijing retaliated with tariffs of up to 125%');
    const t = 'the Asia-Pacific Economic Cooperation (APEC) summit, which Malaysia will host from Sunday to Tuesday';
    const d = clauseAround(t, t.indexOf('from Sunday'), t.length);
    expect(t.slice(d.start, d.end)).toBe(t);
  });
});

describe('entities', () => {
  test('countries, demonyms and capitals used for governments fold together', () => {
    expect(entityKeys('Beijing imposed controls')).toEqual(['china']);
    expect(entityKeys('China implemented new export controls')).toEqual(['china']);
    expect(entityKeys('Chinese Vice Premier He Lifeng met U.S. officials')).toEqual(
      expect.arrayContaining(['china', 'he', 'lifeng', 'united states']),
    );
    expect(entityKeys('Earlier this month, talks stalled')).toEqual([]);
  });
});

describe('modality in its own phrase', () => {
  test('a modal of another verb, before a comma or a relative pronoun, does not govern the value', () => {
    expect(modalityOf('Although she may side with the plaintiffs, she questioned the lawsuit that covers')).toBe('actual');
    expect(modalityOf('the settlement could cost')).toBe('possible');
  });
});

describe('the words that name a fact', () => {
  test('a value\'s own clause, with the counted thing beside the gap, never a figure cut in two', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { run } = await import('../../src/pipeline/run.js');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'claimcheck-subject-'));
    writeFileSync(
      path.join(dir, 'a.md'),
      '---\noutlet: North Post\npublished: 2026-04-08\n---\n# Warehouse fire\n\n' +
        'A fire tore through a warehouse on Tuesday night, sending two firefighters to hospital with smoke inhalation.\n\n' +
        'The owner estimated the damage at $3.5 million and said the building would stay closed.\n\n' +
        'The jury awarded $5,687.75 in damages to Ana Reyes on Monday.\n',
    );
    const r = await run({ sourcesDir: dir, provenance: false });
    const subject = (text: string) => r.claims.find((c) => c.text === text)?.subject;
    expect(subject('two firefighters')).toBe('sending … firefighters to hospital with smoke inhalation');
    expect(subject('$3.5 million')).toBe('The owner estimated the damage at …');
    expect(subject('on Monday')).not.toMatch(/^\d/);
  });
});
