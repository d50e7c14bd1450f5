import { createContext, useContext } from 'react';
import type { Verdict } from '../model/judgement.js';

export interface Theme {
  /** False under NO_COLOR: only bold and inverse are used. */
  color: boolean;
}

export const ThemeContext = createContext<Theme>({ color: true });

export function useTheme(): Theme {
  return useContext(ThemeContext);
}

/** NO_COLOR (https://no-color.org): any non-empty value turns colours off. */
export function colorFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  return !(env.NO_COLOR !== undefined && env.NO_COLOR !== '');
}

const VERDICT_COLORS: Record<Verdict, string> = {
  conflict: 'red',
  'scope-differs': 'yellow',
  compatible: 'cyan',
  agree: 'green',
};

export function verdictColor(theme: Theme, v: Verdict): string | undefined {
  return theme.color ? VERDICT_COLORS[v] : undefined;
}
