import { createContext, useContext } from 'react';
import type { EditorVerdict } from '../model/catalogue.js';
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

export const VERDICT_LABEL: Record<Verdict, string> = {
  conflict: 'CONFLICT',
  'scope-differs': 'scope-differs',
  compatible: 'compatible',
  agree: 'agree',
};

export const EDITOR_LABEL: Record<EditorVerdict, string> = {
  'confirmed-conflict': 'confirmed conflict',
  'not-a-conflict': 'not a conflict',
  'needs-follow-up': 'needs follow-up',
};

/** Short forms for the list's editor column. */
export const EDITOR_SHORT: Record<EditorVerdict, string> = {
  'confirmed-conflict': 'conf',
  'not-a-conflict': 'ok',
  'needs-follow-up': 'f-up',
};
