/**
 * NO_COLOR: colours off, bold and inverse kept. Colour support is forced on
 * before ink (and chalk) load, so the frames carry real escape codes.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { buildFixture } from '../helpers/fixture-result.js';

process.env.FORCE_COLOR = '1';
const { render, cleanup } = await import('ink-testing-library');
const { ReviewApp } = await import('../../src/tui/app.js');
const { ThemeContext, colorFromEnv } = await import('../../src/tui/theme.js');

afterEach(() => cleanup());
const sleep = (ms = 80) => new Promise((r) => setTimeout(r, ms));
// SGR foreground/background colour codes: 30–39, 40–49, 90–97, 100–107 (alone or in a list).
const COLOUR = /\x1b\[(?:[0-9;]*;)?(?:3[0-9]|4[0-9]|9[0-7]|10[0-7])(?:;[0-9;]*)?m/;

describe('NO_COLOR', () => {
  test('colorFromEnv follows no-color.org: set and non-empty turns colour off', () => {
    expect(colorFromEnv({})).toBe(true);
    expect(colorFromEnv({ NO_COLOR: '' })).toBe(true);
    expect(colorFromEnv({ NO_COLOR: '1' })).toBe(false);
  });

  test('with colour the verdicts are coloured; without, only bold and inverse remain', async () => {
    const { result } = buildFixture();
    const coloured = render(
      <ThemeContext.Provider value={{ color: true }}>
        <ReviewApp result={result} size={{ rows: 20, columns: 100 }} />
      </ThemeContext.Provider>,
    );
    await sleep();
    expect(coloured.lastFrame()).toMatch(COLOUR);
    cleanup();

    const plain = render(
      <ThemeContext.Provider value={{ color: false }}>
        <ReviewApp result={result} size={{ rows: 20, columns: 100 }} />
      </ThemeContext.Provider>,
    );
    await sleep();
    let frame = plain.lastFrame() ?? '';
    expect(frame).not.toMatch(COLOUR);
    expect(frame).toContain('\x1b[1m'); // bold
    expect(frame).toContain('\x1b[7m'); // inverse: the selected row
    plain.stdin.write('\r');
    await sleep();
    frame = plain.lastFrame() ?? '';
    expect(frame).not.toMatch(COLOUR);
    // The value is highlighted inside its sentence with inverse video.
    expect(frame).toMatch(/damaged \x1b\[7m(?:\x1b\[1m)?more\b/);
    expect(frame).toMatch(/reached \x1b\[7m(?:\x1b\[1m)?about 25 percent/);
  });
});
