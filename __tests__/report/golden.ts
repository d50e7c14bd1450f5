/**
 * Golden files: the fixture rendered by each format, kept in
 * __tests__/report/golden/ and compared byte for byte.
 *
 * After an intended change to a format, regenerate and READ the diff:
 *   UPDATE_GOLDEN=1 NODE_OPTIONS=--experimental-vm-modules npx jest __tests__/report
 *   git diff __tests__/report/golden
 */
import { expect } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const GOLDEN_DIR = fileURLToPath(new URL('./golden/', import.meta.url));

export function expectGolden(name: string, actual: string): void {
  const file = path.join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`missing golden file ${name}: run with UPDATE_GOLDEN=1 and read it`);
  const expected = readFileSync(file);
  // Byte for byte; on a difference, show it as text.
  if (!expected.equals(Buffer.from(actual, 'utf8'))) expect(actual).toBe(expected.toString('utf8'));
}
