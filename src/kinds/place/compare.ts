// A city inside the named country is the same place at another scale. A
// place the gazetteer does not know cannot be placed: it conflicts only
// with a place in another known container, and a near spelling of it is
// one place transliterated two ways ("Ziyi", "Zygi").
import levenshtein from 'fast-levenshtein';
import type { Claim } from '../../model/claim.js';
import type { PlaceValue } from '../../model/value.js';
import { finding, type Finding } from '../../judge/rule.js';

/** Not in the gazetteer: an unknown town, or a named facility, which is placed no better. */
function unplaced(v: PlaceValue): boolean {
  return v.placeKind === 'unknown' || v.placeKind === 'facility';
}

/** The nearest place known to hold it: its first container, or itself when the gazetteer knows it. */
function anchor(v: PlaceValue): string | undefined {
  return v.within[0] ?? (unplaced(v) ? undefined : v.name);
}

/** Both anchored, and neither anchor holds the other ("Smallville, Kansas" and "Dover, Iowa"). */
function anchorsDisjoint(va: PlaceValue, vb: PlaceValue): boolean {
  const ca = anchor(va);
  const cb = anchor(vb);
  return ca !== undefined && cb !== undefined && ca !== cb && !va.within.includes(cb) && !vb.within.includes(ca);
}

export function comparePlaces(a: Claim, b: Claim): Finding {
  const va = a.value as PlaceValue;
  const vb = b.value as PlaceValue;
  const unknown = unplaced(va) || unplaced(vb);
  // "Smallville, Kansas" and "Smallville, Iowa" share a name, not a place.
  const sameName = va.name.toLowerCase() === vb.name.toLowerCase() && !(unknown && va.within.length > 0 && vb.within.length > 0 && anchorsDisjoint(va, vb));
  if (sameName) return finding('agree', 'place/same', 'Same place.');
  if (va.within.includes(vb.name) || vb.within.includes(va.name)) {
    const [inner, outer] = va.within.includes(vb.name) ? [va, vb] : [vb, va];
    return finding('compatible', 'place/contains', `${inner.name} is in ${outer.name}.`);
  }
  if (unknown) {
    if (va.name !== vb.name && nearSpelling(va.name, vb.name)) {
      return finding('compatible', 'place/spelling', `${va.name} and ${vb.name} are probably one place spelled two ways; check the spelling.`);
    }
    if (!anchorsDisjoint(va, vb) && !va.dateline && !vb.dateline) {
      const [inner, other] = unplaced(va) ? [va, vb] : [vb, va];
      return finding('scope-differs', 'place/unknown-extent', `${inner.name} is not a place claimcheck knows, so whether it lies in ${other.name} cannot be checked.`);
    }
  }
  // A dateline says where a reporter filed from: outlets file from different places.
  if (va.dateline || vb.dateline) {
    return finding('scope-differs', 'place/dateline', `${va.name} and ${vb.name} differ, but a dateline is where the report was filed, not where the event was.`);
  }
  const where = (v: PlaceValue) => (v.placeKind === 'unknown' && v.within[0] ? `${v.name} (${v.within[0]})` : v.name);
  return finding('conflict', 'place/disjoint', `${where(va)} and ${where(vb)} are different places, neither inside the other.`);
}

/** Two spellings of one name: same length within one letter, same first and last letters, at most two edits ("Gonesse"/"Genosse"). */
function nearSpelling(a: string, b: string): boolean {
  const fa = a.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  const fb = b.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  if (fa.length < 4 || fb.length < 4 || Math.abs(fa.length - fb.length) > 1) return false;
  if (fa[0] !== fb[0] || fa[fa.length - 1] !== fb[fb.length - 1]) return false;
  return levenshtein.get(fa, fb) <= 2;
}
