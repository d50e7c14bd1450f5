// Two editors recording verdicts in one catalogue at the same moment: every
// verdict from both must be on disk afterwards.
import { describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

const N = 25;

function writer(file: string, prefix: string): Promise<number> {
  // The built module, as the CLI uses it (npm ci builds dist/).
  const script = `
    import { setVerdict } from ${JSON.stringify(path.resolve('dist/catalogue/write.js'))};
    for (let i = 0; i < ${N}; i++) {
      setVerdict(${JSON.stringify(file)}, '${prefix}-' + i, {
        kind: 'percent', subject: '${prefix} fact ' + i, verdict: 'needs-follow-up',
        note: 'from ${prefix}', statements: [{ source: 's', text: '${prefix} ' + i }],
      });
    }`;
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'inherit' });
    p.on('exit', (code) => resolve(code ?? 1));
  });
}

describe('concurrent catalogue writes', () => {
  test('two processes writing at once lose neither\'s verdicts', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-lock-'));
    const file = path.join(dir, 'catalogue.yaml');
    writeFileSync(file, '# two editors\nentries: []\n');
    const codes = await Promise.all([writer(file, 'alice'), writer(file, 'bob')]);
    expect(codes).toEqual([0, 0]);
    const doc = parse(readFileSync(file, 'utf8')) as { entries: Array<{ id: string; verdict: string }> };
    const ids = doc.entries.map((e) => e.id).sort();
    expect(ids).toHaveLength(2 * N);
    expect(new Set(ids).size).toBe(2 * N);
    expect(doc.entries.every((e) => e.verdict === 'needs-follow-up')).toBe(true);
    expect(readFileSync(file, 'utf8').startsWith('# two editors')).toBe(true);
    expect(existsSync(`${file}.lock`)).toBe(false);
  }, 30000);
});
