// Block keys: a claim is compared only with clusters that share one, so
// alignment stays near-linear in the number of claims. Each kind's
// alignment hook picks its keys from these pieces.
import { nameTokens } from '../text/names/same.js';
import type { Idf } from './idf.js';
import { topByWeight, type Vec } from './vectors.js';

/** What a kind's hook may build block keys from. */
export interface BlockInput {
  kind: string;
  /** Words near the value, nearest first. */
  local: Vec;
  /** Names in the sentence. */
  ent: Vec;
  /** People the claim is about (a title's holder, a call's participants, a quote's speaker). */
  persons: string[];
  /** Content stems inside a quotation. */
  quoteStems: Set<string>;
  /** Counted noun, stemmed, for kinds whose unit matters. */
  unit?: string;
  /** What kind of time a date is, when not a plain "on" ("until", "since"): never the date itself. */
  relation?: string;
  idf: Idf;
}

/** One key per word of each person's name: a title or a call is about its people. */
export function personKeys(b: BlockInput): string[] {
  const keys: string[] = [];
  for (const p of b.persons) for (const t of nameTokens(p)) keys.push(`${b.kind}|${t}`);
  return keys;
}

/** The words about a value, the names around it and its unit. */
export function valueKeys(b: BlockInput): string[] {
  const keys: string[] = [];
  for (const t of topByWeight(b.local, 5)) keys.push(`${b.kind}|${t}`);
  for (const e of topByWeight(b.ent, 2)) keys.push(`${b.kind}|@${e}`);
  if (b.unit) keys.push(`${b.kind}|u:${b.unit}`);
  if (keys.length === 0) keys.push(`${b.kind}|*`);
  return keys;
}
