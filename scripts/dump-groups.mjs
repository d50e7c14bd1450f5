// Debug aid: print the aligned groups (kind filter optional) with their claims.
import { run } from '../dist/pipeline/run.js';
const kind = process.argv[2];
const r = await run({ sourcesDir: process.argv[3] ?? 'sources' });
for (const g of r.groups.filter((g) => !kind || g.kind === kind)) {
  console.log(`## ${g.verdict} ${g.ruleId} ${g.id}`);
  for (const c of g.claims) console.log(`   ${c.sourceId.slice(0, 3)} ${JSON.stringify(c.text).slice(0, 70)}`);
}
