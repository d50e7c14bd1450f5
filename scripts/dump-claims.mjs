// Debug aid: print the claims of the bundled story (or --sources DIR) for one kind.
import { run } from '../dist/pipeline/run.js';
const kind = process.argv[2];
const dir = process.argv[3] ?? 'sources';
const r = await run({ sourcesDir: dir });
for (const c of r.claims.filter((c) => !kind || c.kind === kind)) {
  console.log(`${c.sourceId.slice(0, 3)} ${c.kind.padEnd(7)} ${JSON.stringify(c.text).padEnd(34)} ${c.value.reading.slice(0, 40).padEnd(40)} a=${c.context.actor ?? '-'} m=${c.context.modality} t=[${c.context.times.map((t) => t.text).join('|')}] terms=${c.terms.join(',')}`);
}
