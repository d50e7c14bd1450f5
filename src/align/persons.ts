// Titles and channels of communication are facts about a person: every
// statement of one person's title, from any source and however often
// repeated, is one fact (the offices a person holds), compared as a set by
// the judge. People are matched by name (src/text/names.ts): full names
// first, then a lone family or given name joins the one full name it fits,
// and is left alone when it fits several ("Trump" beside two Trumps).
import { nameTokens, sameName } from '../text/names/same.js';
import type { AlignView } from './view.js';

export function groupByPerson(views: AlignView[], indices: number[]): number[][] {
  const full = indices.filter((i) => views[i].persons.some((p) => nameTokens(p).length > 1));
  const lone = indices.filter((i) => !full.includes(i));
  const groups: number[][] = [];
  const byToken = new Map<string, number[]>();
  const namesOf = (i: number) => views[i].persons;
  const same = (i: number, j: number) => namesOf(i).some((x) => namesOf(j).some((y) => sameName(x, y)));
  const tokensOf = (i: number) => namesOf(i).flatMap((n) => nameTokens(n));
  for (const i of full) {
    const candidates = new Set<number>();
    for (const t of tokensOf(i)) for (const g of byToken.get(t) ?? []) candidates.add(g);
    let home = [...candidates].find((g) => groups[g].some((j) => same(i, j)));
    if (home === undefined) {
      home = groups.length;
      groups.push([]);
    }
    groups[home].push(i);
    for (const t of tokensOf(i)) {
      const list = byToken.get(t) ?? [];
      if (!list.includes(home)) list.push(home);
      byToken.set(t, list);
    }
  }
  const loneGroups = new Map<string, number[]>();
  for (const i of lone) {
    const fits = new Set<number>();
    for (const t of tokensOf(i)) for (const g of byToken.get(t) ?? []) if (groups[g].some((j) => same(i, j))) fits.add(g);
    if (fits.size === 1) groups[[...fits][0]].push(i);
    else {
      const key = tokensOf(i).join(' ');
      if (!loneGroups.has(key)) loneGroups.set(key, []);
      loneGroups.get(key)!.push(i);
    }
  }
  return [...groups, ...loneGroups.values()].map((g) => g.sort((a, b) => a - b));
}
