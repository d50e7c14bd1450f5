// The review shows provenance: the overview lists the links, a fact's detail
// says which of its statements come from one text and where a copy differs.
import { afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { cleanup, render } from 'ink-testing-library';
import { ReviewApp } from '../../src/tui/app.js';
import { FactDetail } from '../../src/tui/components/FactDetail.js';
import { run } from '../../src/pipeline/run.js';
import type { RunResult } from '../../src/model/run.js';
import type { Source } from '../../src/model/source.js';

const sleep = (ms = 80) => new Promise((r) => setTimeout(r, ms));
afterEach(() => cleanup());

let result: RunResult;
beforeAll(async () => {
  result = await run({ sourcesDir: '__tests__/fixtures/stories/bridge' });
});

describe('provenance in the review', () => {
  test('the overview (o) lists the link between the reprint and its original', async () => {
    const { lastFrame, stdin } = render(<ReviewApp result={result} size={{ columns: 110, rows: 30 }} />);
    await sleep();
    stdin.write('o');
    await sleep();
    const frame = lastFrame() ?? '';
    expect(frame).toContain('SHARED TEXT (1)');
    expect(frame).toContain('Lakeside Times and Valley Digest: copy — 2 shared passages');
  });

  test("a fact's detail names the sources that share a text and the copy that differs", () => {
    const money = result.groups.find((g) => g.kind === 'money' && g.verdict === 'conflict')!;
    const sourceById = new Map<string, Source>(result.sources.map((s) => [s.id, s]));
    const provenance = [
      '2 outlets, 1 independent (Lakeside Times and Valley Digest share a text)',
      'the copy differs from the text it shares: Valley Digest has “$21.5 million” where Lakeside Times has “$18.5 million”',
    ];
    const { lastFrame } = render(
      <FactDetail group={money} review={undefined} sourceById={sourceById} provenance={provenance} scroll={0} width={140} height={30} />,
    );
    const frame = lastFrame() ?? '';
    expect(frame).toContain('Provenance: 2 outlets, 1 independent (Lakeside Times and Valley Digest share a text)');
    expect(frame).toContain('Provenance: the copy differs from the text it shares');
  });

  test('the app passes the fact its provenance lines', async () => {
    const { lastFrame, stdin } = render(<ReviewApp result={result} size={{ columns: 140, rows: 30 }} />);
    await sleep();
    stdin.write('\r'); // the first fact: the conflict, sorted first
    await sleep();
    expect(lastFrame() ?? '').toContain('Provenance: the copy differs from the text it shares: Valley Digest has “$21.5 million”');
  });
});
