// Provenance everywhere an editor looks: the text, markdown, HTML and JSON
// reports of the made-up story with a reprint.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020Module from 'ajv/dist/2020.js';
import { run } from '../../src/pipeline/run.js';
import { FORMATTERS } from '../../src/report/index.js';
import type { RunResult } from '../../src/model/run.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let r: RunResult;
beforeAll(async () => {
  r = await run({ sourcesDir: '__tests__/fixtures/stories/bridge' });
});

describe('reports with provenance', () => {
  test('text: the link, its evidence, the passages side by side with the changed number marked, and per fact the independent count', () => {
    const out = FORMATTERS.text(r, { color: false });
    expect(out).toContain('PROVENANCE (1): sources that share a text or credit one origin');
    expect(out).toContain('Lakeside Times and Valley Digest: copy');
    expect(out).toMatch(/ \$\[18\.5\] million.* │ /);
    expect(out).toMatch(/ │ .*\$\[21\.5\] million/);
    expect(out).toContain('Provenance: 3 outlets, 2 independent (Lakeside Times and Valley Digest share a text)');
    expect(out).toContain('Provenance: the copy differs from the text it shares: Valley Digest has “$21.5 million” where Lakeside Times has “$18.5 million”');
    expect(out).toMatch(/Helen Okafor's title +3 sources, 2 independent/);
  });

  test('markdown: a provenance section with a two-column table per link', () => {
    const out = FORMATTERS.markdown(r, { color: false });
    expect(out).toContain('## Provenance (1)');
    expect(out).toContain('### Lakeside Times and Valley Digest: copy');
    expect(out).toContain('| Lakeside Times | Valley Digest |');
    expect(out).toContain('$**18\\.5** million');
    expect(out).toContain('**Provenance:** the copy differs from the text it shares');
  });

  test('html: a provenance section, passages side by side, no script', () => {
    const out = FORMATTERS.html(r, { color: false });
    expect(out).toContain('<section id="provenance">');
    expect(out).toContain('<th scope="col">Lakeside Times</th><th scope="col">Valley Digest</th>');
    expect(out).toContain('$<b class="diff">21.5</b> million');
    expect(out).toContain('<strong>Provenance:</strong> 3 outlets, 2 independent');
    expect(out).not.toMatch(/<script/i);
  });

  test('json: links, per-group independent counts and copy differences, valid against the schema', () => {
    const doc = JSON.parse(FORMATTERS.json(r, { color: false }));
    const Ajv2020 = Ajv2020Module.default;
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync(`${ROOT}schema/report.schema.json`, 'utf8')));
    expect(validate(doc)).toBe(true);
    expect(doc.provenance.links).toHaveLength(1);
    expect(doc.provenance.links[0]).toMatchObject({ a: 'lakeside-times', b: 'valley-digest', kind: 'copy', reason: 'most-of-article-shared' });
    const money = doc.groups.find((g: { verdict: string; type: string }) => g.type === 'money' && g.verdict === 'conflict');
    expect(money).toMatchObject({ independentSources: 2, dependentSources: [{ sources: ['lakeside-times', 'valley-digest'] }] });
    expect(money.copyDifferences).toEqual([
      { a: expect.objectContaining({ source: 'lakeside-times', text: '$18.5 million' }), b: expect.objectContaining({ source: 'valley-digest', text: '$21.5 million' }) },
    ]);
  });
});
