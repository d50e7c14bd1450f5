// The clause around a value: the part of the sentence that speaks of it.
// "X rose to 145%, while Y retaliated with 125% in April" has two clauses,
// and each value's actor and subject come from its own.

// Parentheses are not boundaries: "(APEC) summit" belongs to its clause.
// Relative clauses (", which Malaysia will host") stay with their antecedent.
const BOUNDARY =
  /[;:—–]|,\s+(?=(?:while|whereas|but|although|though|according|prompting|adding|calling|signaling|signalling|saying|citing)\b)/gi;

export interface Span {
  start: number;
  end: number;
}

/** Clause (offsets local to `text`) that contains the local span [start, end). */
export function clauseAround(text: string, start: number, end: number): Span {
  let clauseStart = 0;
  let clauseEnd = text.length;
  for (const m of text.matchAll(BOUNDARY)) {
    const at = m.index!;
    const after = at + m[0].length;
    if (at >= start && at < end) continue; // boundary inside the claim itself
    if (after <= start) clauseStart = after;
    else if (at >= end) {
      clauseEnd = at;
      break;
    }
  }
  return { start: clauseStart, end: clauseEnd };
}
