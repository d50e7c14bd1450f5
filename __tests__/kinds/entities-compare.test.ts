import { describe, expect, test } from '@jest/globals';
import { explainFinding } from '../../src/present/explain.js';
import { compareMedia } from '../../src/kinds/medium/compare.js';
import { comparePlaces } from '../../src/kinds/place/compare.js';
import { compareQuotes, wordSimilarity } from '../../src/kinds/quote/compare.js';
import { compareTitles } from '../../src/kinds/title/compare.js';
import type { Value } from '../../src/model/value.js';
import { makeClaim, name } from '../helpers/make-claim.js';

const place = (n: string, within: string[], kind = 'city'): Value => ({ type: 'place', name: n, placeKind: kind, within, reading: n });
const title = (person: string, t: string, formal = true): Value => ({
  type: 'title', person, title: t, normalized: t.toLowerCase().replace(/-/g, ' '), qualifiers: [], formal, reading: t,
});
const quote = (q: string, speaker?: string): Value => ({
  type: 'quote', quoted: q, words: q.toLowerCase().replace(/’/g, "'").split(/[^a-z0-9']+/).filter(Boolean), speaker, reading: q,
});

describe('place rules', () => {
  test('a city inside the named country is compatible', () => {
    const a = makeClaim('a', 'place', 'a delegation to Malaysia', 'Malaysia', place('Malaysia', ['Asia'], 'country'));
    const b = makeClaim('b', 'place', 'a delegation to Kuala Lumpur', 'Kuala Lumpur', place('Kuala Lumpur', ['Malaysia', 'Asia']));
    const f = comparePlaces(a, b);
    expect(f).toMatchObject({ verdict: 'compatible', ruleId: 'place/contains' });
    expect(explainFinding(a, b, f, name)).toContain('Kuala Lumpur is in Malaysia');
  });

  test('two different cities conflict', () => {
    const a = makeClaim('a', 'place', 'the talks in Geneva', 'Geneva', place('Geneva', ['Switzerland']));
    const b = makeClaim('b', 'place', 'the talks in London', 'London', place('London', ['United Kingdom']));
    expect(comparePlaces(a, b)).toMatchObject({ verdict: 'conflict', ruleId: 'place/disjoint' });
  });

  test('a place the gazetteer does not know: a near spelling is one place; another name cannot be placed', () => {
    const unknown = (n: string, within: string[] = []): Value => ({ type: 'place', name: n, placeKind: 'unknown', within, reading: n });
    const a = makeClaim('a', 'place', 'the village of Brenvik', 'Brenvik', unknown('Brenvik'));
    const b = makeClaim('b', 'place', 'the village, Brenvick', 'Brenvick', unknown('Brenvick'));
    expect(comparePlaces(a, b)).toMatchObject({ verdict: 'compatible', ruleId: 'place/spelling' });
    const c = makeClaim('c', 'place', 'the port of Tallon', 'Tallon', unknown('Tallon'));
    expect(comparePlaces(a, c)).toMatchObject({ verdict: 'scope-differs', ruleId: 'place/unknown-extent' });
    const paris = makeClaim('d', 'place', 'in Paris', 'Paris', place('Paris', ['France', 'Western Europe', 'Europe']));
    expect(comparePlaces(a, paris)).toMatchObject({ verdict: 'scope-differs', ruleId: 'place/unknown-extent' });
    // A named facility is as unplaced as an unknown town; its name in other case is the same.
    const airport = (n: string): Value => ({ type: 'place', name: n, placeKind: 'facility', within: [], reading: n });
    const cdg = makeClaim('e', 'place', 'at Charles de Gaulle airport', 'Charles de Gaulle airport', airport('Charles de Gaulle Airport'));
    expect(comparePlaces(cdg, paris)).toMatchObject({ verdict: 'scope-differs', ruleId: 'place/unknown-extent' });
    const cdg2 = makeClaim('f', 'place', 'at Charles de Gaulle Airport', 'Charles de Gaulle Airport', airport('Charles de gaulle Airport'));
    expect(comparePlaces(cdg, cdg2)).toMatchObject({ verdict: 'agree', ruleId: 'place/same' });
    // Placed in states that do not meet, whatever the names: a conflict after all.
    const k = makeClaim('k', 'place', 'Smallville, Kansas', 'Smallville', unknown('Smallville', ['Kansas', 'United States']));
    const i = makeClaim('i', 'place', 'Smallville, Iowa', 'Smallville', unknown('Smallville', ['Iowa', 'United States']));
    expect(comparePlaces(k, i)).toMatchObject({ verdict: 'conflict', ruleId: 'place/disjoint' });
    const j = makeClaim('j', 'place', 'Dover, Iowa', 'Dover', unknown('Dover', ['Iowa', 'United States']));
    expect(comparePlaces(k, j)).toMatchObject({ verdict: 'conflict', ruleId: 'place/disjoint' });
  });

  test('datelines in different places are where reporters filed, not a conflict', () => {
    const a = makeClaim('a', 'place', 'WASHINGTON', 'WASHINGTON', { ...place('Washington', ['United States']), dateline: true } as Value);
    const b = makeClaim('b', 'place', 'KHARTOUM, Sudan', 'KHARTOUM, Sudan', { ...place('Khartoum', ['Sudan']), dateline: true } as Value);
    expect(comparePlaces(a, b)).toMatchObject({ verdict: 'scope-differs', ruleId: 'place/dateline' });
    const c = makeClaim('c', 'place', 'WASHINGTON', 'WASHINGTON', { ...place('Washington', ['United States']), dateline: true } as Value);
    expect(comparePlaces(a, c)).toMatchObject({ verdict: 'agree', ruleId: 'place/same' });
  });
});

describe('title rules', () => {
  test('hyphenation does not make another office', () => {
    const a = makeClaim('a', 'title', 'Vice Premier He Lifeng', 'Vice Premier He Lifeng', title('He Lifeng', 'Vice Premier'));
    const b = makeClaim('b', 'title', 'Vice-Premier He Lifeng', 'Vice-Premier He Lifeng', title('He Lifeng', 'Vice-Premier'));
    expect(compareTitles(a, b)).toMatchObject({ verdict: 'compatible', ruleId: 'title/spelling' });
  });

  test('descriptions that share a word are compatible', () => {
    const a = makeClaim('a', 'title', 'international trade representative Li', 'international trade representative Li', title('Li', 'international trade representative', false));
    const b = makeClaim('b', 'title', 'top trade negotiator Li', 'top trade negotiator Li', title('Li', 'top trade negotiator', false));
    expect(compareTitles(a, b)).toMatchObject({ verdict: 'compatible', ruleId: 'title/description' });
  });

  test('two posts of one kind conflict', () => {
    const a = makeClaim('a', 'title', 'Treasury Secretary Jane Roe', 'Treasury Secretary Jane Roe', title('Jane Roe', 'Treasury Secretary'));
    const b = makeClaim('b', 'title', 'Commerce Secretary Jane Roe', 'Commerce Secretary Jane Roe', title('Jane Roe', 'Commerce Secretary'));
    expect(compareTitles(a, b)).toMatchObject({ verdict: 'conflict', ruleId: 'title/different-posts' });
  });

  test('offices one person holds at once do not conflict', () => {
    const a = makeClaim('a', 'title', 'Sen. Ann Lee', 'Sen. Ann Lee', title('Ann Lee', 'Sen.'));
    const b = makeClaim('b', 'title', 'Senate Majority Leader Ann Lee', 'Senate Majority Leader Ann Lee', title('Ann Lee', 'Senate Majority Leader'));
    expect(compareTitles(a, b)).toMatchObject({ verdict: 'scope-differs', ruleId: 'title/different-offices' });
  });

  test('an abbreviation and another name of one office are compatible', () => {
    const a = makeClaim('a', 'title', 'Rep. Ann Lee', 'Rep. Ann Lee', title('Ann Lee', 'Rep.'));
    const b = makeClaim('b', 'title', 'Congresswoman Ann Lee', 'Congresswoman Ann Lee', title('Ann Lee', 'Congresswoman'));
    expect(compareTitles(a, b)).toMatchObject({ verdict: 'compatible', ruleId: 'title/spelling' });
  });

  test('a different rank of one office conflicts', () => {
    const a = makeClaim('a', 'title', 'Assistant District Attorney Ann Lee', 'Assistant District Attorney Ann Lee', title('Ann Lee', 'Assistant District Attorney'));
    const b = makeClaim('b', 'title', 'District Attorney Ann Lee', 'District Attorney Ann Lee', title('Ann Lee', 'District Attorney'));
    expect(compareTitles(a, b)).toMatchObject({ verdict: 'conflict', ruleId: 'title/rank-differs' });
  });

  test('a former office is another time, not a conflict', () => {
    const a = makeClaim('a', 'title', 'former Governor Ann Lee', 'former Governor Ann Lee', title('Ann Lee', 'former Governor'));
    const b = makeClaim('b', 'title', 'Governor Ann Lee', 'Governor Ann Lee', title('Ann Lee', 'Governor'));
    expect(compareTitles(a, b)).toMatchObject({ verdict: 'scope-differs', ruleId: 'title/different-time' });
  });
});

describe('quote rules', () => {
  test('a quoted fragment of a longer quotation is compatible', () => {
    const a = makeClaim('a', 'quote', 'to start on a “more positive note.”', '“more positive note.”', quote('more positive note.', 'Bessent'));
    const b = makeClaim('b', 'quote', '“so that our leaders can enter their meeting on a more positive note.”', '“so that our leaders can enter their meeting on a more positive note.”',
      quote('so that our leaders can enter their meeting on a more positive note.', 'Bessent'));
    expect(compareQuotes(a, b)).toMatchObject({ verdict: 'compatible', ruleId: 'quote/partial' });
  });

  test('one remark in different words is a conflict', () => {
    const a = makeClaim('a', 'quote', '“I think we’ll make a deal, the rare earth issue is the least of it,”', '“I think we’ll make a deal, the rare earth issue is the least of it,”',
      quote('I think we’ll make a deal, the rare earth issue is the least of it,', 'Trump'));
    const b = makeClaim('b', 'quote', '“The rare earth is the least of it.”', '“The rare earth is the least of it.”', quote('The rare earth is the least of it.', 'Trump'));
    const f = compareQuotes(a, b);
    expect(f).toMatchObject({ verdict: 'conflict', ruleId: 'quote/wording-differs' });
    expect(explainFinding(a, b, f, name)).toContain('by Trump');
  });

  test('a quotation cut with an ellipsis is compatible with the fuller one', () => {
    const full = 'it is part of the effort to hide the facts about the fire at the depot';
    const a = makeClaim('a', 'quote', `“${full}”`, `“${full}”`, quote(full, 'Lee'));
    const cut = 'part of the effort to hide ... the fire at the depot';
    const b = makeClaim('b', 'quote', `“${cut}”`, `“${cut}”`, quote(cut, 'Lee'));
    expect(compareQuotes(a, b)).toMatchObject({ verdict: 'compatible', ruleId: 'quote/partial' });
  });

  test('two cuts of one remark that overlap are compatible; a changed word inside is not', () => {
    const a = makeClaim('a', 'quote', '“We planned for a flood. We did not plan for a flood this big.”', '“We planned for a flood. We did not plan for a flood this big.”', quote('We planned for a flood. We did not plan for a flood this big.', 'Lee'));
    const b = makeClaim('b', 'quote', '“We did not plan for a flood this big, and nobody could have.”', '“We did not plan for a flood this big, and nobody could have.”', quote('We did not plan for a flood this big, and nobody could have.', 'Lee'));
    expect(compareQuotes(a, b)).toMatchObject({ verdict: 'compatible', ruleId: 'quote/partial' });
    const c = makeClaim('c', 'quote', '“We planned for a flood and we did not plan for a flood this big.”', '“We planned for a flood and we did not plan for a flood this big.”', quote('We planned for a flood and we did not plan for a flood this big.', 'Lee'));
    expect(compareQuotes(a, c)).toMatchObject({ verdict: 'conflict', ruleId: 'quote/wording-differs' });
  });

  test('editors\' brackets and an ampersand do not make a misquote', () => {
    const a = makeClaim('a', 'quote', '“now these (county) inspectors have too much work & too little time.”', '“now these (county) inspectors have too much work & too little time.”', quote('now these (county) inspectors have too much work & too little time.', 'Lee'));
    const b = makeClaim('b', 'quote', '“now these inspectors have too much work and too little time.”', '“now these inspectors have too much work and too little time.”', quote('now these inspectors have too much work and too little time.', 'Lee'));
    expect(compareQuotes(a, b)).toMatchObject({ verdict: 'compatible', ruleId: 'quote/partial' });
  });

  test('two quotations sharing few words are different remarks, not a misquote', () => {
    const a = makeClaim('a', 'quote', '“We will rebuild the bridge by spring.”', '“We will rebuild the bridge by spring.”', quote('We will rebuild the bridge by spring.', 'Lee'));
    const b = makeClaim('b', 'quote', '“Nobody here expected the river to rise so fast.”', '“Nobody here expected the river to rise so fast.”', quote('Nobody here expected the river to rise so fast.', 'Lee'));
    expect(compareQuotes(a, b)).toMatchObject({ verdict: 'scope-differs', ruleId: 'quote/different-remarks' });
  });

  test('one speaker on one named occasion in other words is one remark misquoted', () => {
    const a = makeClaim('a', 'quote', 'Lee told Harbor Radio the spill was “a disaster for the whole coast.”', '“a disaster for the whole coast.”', quote('a disaster for the whole coast.', 'Lee'));
    const b = makeClaim('b', 'quote', 'Speaking to Harbor Radio, Lee called it “the worst thing to happen here.”', '“the worst thing to happen here.”', quote('the worst thing to happen here.', 'Lee'));
    expect(compareQuotes(a, b)).toMatchObject({ verdict: 'conflict', ruleId: 'quote/wording-differs' });
  });

  test('the same words under two names are attributed differently', () => {
    const a = makeClaim('a', 'quote', 'calling it “unworkable and unacceptable.”', '“unworkable and unacceptable.”', quote('unworkable and unacceptable.', 'Bessent'));
    const b = makeClaim('b', 'quote', 'Washington called it “unworkable and unacceptable.”', '“unworkable and unacceptable.”', quote('unworkable and unacceptable.', 'Washington'));
    expect(compareQuotes(a, b)).toMatchObject({ verdict: 'scope-differs', ruleId: 'quote/attributed-differently' });
  });

  test('the same words spelled or punctuated otherwise are one quotation; a changed word is still a misquote', () => {
    const q = (id: string, text: string, speaker = 'Lee') => makeClaim(id, 'quote', `“${text}”`, `“${text}”`, quote(text, speaker));
    const a = q('a', 'He served as a Marine, a county judge, and an F.B.I. special agent for ten years.');
    expect(compareQuotes(a, q('b', 'He served as a Marine, a county judge and an FBI Special Agent for ten years.'))).toMatchObject({ verdict: 'compatible', ruleId: 'quote/partial' });
    const c = q('c', 'You paid in to the fund for years … now the fund is gone.');
    expect(compareQuotes(c, q('d', 'You paid into the fund for years, every month, and now the fund is gone.'))).toMatchObject({ verdict: 'compatible', ruleId: 'quote/partial' });
    expect(compareQuotes(a, q('e', 'He served as a Marine, a state judge and an FBI special agent for ten years.'))).toMatchObject({ verdict: 'conflict', ruleId: 'quote/wording-differs' });
  });

  test('cuts at ellipses that overlap the other quotation are compatible', () => {
    const q = (id: string, text: string) => makeClaim(id, 'quote', `“${text}”`, `“${text}”`, quote(text, 'Lee'));
    const a = q('a', 'This is the fight we want. We are the ones with a plan to fix the roads, to widen the roads.');
    const b = q('b', 'We are the ones with a plan to fix the roads, to widen the roads, and to pay for them. … We are the ones keeping the promise.');
    expect(compareQuotes(a, b)).toMatchObject({ verdict: 'compatible', ruleId: 'quote/partial' });
  });

  test('a document as the speaker ("the statement") does not make the words attributed differently', () => {
    const words = 'he will keep serving the people of this district with the same dedication';
    const a = makeClaim('a', 'quote', `“${words}”`, `“${words}”`, quote(words, 'the statement'));
    const b = makeClaim('b', 'quote', `“${words}”`, `“${words}”`, quote(words, 'Ann Lee'));
    expect(compareQuotes(a, b)).toMatchObject({ verdict: 'agree', ruleId: 'quote/same-words' });
  });

  test('a phrase of a few words the other quotation does not hold is not a misquote of it', () => {
    const q = (id: string, text: string) => makeClaim(id, 'quote', `“${text}”`, `“${text}”`, quote(text, 'Lee'));
    const phrase = q('a', 'no daylight');
    const full = q('b', 'There won’t be any daylight between us on this at all.');
    expect(compareQuotes(phrase, full)).toMatchObject({ verdict: 'scope-differs', ruleId: 'quote/short-phrase' });
    // Held in the longer one, it is a cut of it.
    expect(compareQuotes(q('c', 'any daylight between'), full)).toMatchObject({ verdict: 'compatible', ruleId: 'quote/partial' });
  });

  test('word similarity counts words, not letters', () => {
    expect(wordSimilarity(['a', 'b', 'c', 'd'], ['a', 'b', 'x', 'd'])).toBeCloseTo(0.75);
    expect(wordSimilarity([], [])).toBe(1);
  });
});

describe('medium rules', () => {
  const m = (medium: string): Value => ({ type: 'medium', medium, participants: ['He Lifeng', 'Scott Bessent'], reading: medium });
  test('a phone call is not a video call', () => {
    const a = makeClaim('a', 'medium', 'held a phone call with Bessent', 'phone call', m('phone call'));
    const b = makeClaim('b', 'medium', 'held a video call with He', 'video call', m('video call'));
    expect(compareMedia(a, b)).toMatchObject({ verdict: 'conflict', ruleId: 'medium/differs' });
  });
});
