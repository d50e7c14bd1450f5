import { createHash } from 'node:crypto';
import type { CatalogueStatement } from '../model/catalogue.js';
import type { Claim } from '../model/claim.js';
import { normText, statementsFor } from './statements.js';

/** Length of the hex fingerprint written as `reviewed:` in the catalogue. */
export const FINGERPRINT_LENGTH = 12;

/**
 * Stable short hash of a set of statements: order-free, and blind to
 * whitespace, typographic quotes and letter case, so re-saving or re-quoting
 * a file does not make a reviewed fact look changed.
 */
export function fingerprint(statements: readonly CatalogueStatement[]): string {
  const lines = [...new Set(statements.map((s) => `${s.source.trim()}\u0000${normText(s.text)}`))].sort();
  return createHash('sha1').update(lines.join('\n'), 'utf8').digest('hex').slice(0, FINGERPRINT_LENGTH);
}

/** Fingerprint of the statements a group of claims holds now. */
export function fingerprintClaims(claims: readonly Claim[]): string {
  return fingerprint(statementsFor(claims));
}
