// Shared types for every stage. Stages import only from here (and from
// their own folder), never from each other, so each can be tested alone.
import type { Provenance } from './provenance/types.js';
export type * from './provenance/types.js';

/** A problem with the input, reported and survived (textlint-style message). */
export interface Diagnostic {
  severity: 'error' | 'warning' | 'info';
  /** File the message is about, as given on the command line or found in a folder. */
  file: string;
  /** 1-based line and column, when the problem has a place. */
  line?: number;
  column?: number;
  /** What is wrong and what to do, in one sentence. */
  message: string;
  /** Stable id, e.g. `ingest/empty-file`, `claims/yaml-syntax`. */
  ruleId: string;
  /** True when the file was skipped entirely because of this problem. */
  skipped?: boolean;
}

/** Where a publication date came from, so an editor can weigh it. */
export type DateOrigin = 'front-matter' | 'date-line' | 'dateline' | 'other-sources' | 'html-meta';

export interface Published {
  /** Calendar date in the publication's own time zone, YYYY-MM-DD. */
  date: string;
  /** Local time HH:MM when stated. */
  time?: string;
  /** Offset from UTC in minutes when stated (GMT+03:00 → 180). */
  tzOffsetMinutes?: number;
  /** True when the date was not stated by the source itself. */
  inferred: boolean;
  origin: DateOrigin;
  /** The text the date was read from, when it came from the article. */
  evidence?: string;
}

/** A region of the file that yields no claims (boilerplate, caption, repeat, front matter). */
export interface Excluded {
  start: number;
  end: number;
  reason: 'front-matter' | 'boilerplate' | 'caption' | 'repeat' | 'dateline' | 'metadata';
}

export interface Source {
  /** Stable id: the file name without extension. */
  id: string;
  /** Path that opens the file from the working directory. */
  path: string;
  /** The file's full text as decoded from disk, front matter included. */
  text: string;
  outlet?: string;
  title?: string;
  url?: string;
  published?: Published;
  /** Offset where the article body starts (after front matter). */
  bodyStart: number;
  /** Regions that are not article prose. Sorted, non-overlapping. */
  excluded: Excluded[];
  /** Offsets of the title line in the file, when the title came from the text. */
  titleSpan?: { start: number; end: number };
}

export interface Sentence {
  sourceId: string;
  /** Index of the sentence within its source, 0-based. */
  index: number;
  /** Index of the paragraph (blank-line or line separated block). */
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /** True for the headline/title line. */
  isTitle?: boolean;
}

// ---------------------------------------------------------------------------
// Values. Every value says what was stated and what was inferred.

export type ClaimKind =
  | 'percent'
  | 'money'
  | 'count'
  | 'ordinal'
  | 'date'
  | 'place'
  | 'title'
  | 'quote'
  | 'medium';

/** How a number was qualified in the text ("more than", "up to", "about"). */
export type NumberQualifier =
  | 'exact'
  | 'more-than'
  | 'at-least'
  | 'less-than'
  | 'at-most'
  | 'up-to'
  | 'approximately'
  | 'nearly'
  | 'range'
  | 'vague';

export interface NumberValue {
  type: 'number';
  /** 'percent', an ISO currency code such as 'USD', or the counted noun ("people"). */
  unit: string;
  /** The number as written, converted (e.g. 3.6e9 for "$3.6 billion"); for ranges the low end. */
  stated: number;
  /** Upper end when a range was stated ("between 10 and 20"). */
  statedHigh?: number;
  qualifier: NumberQualifier;
  /** Interval the statement allows. `null` bound = unbounded. */
  low: number | null;
  high: number | null;
  lowInclusive: boolean;
  highInclusive: boolean;
  /** Plain-words reading: "more than 90%" → "above 90 % (lower bound)". */
  reading: string;
}

export type DateGranularity = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'vague';

/** Relation of the stated time to the event: "beginning Oct 31" is a start, "after April" a bound. */
export type DateRelation = 'on' | 'start' | 'end' | 'after' | 'before' | 'since' | 'until';

export interface DateValue {
  type: 'date';
  /** First and last possible day, inclusive, YYYY-MM-DD. */
  first: string;
  last: string;
  granularity: DateGranularity;
  relation: DateRelation;
  /** Date parts written in the text: 'year' | 'month' | 'day' | 'weekday' | 'relative'. */
  stated: string[];
  /** Date parts filled in from the publication date: 'year', 'month', 'day'. */
  inferred: string[];
  /** True for spans like "later this month", "next week", "earlier this year". */
  vague: boolean;
  /** Publication date the text was read against, YYYY-MM-DD. */
  reference: string;
  /** True when the reference date itself was inferred. */
  referenceInferred: boolean;
  /** Plain-words reading: "Fri 24 – Mon 27 Oct 2025". */
  reading: string;
}

export interface PlaceValue {
  type: 'place';
  /** Canonical name from the gazetteer ("Kuala Lumpur"). */
  name: string;
  /** 'city' | 'country' | 'region' | 'state' | 'unknown'. */
  placeKind: string;
  /** Chain of containing places, nearest first: ["Malaysia", "Asia"]. */
  within: string[];
  reading: string;
}

export interface TitleValue {
  type: 'title';
  /** The person the title belongs to, as written ("He Lifeng"). */
  person: string;
  /** The title as written, without nationality qualifiers ("Vice Premier"). */
  title: string;
  /** Lower-cased, hyphen-folded form used for comparison ("vice premier"). */
  normalized: string;
  /** Qualifiers written before the title ("U.S.", "China's", "Chinese"). */
  qualifiers: string[];
  /** True when the title is a known formal office (capitalised before the name). */
  formal: boolean;
  reading: string;
}

export interface QuoteValue {
  type: 'quote';
  /** Words inside the quotation marks, as written. */
  quoted: string;
  /** Lower-cased word tokens with punctuation removed, for comparison. */
  words: string[];
  /** Who the text says spoke, when stated nearby ("Bessent", "Trump", "the ministry"). */
  speaker?: string;
  reading: string;
}

export interface MediumValue {
  type: 'medium';
  /** Canonical channel: 'phone call', 'video call', 'in person', 'letter', 'email', 'statement', 'interview', 'social media'. */
  medium: string;
  /** People or bodies taking part, as written. */
  participants: string[];
  reading: string;
}

export type Value = NumberValue | DateValue | PlaceValue | TitleValue | QuoteValue | MediumValue;

/** A time the sentence ties a value to ("in April", "in May"). */
export interface TimeAnchor {
  /** As written in the sentence. */
  text: string;
  /** First and last day it allows (YYYY-MM-DD), when it could be read as dates. */
  first?: string;
  last?: string;
}

/** Context around a claim that decides between "conflict" and "scope-differs". */
export interface ClaimContext {
  /** Times the sentence anchors the claim to ("in April", "in May"). */
  times: TimeAnchor[];
  /** Time adverbs near the value ("currently", "initially", "previously"). */
  aspects: string[];
  /** Who or what the value belongs to, normalized to a country/actor when possible ("United States"). */
  actor?: string;
  /** 'actual' unless the text frames the value as a threat, plan, forecast or possibility. */
  modality: 'actual' | 'threat' | 'plan' | 'forecast' | 'possible';
  /**
   * The value's part in a change: "cut the rate to 9% (new) from 11% (old)",
   * "rise by 4.2% (change)". Old and new values are different facts.
   */
  role?: 'from' | 'to' | 'by';
}

export interface Claim {
  /** Unique within a run: `${sourceId}:${start}`-style, stable for unchanged text. */
  id: string;
  sourceId: string;
  kind: ClaimKind;
  /** Exact text from the file: `source.text.slice(start, end) === text`. */
  text: string;
  start: number;
  end: number;
  /** The sentence holding the claim (offsets into the same file). */
  sentence: { start: number; end: number; text: string; index: number };
  /** What the value is about, in words taken from the sentence. */
  subject: string;
  /** Words the extractor gave for the subject: a counted noun, a place's event ("talks"), a speaker. */
  hint?: string;
  /** Stemmed content terms describing the subject, for alignment. */
  terms: string[];
  /** Proper names in the sentence (people, places, organisations), normalized. */
  entities: string[];
  value: Value;
  context: ClaimContext;
}

// ---------------------------------------------------------------------------
// Alignment and judgement

export type Verdict = 'agree' | 'compatible' | 'scope-differs' | 'conflict';

/** Severity order used for sorting: conflict first. */
export const VERDICT_ORDER: readonly Verdict[] = ['conflict', 'scope-differs', 'compatible', 'agree'];

export interface PairFinding {
  a: string; // claim id
  b: string; // claim id
  verdict: Verdict;
  ruleId: string;
  explanation: string;
}

export interface ClaimGroup {
  /** Stable id derived from the kind and subject ("percent-china-share-global-supply"). */
  id: string;
  subject: string;
  kind: ClaimKind;
  claims: Claim[];
  /** Number of distinct sources stating the fact. */
  sourceCount: number;
  /** How the group was formed: automatic alignment, or pinned by the catalogue. */
  origin: 'auto' | 'catalogue';
}

export interface JudgedGroup extends ClaimGroup {
  verdict: Verdict;
  ruleId: string;
  explanation: string;
  /** Every cross-source pair that was compared, worst first. */
  pairs: PairFinding[];
}

// ---------------------------------------------------------------------------
// The story catalogue (claims/*.yaml)

export type EditorVerdict = 'confirmed-conflict' | 'not-a-conflict' | 'needs-follow-up';

export interface CatalogueStatement {
  source: string;
  text: string;
}

export interface CatalogueEntry {
  id: string;
  subject: string;
  kind: ClaimKind;
  editorVerdict?: EditorVerdict;
  note?: string;
  statements: CatalogueStatement[];
  hints?: string[];
  /** Fingerprint of the statements when the editor last reviewed the fact. */
  reviewed?: string;
}

export interface Catalogue {
  path: string;
  story?: string;
  entries: CatalogueEntry[];
}

/** A group joined to its catalogue entry, with review state. */
export interface ReviewState {
  entryId?: string;
  editorVerdict?: EditorVerdict;
  note?: string;
  /** True when the statements changed since the editor's verdict. */
  stale: boolean;
}

export interface RunResult {
  sources: Source[];
  claims: Claim[];
  groups: JudgedGroup[];
  /** Review state by group id, when a catalogue was used. */
  review: Record<string, ReviewState>;
  catalogue?: Catalogue;
  diagnostics: Diagnostic[];
  /** Milliseconds per stage, for --timing and the benchmark. */
  timings: Record<string, number>;
  /** Text reuse, attributions and independent sources per fact (src/provenance/). */
  provenance?: Provenance;
}

// ---------------------------------------------------------------------------
// Extraction contract. An extractor finds values in one sentence; the
// describe stage (src/normalize/describe.ts) then fills subject, terms,
// entities and context, so every extractor stays small.

export interface ExtractContext {
  source: Source;
  /** Publication date the text is read against (YYYY-MM-DD), possibly inferred. */
  reference: string;
  referenceInferred: boolean;
  /** Offset from UTC in minutes of the publication, when known. */
  tzOffsetMinutes?: number;
}

export interface RawClaim {
  kind: ClaimKind;
  /** Offsets into the file (not the sentence): `source.text.slice(start, end) === text`. */
  start: number;
  end: number;
  text: string;
  value: Value;
  /** Words the extractor itself knows describe the subject (a counted noun, a quote's speaker). */
  subjectHint?: string;
  /** Context the extractor knows better than the generic describe stage. */
  context?: Partial<ClaimContext>;
}

export interface Extractor {
  kind: ClaimKind;
  /** Find every value of this kind in the sentence. Must not throw on any input. */
  extract(sentence: Sentence, ctx: ExtractContext): RawClaim[];
}
