// Titles: "Vice-Premier" and "Vice Premier" are one office; a lower-case
// description ("top trade negotiator") describes rather than names an
// office and rarely contradicts one; two different formal offices do.
import type { Claim } from '../../model/claim.js';
import type { TitleValue } from '../../model/value.js';
import { contentStems } from '../../text/terms.js';
import { finding, type Finding, type Namer } from '../../judge/rule.js';

export function compareTitles(a: Claim, b: Claim, name: Namer): Finding {
  const va = a.value as TitleValue;
  const vb = b.value as TitleValue;
  if (va.normalized === vb.normalized) {
    return va.title === vb.title
      ? finding('agree', 'title/same', a, b, name, `Both call ${va.person} ${va.title}.`)
      : finding('compatible', 'title/spelling', a, b, name, `“${va.title}” and “${vb.title}” are one title written two ways.`);
  }
  const wa = va.normalized.split(' ');
  const wb = vb.normalized.split(' ');
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (short.every((w) => long.includes(w))) {
    return finding('compatible', 'title/shortened', a, b, name, 'One title is a shorter form of the other.');
  }
  if (!va.formal || !vb.formal) {
    const shared = contentStems(va.normalized).filter((s) => contentStems(vb.normalized).includes(s));
    return shared.length
      ? finding('compatible', 'title/description', a, b, name,
          `At least one is a description rather than a formal title, and they agree on “${shared.join(', ')}”.`)
      : finding('scope-differs', 'title/different-description', a, b, name,
          'At least one is a description rather than a formal title; they describe different aspects of the person.');
  }
  return finding('conflict', 'title/differs', a, b, name, `“${va.title}” and “${vb.title}” are different offices.`);
}
