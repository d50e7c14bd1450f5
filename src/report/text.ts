// The plain-text report, for a terminal or a pipe: what an editor on
// deadline needs first (conflicts, side by side), then scope differences,
// then a count of what agrees, then the sources and any input problems.
import type { Claim } from '../model/claim.js';
import type { JudgedGroup } from '../model/judgement.js';
import type { RunResult } from '../model/run.js';
import type { Source } from '../model/source.js';
import { sanitizeForTerminal } from '../text/sanitize.js';
import { sentenceParts } from '../present/sentence.js';
import { publishedLabel, sourceLabel, tooFewSources } from '../present/sources.js';
import type { FormatOptions } from './options.js';
import { EDITOR_WORDS } from '../present/labels.js';
import { groupProvenanceLines, linkEvidence, linkTitle, passageParts } from '../present/provenance.js';

function clean(s: string): string {
  return sanitizeForTerminal(s).replace(/\s+/g, ' ').trim();
}

function pad(s: string, n: number): string {
  const chars = [...s];
  return chars.length >= n ? `${chars.slice(0, n - 1).join('')}…` : s + ' '.repeat(n - chars.length);
}

/** The sentence around a claim, the value marked »…«, cut to about `max` characters. */
export function inContext(c: Claim, max = 180): string {
  const { before, value, after } = sentenceParts(c, max);
  return clean(`${before}»${value}«${after}`);
}

function statementLines(g: JudgedGroup, byId: Map<string, Source>, bold: (s: string) => string): string[] {
  const lines: string[] = [];
  for (const c of g.claims) {
    const src = byId.get(c.sourceId);
    lines.push(
      `    ${bold(pad(sourceLabel(src, c.sourceId), 26))} ${pad(publishedLabel(src?.published).replace(' (inferred from other sources)', '*'), 17)} ${pad(`“${clean(c.text)}”`, 34)} ${clean(c.value.reading)}`,
    );
    lines.push(`        ${inContext(c)}`);
  }
  return lines;
}

function groupBlock(g: JudgedGroup, n: number, result: RunResult, byId: Map<string, Source>, bold: (s: string) => string): string[] {
  const review = result.review[g.id];
  const lines = [`[${n}] ${bold(clean(g.subject))}  (${g.kind}, ${g.sourceCount} sources, ${g.id})`];
  lines.push(...statementLines(g, byId, bold));
  lines.push(`    Why: ${clean(g.explanation)} [${g.ruleId}]`);
  for (const l of groupProvenanceLines(result, g, (id) => sourceLabel(byId.get(id), id))) lines.push(`    Provenance: ${clean(l)}`);
  if (review?.editorVerdict || review?.note) {
    const v = review.editorVerdict ? EDITOR_WORDS[review.editorVerdict] : 'no verdict';
    lines.push(`    Editor: ${v}${review.note ? ` — ${clean(review.note)}` : ''}${review.stale ? '  (statements changed since review)' : ''}`);
  }
  return lines;
}

export function formatText(result: RunResult, options: FormatOptions): string {
  const bold = options.color ? (s: string) => `\x1b[1m${s}\x1b[22m` : (s: string) => s;
  const byId = new Map(result.sources.map((s) => [s.id, s]));
  const conflicts = result.groups.filter((g) => g.verdict === 'conflict');
  const scope = result.groups.filter((g) => g.verdict === 'scope-differs');
  const compatible = result.groups.filter((g) => g.verdict === 'compatible');
  const agree = result.groups.filter((g) => g.verdict === 'agree');
  const out: string[] = [];
  const n = result.sources.length;
  const plural = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;
  out.push(`claimcheck: ${plural(n, 'source')}, ${plural(result.claims.length, 'claim')}, ${plural(result.groups.length, 'fact')} stated by two or more sources`);
  const few = tooFewSources(n);
  if (few) out.push(`  ${few}`);
  out.push(
    `  ${conflicts.length} conflicts · ${scope.length} scope differences · ${compatible.length} compatible · ${agree.length} agree`,
  );
  out.push('');
  out.push(bold(`CONFLICTS (${conflicts.length}): the sources cannot all be right as written`));
  if (conflicts.length === 0) out.push('  none');
  conflicts.forEach((g, i) => out.push(...groupBlock(g, i + 1, result, byId, bold), ''));
  out.push(bold(`SCOPE DIFFERENCES (${scope.length}): different measures, moments or parties; worth a look`));
  if (scope.length === 0) out.push('  none');
  scope.forEach((g, i) => out.push(...groupBlock(g, conflicts.length + i + 1, result, byId, bold), ''));
  const agreeing = agree.length + compatible.length;
  out.push(bold(`AGREEMENT: ${plural(agreeing, 'fact')} ${agreeing === 1 ? 'agrees' : 'agree'} (${agree.length} word for word, ${compatible.length} in other words or precision)`));
  for (const g of [...compatible, ...agree]) {
    const ind = result.provenance?.groups[g.id];
    const independent = ind && ind.independent < ind.sources ? `, ${ind.independent} independent` : '';
    out.push(`  ${g.verdict === 'agree' ? '=' : '≈'} ${pad(clean(g.subject), 60)} ${g.sourceCount} sources${independent}  [${g.ruleId}]`);
  }
  out.push('');
  if (result.provenance) out.push(...provenanceSection(result, byId, bold, options.width ?? 100), '');
  out.push(bold('SOURCES'));
  for (const s of result.sources) {
    const n = result.claims.filter((c) => c.sourceId === s.id).length;
    out.push(`  ${pad(sourceLabel(s), 28)} ${pad(publishedLabel(s.published), 40)} ${String(n).padStart(3)} claims  ${clean(s.path)}`);
  }
  if (result.diagnostics.length) {
    out.push('');
    out.push(bold(`INPUT PROBLEMS (${result.diagnostics.length})`));
    for (const d of result.diagnostics) {
      const at = d.line ? `:${d.line}${d.column ? `:${d.column}` : ''}` : '';
      out.push(`  ${d.severity}: ${clean(d.file)}${at}: ${clean(d.message)} [${d.ruleId}]`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** Two columns of `w` characters, the words one side has differently marked [like this]. */
function sideBySide(left: string, right: string, w: number): string[] {
  const wrap = (s: string) => {
    const lines: string[] = [];
    let line = '';
    for (const word of s.split(' ')) {
      if (line && [...`${line} ${word}`].length > w) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) lines.push(line);
    return lines;
  };
  const a = wrap(left);
  const b = wrap(right);
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) out.push(`      ${pad(a[i] ?? '', w + 1)} │ ${b[i] ?? ''}`.trimEnd());
  return out;
}

const SHOWN_PASSAGES = 6;

/** Which sources share a text, with the passages side by side. */
function provenanceSection(result: RunResult, byId: Map<string, Source>, bold: (s: string) => string, width: number): string[] {
  const name = (id: string) => sourceLabel(byId.get(id), id);
  const links = result.provenance!.links;
  const out = [bold(`PROVENANCE (${links.length}): sources that share a text or credit one origin`)];
  if (links.length === 0) out.push('  none: no two sources share a passage or credit the same origin');
  const col = Math.max(30, Math.floor((width - 10) / 2));
  for (const l of links) {
    out.push(`  ${bold(clean(linkTitle(l, name)))}`);
    out.push(`    ${clean(linkEvidence(l, name))}`);
    out.push(...sideBySide(pad(name(l.a), col), name(l.b), col).map((s) => s.replace(/^ {6}/, '      ')));
    for (const p of l.passages.slice(0, SHOWN_PASSAGES)) {
      const show = (which: 'a' | 'b') =>
        clean(passageParts(p, which).map((x) => (x.changed ? `[${x.text.trim()}]` : x.text)).join(''));
      out.push(`    ${p.kind === 'quotation' ? 'quoted' : 'narration'}, ${p.matchedWords} words in common`);
      out.push(...sideBySide(show('a'), show('b'), col));
    }
    if (l.passages.length > SHOWN_PASSAGES) out.push(`    … and ${l.passages.length - SHOWN_PASSAGES} more passages (the JSON report has them all)`);
  }
  return out;
}
