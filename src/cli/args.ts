// Command-line parsing. Usage errors are one line and exit 2.
import { parseArgs } from 'node:util';
import { formatFor } from './output.js';
import { isPublishDate } from './publish-date.js';

export class UsageError extends Error {}

export type Command = 'report' | 'review' | 'claims-init' | 'default';

export interface CliOptions {
  command: Command;
  sources?: string;
  claims?: string;
  /** The report format: --format, else the one --output's extension implies, else text. */
  format: string;
  output?: string;
  failOn: 'conflict' | 'scope-differs' | 'none';
  quiet: boolean;
  force: boolean;
  noColor: boolean;
  help: boolean;
  version: boolean;
  author?: string;
  datePublished?: string;
  config?: string;
  cache: boolean;
}

const FLAGS = {
  sources: { type: 'string' },
  claims: { type: 'string' },
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'fail-on': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  force: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  author: { type: 'string' },
  'date-published': { type: 'string' },
  config: { type: 'string' },
  'no-cache': { type: 'boolean' },
} as const;

export function parseCli(argv: string[], formats: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: FLAGS, allowPositionals: true, strict: true });
  } catch (e) {
    // node's messages are long and mention internals; keep the first sentence.
    const msg = (e as Error).message.split('\n')[0].replace(/\. To specify a positional argument.*$/, '');
    throw new UsageError(msg);
  }
  const { values: v, positionals } = parsed;
  let command: Command = 'default';
  const [first, second, ...rest] = positionals;
  if (first === 'help') {
    // `claimcheck help` and `claimcheck help <command>`: the help covers every command.
    const known = ['report', 'review', 'claims'];
    if (second !== undefined && !known.includes(second)) throw new UsageError(`no help for '${second}' (commands: report, review, claims init)`);
    if (rest.length > (second === 'claims' ? 1 : 0)) throw new UsageError(`unexpected argument '${rest[rest.length - 1]}'`);
    return { ...parseCli([], formats), help: true };
  }
  if (first === 'report' || first === 'review') command = first;
  else if (first === 'claims' && second === 'init') command = 'claims-init';
  else if (first === 'claims') throw new UsageError(`unknown claims subcommand '${second ?? ''}' (try 'claims init')`);
  else if (first !== undefined) throw new UsageError(`unknown command '${first}' (commands: report, review, claims init, help)`);
  const extra = command === 'claims-init' ? rest : [second, ...rest].filter((x) => x !== undefined);
  if (extra.length) throw new UsageError(`unexpected argument '${extra[0]}'`);

  if (v.format !== undefined && !formats.includes(v.format)) throw new UsageError(`unknown format '${v.format}' (formats: ${formats.join(', ')})`);
  const format = formatFor(v.output, v.format);
  if (!formats.includes(format)) throw new UsageError(`unknown format '${format}' (formats: ${formats.join(', ')})`);
  const failOn = v['fail-on'] ?? 'none';
  if (failOn !== 'conflict' && failOn !== 'scope-differs' && failOn !== 'none') {
    throw new UsageError(`--fail-on takes conflict, scope-differs or none, not '${failOn}'`);
  }
  if (v['date-published'] !== undefined && !isPublishDate(v['date-published'])) {
    throw new UsageError(`--date-published takes a real date like 2025-10-24 (YYYY-MM-DD), not '${v['date-published']}'`);
  }
  return {
    command,
    sources: v.sources,
    claims: v.claims,
    format,
    output: v.output,
    failOn,
    quiet: v.quiet ?? false,
    force: v.force ?? false,
    noColor: v['no-color'] ?? false,
    help: v.help ?? false,
    version: v.version ?? false,
    author: v.author,
    datePublished: v['date-published'],
    config: v.config,
    cache: !(v['no-cache'] ?? false),
  };
}

export const HELP = `claimcheck — find where news sources disagree on the facts they share

Usage:
  claimcheck                      review the bundled story (the text report when no terminal)
  claimcheck review  [options]    interactive review in the terminal
  claimcheck report  [options]    print or write a discrepancy report
  claimcheck claims init [options] write claims/catalogue.yaml from the automatic groups
  claimcheck help [command]       this help (also -h, --help)

Options:
  --sources DIR        folder of articles (.md, .markdown, .txt, .html, .htm);
                       default: the bundled story
  --claims DIR         folder of the story's catalogue (DIR/catalogue.yaml); default: the
                       bundled claims/ with the bundled sources, none with --sources.
                       It must exist (claims init creates it)
  -f, --format FMT     text (default), json, markdown, html, csv or claimreview
  -o, --output FILE    write the report to FILE (atomically) instead of stdout; the
                       folder must exist. Without --format the extension sets the
                       format: .json .md .html .csv (.txt: text); a --format that
                       contradicts the extension is an error
  --fail-on LEVEL      exit 1 when findings at LEVEL (conflict | scope-differs) have
                       no editor verdict, or fewer than two sources were read;
                       default none
  -q, --quiet          print nothing but errors (with --fail-on: just the exit code)
  --author NAME        claimreview: the publishing organisation
  --date-published D   claimreview: the review's date (YYYY-MM-DD, a real date);
                       default today
  --config FILE        claimreview: YAML with author: {name, url} and datePublished;
                       default ./claimcheck.yaml when present
  --force              claims init: overwrite an existing catalogue
  --no-cache           extract every source afresh, neither reading nor writing the
                       claims cache
  --no-color           no colour (also when NO_COLOR is set)
  -h, --help           this help
  -v, --version        the version

Exit codes: 0 done; 1 the --fail-on gate did not pass or a source was skipped;
2 usage error; 3 internal error (please report it); 130 interrupted (Ctrl+C).
`;
