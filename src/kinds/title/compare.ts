// Titles: a person's titles are the offices they hold. "Vice-Premier" and
// "Vice Premier", "Rep." and "Congressman" are one office; a lower-case
// description ("top trade negotiator") describes rather than names an
// office; two different offices may be held at once. Titles conflict only
// in rank ("assistant district attorney" against "district attorney").
import type { Claim } from '../../model/claim.js';
import type { TitleValue } from '../../model/value.js';
import { contentStems } from '../../text/terms.js';
import { finding, type Finding } from '../../judge/rule.js';

// Abbreviations and gendered forms of one office, as style guides write
// them: general English usage, not any story's vocabulary.
const SAME_OFFICE: Record<string, string> = {
  rep: 'representative', congressman: 'representative', congresswoman: 'representative', congressmember: 'representative',
  sen: 'senator', gov: 'governor', lt: 'lieutenant', gen: 'general', pres: 'president', sec: 'secretary',
  secy: 'secretary', atty: 'attorney', supt: 'superintendent', amb: 'ambassador', adm: 'admiral', col: 'colonel',
  capt: 'captain', sgt: 'sergeant', det: 'detective', insp: 'inspector', cmdr: 'commander', prof: 'professor',
  dr: 'doctor', rev: 'reverend', hon: 'honorable', chairman: 'chair', chairwoman: 'chair', chairperson: 'chair',
  spokesman: 'spokesperson', spokeswoman: 'spokesperson', lawyer: 'attorney', premier: 'premier', pm: 'prime minister',
};

/** Words that set a rank within one office: "assistant district attorney" is not the district attorney. */
const RANK = new Set(['assistant', 'deputy', 'vice', 'acting', 'associate', 'lieutenant', 'under', 'interim', 'chief', 'senior', 'junior', 'principal']);

/** Words that set a time: a former office is another moment, not another office. */
const TIME = new Set(['former', 'ex', 'then', 'incoming', 'outgoing', 'retiring', 'late', 'newly', 'new', 'future', 'longtime']);

function officeWords(normalized: string): string[] {
  return normalized
    .replace(/\./g, ' ')
    .split(/[\s-]+/)
    .filter(Boolean)
    .flatMap((w) => (SAME_OFFICE[w] ?? w).split(' '));
}

export function compareTitles(a: Claim, b: Claim): Finding {
  const va = a.value as TitleValue;
  const vb = b.value as TitleValue;
  const oa = officeWords(va.normalized);
  const ob = officeWords(vb.normalized);
  if (va.normalized !== vb.normalized && oa.join(' ') === ob.join(' ')) {
    return finding('compatible', 'title/spelling', `“${va.title}” and “${vb.title}” are one title written two ways.`);
  }
  const onlyA = oa.filter((w) => !ob.includes(w));
  const onlyB = ob.filter((w) => !oa.includes(w));
  const differ = [...onlyA, ...onlyB];
  if (differ.length > 0 && differ.every((w) => TIME.has(w))) {
    return finding('scope-differs', 'title/different-time',
      `“${va.title}” and “${vb.title}” name one office at different times.`);
  }
  if (differ.length > 0 && differ.every((w) => RANK.has(w) || TIME.has(w)) && differ.some((w) => RANK.has(w))) {
    return finding('conflict', 'title/rank-differs',
      `“${va.title}” and “${vb.title}” differ in rank (${differ.filter((w) => RANK.has(w)).join(', ')}): one person cannot hold both as stated.`);
  }
  if (va.normalized === vb.normalized) {
    return va.title === vb.title
      ? finding('agree', 'title/same', `Both call ${va.person} ${va.title}.`)
      : finding('compatible', 'title/spelling', `“${va.title}” and “${vb.title}” are one title written two ways.`);
  }
  const [short, long] = oa.length <= ob.length ? [oa, ob] : [ob, oa];
  if (short.every((w) => long.includes(w))) {
    return finding('compatible', 'title/shortened', 'One title is a shorter form of the other.');
  }
  if (!va.formal || !vb.formal) {
    const shared = contentStems(va.normalized).filter((s) => contentStems(vb.normalized).includes(s));
    return shared.length
      ? finding('compatible', 'title/description',
          `At least one is a description rather than a formal title, and they agree on “${shared.join(', ')}”.`)
      : finding('scope-differs', 'title/different-description',
          'At least one is a description rather than a formal title; they describe different aspects of the person.');
  }
  // One kind of post with different portfolios ("Treasury Secretary",
  // "Commerce Secretary") is one seat described two ways: only one is right.
  const head = (ws: string[]) => (ws.includes('of') ? ws[ws.indexOf('of') - 1] : ws[ws.length - 1]);
  if (va.formal && vb.formal && head(oa) === head(ob) && onlyA.some((w) => !RANK.has(w) && !TIME.has(w)) && onlyB.some((w) => !RANK.has(w) && !TIME.has(w))) {
    return finding('conflict', 'title/different-posts',
      `“${va.title}” and “${vb.title}” are two posts of one kind (${head(oa)}); one person holds one of them.`);
  }
  // Different offices are not a contradiction: one person is often a
  // senator and the majority leader at once. Only rank (above) or another
  // person makes titles conflict.
  return finding('scope-differs', 'title/different-offices',
    `“${va.title}” and “${vb.title}” are different offices, which one person may hold at once or in turn; check both are current.`);
}
