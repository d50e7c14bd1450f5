// The CI gate and the CLI's publishing options.
//  - openFindings: which findings hold the gate (unit tests on the fixture).
//  - The built CLI, spawned: usage errors exit 2 with one line; --fail-on exit
//    codes on the bundled story when the pipeline runs; the ClaimReview
//    author/config checks and the "left out" message.
// A second copy runs with a stand-in engine (dist/pipeline/run.js replaced by one
// returning a RunResult from a JSON file) so the exit codes are checked on the
// fixture whatever the state of the real engine.
// The CLI is compiled into a temporary folder (never the shared dist/), laid
// out like the package (package.json, node_modules, sources beside dist/).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HELP, UsageError } from '../../src/cli/args.js';
import { mergePublish, readPublishConfig } from '../../src/cli/config.js';
import { FORMATTERS } from '../../src/report/index.js';
import { openFindings } from '../../src/report/gate.js';
import type { RunResult } from '../../src/model/run.js';
import { buildReportFixture } from '../helpers/report-fixture.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pipeline = await import('../../src/pipeline/run.js').catch(() => undefined);

describe('openFindings (the --fail-on gate)', () => {
  test('counts findings at the level without an editor verdict', () => {
    const r = buildReportFixture();
    // The quote conflict has a note but no verdict; the percent conflict and the scope difference have verdicts.
    expect(openFindings(r, 'conflict')).toBe(1);
    expect(openFindings(r, 'scope-differs')).toBe(1);
    expect(openFindings(r, 'none')).toBe(0);
    r.review['quote-ortiz-fund'] = { editorVerdict: 'not-a-conflict', stale: false };
    expect(openFindings(r, 'conflict')).toBe(0);
    delete r.review['money-relief-fund-size'];
    expect(openFindings(r, 'conflict')).toBe(0);
    expect(openFindings(r, 'scope-differs')).toBe(1);
  });
});

describe('help and formats', () => {
  test('every registered format is listed in --help', () => {
    const line = HELP.split('\n').find((l) => l.includes('--format'))!;
    expect(Object.keys(FORMATTERS)).toEqual(['text', 'json', 'markdown', 'html', 'csv', 'claimreview']);
    for (const name of Object.keys(FORMATTERS)) expect(line).toContain(name);
  });
});

describe('publishing config', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cc-config-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    writeFileSync(path.join(dir, name), text);
    return path.join(dir, name);
  };

  test('reads author {name, url} and datePublished; ./claimcheck.yaml by default', async () => {
    write('claimcheck.yaml', 'author:\n  name: Harbor Gazette Fact Desk\n  url: https://harborgazette.example/fact-check\ndatePublished: 2026-03-14\n');
    expect(await readPublishConfig(undefined, dir)).toEqual({
      author: { name: 'Harbor Gazette Fact Desk', url: 'https://harborgazette.example/fact-check' },
      datePublished: '2026-03-14',
    });
    const other = write('other.yaml', 'author: Valley Desk\n');
    expect(await readPublishConfig(other, dir)).toEqual({ author: { name: 'Valley Desk' } });
    expect(await readPublishConfig(undefined, path.join(dir, 'nowhere'))).toEqual({});
  });

  test('problems are one-line usage errors', async () => {
    const cases: [string, RegExp][] = [
      ['author:\n  url: https://x.example\n', /author\.name must be a non-empty string/],
      ['author: {name: X, url: "javascript:alert(1)"}\n', /author\.url must be an http\(s\) address/],
      ['datePublished: next tuesday\n', /datePublished takes a date like 2026-03-14/],
      ['author: [a, b]\n', /author must be a name or \{name, url\}/],
      ['author: {name: X\n', /^bad\.yaml: /],
      ['- a list\n', /expected a mapping/],
    ];
    for (const [text, message] of cases) {
      const file = write('bad.yaml', text);
      const err = await readPublishConfig(file).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UsageError);
      expect((err as Error).message).not.toContain('\n');
      expect((err as Error).message.replace(file, 'bad.yaml')).toMatch(message);
    }
    await expect(readPublishConfig(path.join(dir, 'missing.yaml'))).rejects.toThrow(/--config: no such file/);
  });

  test('flags win over the file; today when no date is given', () => {
    const config = { author: { name: 'Desk', url: 'https://desk.example' }, datePublished: '2026-03-14' };
    expect(mergePublish({}, config, '2026-04-01')).toEqual({ author: 'Desk', authorUrl: 'https://desk.example', datePublished: '2026-03-14' });
    expect(mergePublish({ author: 'Other Org', datePublished: '2026-03-20' }, config, '2026-04-01')).toEqual({
      author: 'Other Org',
      authorUrl: undefined,
      datePublished: '2026-03-20',
    });
    expect(mergePublish({ author: 'Desk' }, config, '2026-04-01').authorUrl).toBe('https://desk.example');
    expect(mergePublish({}, {}, '2026-04-01')).toEqual({ author: undefined, authorUrl: undefined, datePublished: '2026-04-01' });
  });
});

describe('the built CLI', () => {
  let pkg: string; // a package-shaped folder: package.json, node_modules, sources, dist/
  let cli: string;
  let work: string; // an empty working directory (no claimcheck.yaml)

  beforeAll(() => {
    pkg = mkdtempSync(path.join(tmpdir(), 'cc-cli-'));
    // Other engineers' files may not type-check yet: tsc still emits; only cli.js matters.
    spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.build.json'), '--outDir', path.join(pkg, 'dist')], {
      encoding: 'utf8',
    });
    cli = path.join(pkg, 'dist/cli.js');
    cpSync(path.join(ROOT, 'package.json'), path.join(pkg, 'package.json'));
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(pkg, 'node_modules'));
    symlinkSync(path.join(ROOT, 'sources'), path.join(pkg, 'sources'));
    symlinkSync(path.join(ROOT, 'claims'), path.join(pkg, 'claims'));
    // The built lexicon and WordNet tables, as an installed package has them (the engine reads them from the package root).
    if (existsSync(path.join(ROOT, 'data'))) symlinkSync(path.join(ROOT, 'data'), path.join(pkg, 'data'));
    work = mkdtempSync(path.join(tmpdir(), 'cc-work-'));
  }, 180_000);
  afterAll(() => {
    rmSync(pkg, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  function claimcheck(args: string[], cwd = work) {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    delete env.NODE_OPTIONS;
    const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env, timeout: 120_000 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  function expectUsageError(r: { code: number | null; stderr: string; stdout: string }, message: RegExp) {
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^claimcheck: /);
    expect(lines[0]).toMatch(message);
  }

  test('it was built', () => {
    expect(existsSync(cli)).toBe(true);
  });

  test('unknown format: exit 2, one line listing every format', () => {
    expectUsageError(
      claimcheck(['report', '--format', 'pdf', '--fail-on', 'conflict', '--quiet']),
      /^claimcheck: unknown format 'pdf' \(formats: text, json, markdown, html, csv, claimreview\)$/,
    );
  });

  test('bad --fail-on value: exit 2, one line', () => {
    expectUsageError(claimcheck(['report', '--fail-on', 'warning', '--quiet']), /--fail-on takes conflict, scope-differs or none, not 'warning'/);
  });

  test('claimreview without an author: exit 2, one line, before the engine runs', () => {
    expectUsageError(claimcheck(['report', '--format', 'claimreview']), /claimreview needs an author: pass --author NAME/);
    expectUsageError(claimcheck(['report', '--format', 'claimreview', '--config', 'nope.yaml']), /--config: no such file 'nope.yaml'/);
    writeFileSync(path.join(work, 'claimcheck.yaml'), 'author: {name: Desk}\ndatePublished: soon\n');
    try {
      expectUsageError(claimcheck(['report', '--format', 'claimreview']), /^claimcheck: claimcheck\.yaml: datePublished takes a date like 2026-03-14, not 'soon'$/);
    } finally {
      rmSync(path.join(work, 'claimcheck.yaml'));
    }
  });

  test('--help lists every format', () => {
    const r = claimcheck(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('-f, --format FMT     text (default), json, markdown, html, csv or claimreview');
  });

  describe('with a stand-in engine returning the fixture', () => {
    let stub: string; // package folder whose dist/pipeline/run.js returns $CLAIMCHECK_TEST_RESULT
    let resultFile: string;
    beforeAll(() => {
      stub = mkdtempSync(path.join(tmpdir(), 'cc-stub-'));
      cpSync(path.join(pkg, 'dist'), path.join(stub, 'dist'), { recursive: true });
      cpSync(path.join(ROOT, 'package.json'), path.join(stub, 'package.json'));
      symlinkSync(path.join(ROOT, 'node_modules'), path.join(stub, 'node_modules'));
      writeFileSync(
        path.join(stub, 'dist/pipeline/run.js'),
        "import { readFileSync } from 'node:fs';\nexport async function run() { return JSON.parse(readFileSync(process.env.CLAIMCHECK_TEST_RESULT, 'utf8')); }\n",
      );
      resultFile = path.join(stub, 'result.json');
    });
    afterAll(() => rmSync(stub, { recursive: true, force: true }));

    // The fixture's input warning, which the CLI prints first unless --quiet.
    const WARNING =
      'claimcheck: warning: sources/valley-courier.txt:1:1: publication date read from the first line of the text; add "date:" front matter to be sure.\n';

    function withResult(result: RunResult, args: string[]) {
      writeFileSync(resultFile, JSON.stringify(result));
      const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', CLAIMCHECK_TEST_RESULT: resultFile };
      delete env.NODE_OPTIONS;
      const r = spawnSync(process.execPath, [path.join(stub, 'dist/cli.js'), ...args], { cwd: work, encoding: 'utf8', env, timeout: 60_000 });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    }

    test('--fail-on conflict --quiet: 1 while a conflict has no editor verdict, nothing printed', () => {
      const r = withResult(buildReportFixture(), ['report', '--fail-on', 'conflict', '--quiet']);
      expect(r).toEqual({ code: 1, stdout: '', stderr: '' });
    });

    test('without --quiet the gate says why on stderr', () => {
      const r = withResult(buildReportFixture(), ['report', '--fail-on', 'scope-differs', '--format', 'csv']);
      expect(r.code).toBe(1);
      expect(r.stdout.startsWith('fact_id,subject,')).toBe(true);
      expect(r.stderr).toBe(WARNING + 'claimcheck: 1 finding(s) at level scope-differs or worse have no editor verdict\n');
    });

    test('0 once every conflict has an editor verdict, and with --fail-on none', () => {
      const ruled = buildReportFixture();
      ruled.review['quote-ortiz-fund'] = { editorVerdict: 'not-a-conflict', stale: false };
      expect(withResult(ruled, ['report', '--fail-on', 'conflict', '--quiet']).code).toBe(0);
      expect(withResult(ruled, ['report', '--fail-on', 'scope-differs', '--quiet']).code).toBe(0);
      expect(withResult(buildReportFixture(), ['report', '--fail-on', 'none', '--quiet']).code).toBe(0);
      expect(withResult(buildReportFixture(), ['report', '--quiet']).code).toBe(0);
    });

    test('claimreview: the export on stdout, how many facts were left out on stderr', () => {
      const r = withResult(buildReportFixture(), ['report', '--format', 'claimreview', '--author', 'Desk', '--date-published', '2026-03-14']);
      expect(r.code).toBe(0);
      const graph = JSON.parse(r.stdout)['@graph'];
      expect(graph).toHaveLength(2);
      expect(graph[0].datePublished).toBe('2026-03-14');
      expect(r.stderr).toBe(WARNING + 'claimcheck: 2 facts without an editor verdict were left out of the ClaimReview export\n');
      expect(withResult(buildReportFixture(), ['report', '--format', 'claimreview', '--author', 'Desk', '--quiet']).stderr).toBe('');
    });

    test('claimreview reads ./claimcheck.yaml, or --config FILE; --author wins', () => {
      writeFileSync(path.join(work, 'claimcheck.yaml'), 'author:\n  name: Harbor Gazette Fact Desk\n  url: https://harborgazette.example/fact-check\ndatePublished: 2026-03-14\n');
      writeFileSync(path.join(work, 'other.yaml'), 'author: River Desk\ndatePublished: 2026-03-15\n');
      try {
        let graph = JSON.parse(withResult(buildReportFixture(), ['report', '--format', 'claimreview']).stdout)['@graph'];
        expect(graph[0].author).toEqual({ '@type': 'Organization', name: 'Harbor Gazette Fact Desk', url: 'https://harborgazette.example/fact-check' });
        expect(graph[0].datePublished).toBe('2026-03-14');
        graph = JSON.parse(withResult(buildReportFixture(), ['report', '--format', 'claimreview', '--config', 'other.yaml']).stdout)['@graph'];
        expect(graph[0].author).toEqual({ '@type': 'Organization', name: 'River Desk' });
        expect(graph[0].datePublished).toBe('2026-03-15');
        graph = JSON.parse(withResult(buildReportFixture(), ['report', '--format', 'claimreview', '--author', 'Someone Else']).stdout)['@graph'];
        expect(graph[0].author).toEqual({ '@type': 'Organization', name: 'Someone Else' });
      } finally {
        rmSync(path.join(work, 'claimcheck.yaml'));
        rmSync(path.join(work, 'other.yaml'));
      }
    });

    test('every format renders through the CLI and --output writes the file', () => {
      for (const format of Object.keys(FORMATTERS)) {
        const r = withResult(buildReportFixture(), ['report', '--format', format, '--author', 'Desk']);
        expect(r.code).toBe(0);
        expect(r.stdout.length).toBeGreaterThan(100);
      }
      const out = path.join(work, 'memo.html');
      const r = withResult(buildReportFixture(), ['report', '--format', 'html', '--output', out]);
      expect(r.stderr).toBe(`${WARNING}claimcheck: wrote ${out}\n`);
      expect(existsSync(out)).toBe(true);
    });
  });

  (pipeline ? describe : describe.skip)('on the bundled story (needs src/pipeline/run.ts)', () => {
    let expected: { conflict: number; scope: number; skippedSource: boolean; withoutVerdict: number };
    beforeAll(async () => {
      const result = await pipeline!.run({ sourcesDir: path.join(ROOT, 'sources'), claimsDir: path.join(ROOT, 'claims') });
      expected = {
        conflict: openFindings(result, 'conflict'),
        scope: openFindings(result, 'scope-differs'),
        skippedSource: result.diagnostics.some((d) => d.skipped),
        withoutVerdict: result.groups.filter((g) => !result.review[g.id]?.editorVerdict).length,
      };
    }, 120_000);

    test('--fail-on conflict --quiet: 1 while conflicts lack a verdict, else 0; nothing printed', () => {
      const r = claimcheck(['report', '--fail-on', 'conflict', '--quiet']);
      expect(r.code).toBe(expected.conflict > 0 || expected.skippedSource ? 1 : 0);
      expect(r.stdout).toBe('');
    });

    test('--fail-on none: 0 (unless a source was skipped)', () => {
      expect(claimcheck(['report', '--fail-on', 'none', '--quiet']).code).toBe(expected.skippedSource ? 1 : 0);
    });

    test('claimreview: stderr says how many facts were left out', () => {
      const r = claimcheck(['report', '--format', 'claimreview', '--author', 'Desk', '--date-published', '2026-03-14']);
      const doc = JSON.parse(r.stdout);
      expect(doc['@context']).toBe('https://schema.org');
      if (expected.withoutVerdict > 0) {
        expect(r.stderr).toMatch(new RegExp(`claimcheck: ${expected.withoutVerdict} facts? without an editor verdict (was|were) left out of the ClaimReview export`));
      }
      const quiet = claimcheck(['report', '--format', 'claimreview', '--author', 'Desk', '--quiet']);
      expect(quiet.stderr).not.toMatch(/left out/);
    });
  });
});
