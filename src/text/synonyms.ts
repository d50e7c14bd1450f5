// A small table of news-prose synonyms, folded before words are compared:
// outlets say "talks", "discussions" or "negotiations" for one event, and
// "tariffs" or "duties" for one measure. General vocabulary only: nothing
// here names a story, a place or a person.
export const SYNONYM_SETS: readonly string[][] = [
  ['talks', 'talk', 'discussions', 'discussion', 'discuss', 'negotiations', 'negotiation', 'negotiate', 'meeting', 'meet', 'met', 'dialogue', 'dialog'],
  ['tariffs', 'tariff', 'duties', 'duty', 'levies', 'levy'],
  ['restrictions', 'restriction', 'restrict', 'controls', 'control', 'curbs', 'curb', 'limits'],
  ['killed', 'kill', 'deaths', 'death', 'died', 'dead', 'fatalities', 'fatality', 'lives'],
  ['injured', 'injuries', 'injury', 'wounded', 'hurt'],
  ['companies', 'company', 'firms', 'firm', 'businesses', 'corporations'],
  ['announced', 'announce', 'announcement', 'confirmed', 'confirm', 'unveiled'],
  ['officials', 'official', 'authorities', 'officers'],
  ['imposed', 'impose', 'implemented', 'implement', 'introduced', 'enacted'],
  ['agreement', 'agreements', 'deal', 'deals', 'accord', 'pact'],
  ['truce', 'ceasefire', 'cease-fire', 'armistice'],
  ['summit', 'summits'],
  ['struck', 'strike', 'hit', 'swept', 'battered', 'ravaged', 'inundated', 'lashed', 'slammed', 'devastated'],
  ['phone', 'telephone'],
  ['budget', 'budgets', 'spending'],
  ['ruling', 'verdict', 'judgment', 'judgement', 'decision'],
  ['trial', 'hearing', 'proceedings'],
];
