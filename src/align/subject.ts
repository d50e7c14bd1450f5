// A name for a group: the subject of its most typical statement, and a
// stable id built from it.
import type { Claim } from '../model/claim.js';
import { addInto, cosine, norm } from './vectors.js';
import type { Features } from './features.js';

/** The member closest to the group's centroid: the most typical wording, in one pass. */
export function centralMember(members: Features[]): Features {
  const centroid = new Map<string, number>();
  for (const f of members) addInto(centroid, f.local);
  const cn = norm(centroid);
  let bestF = members[0];
  let bestScore = -1;
  for (const f of members) {
    const s = cosine(f.local, centroid, f.localNorm, cn);
    if (s > bestScore) {
      bestScore = s;
      bestF = f;
    }
  }
  return bestF;
}

export function groupSubject(members: Features[]): string {
  const claims = members.map((m) => m.claim);
  const kind = claims[0].kind;
  if (kind === 'title' || kind === 'quote' || kind === 'medium') {
    // The fullest form of the person's name reads best ("He Lifeng's title", not "He's title").
    const longest = claims.reduce((a, b) => (b.subject.length > a.subject.length ? b : a));
    return longest.subject;
  }
  return centralMember(members).claim.subject;
}

export function slug(text: string, max = 48): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, max).replace(/-+[^-]*$/, (m) => (s.length > max ? '' : m)) || 'fact';
}

export function groupId(kind: Claim['kind'], subject: string, taken: Set<string>): string {
  const base = `${kind}-${slug(subject)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
