// Provenance: which sources share a text, which name the same origin, and
// how many independent sources state each fact. Structured findings only;
// the reports and the review write the words (src/report/provenance.ts).

/** An origin an article names for itself or for one statement. */
export type AttributionKind =
  /** "Source: scmp", "Credit: Reuters" on a line of its own: the whole article. */
  | 'source-line'
  /** "WASHINGTON (AP) —": a wire credit in a dateline: the whole article. */
  | 'wire'
  /** "Boston Brand Media (via SCMP)" in the outlet name: the whole article. */
  | 'via'
  /** "according to Reuters", "according to a statement from the ministry". */
  | 'according-to'
  /** "The Sun reported". */
  | 'reported'
  /** "told Fox Business Network": the medium a remark was made to. */
  | 'told'
  /** "the ministry said on its official website", "in a statement from X". */
  | 'statement'
  /** "Ortiz said", "said the mayor". */
  | 'said';

export interface Attribution {
  sourceId: string;
  kind: AttributionKind;
  /** The origin as written ("scmp", "China’s Ministry of Commerce"). */
  origin: string;
  /** Normalized content words of the origin, sorted; two origins match when one key contains the other. */
  key: string[];
  /** Offsets of the whole attributing phrase in the source text (end exclusive). */
  start: number;
  end: number;
  text: string;
  /** 'article' for credits that cover the whole article; 'sentence' for one statement. */
  scope: 'article' | 'sentence';
  /** Index of the sentence holding it (sentence scope). */
  sentence?: number;
}

/** One side of a shared passage. */
export interface PassageSide {
  sourceId: string;
  start: number;
  end: number;
  text: string;
  /** True when most of its shared words stand inside quotation marks. */
  quoted: boolean;
}

/** Where the two sides differ inside a shared passage (a substitution, insertion or deletion). */
export interface PassageEdit {
  /** The differing text on each side ('' for an insertion or deletion), with offsets. */
  a: { start: number; end: number; text: string };
  b: { start: number; end: number; text: string };
  /** True when a number on one side stands where the other has a different number. */
  numeric: boolean;
}

export interface SharedPassage {
  a: PassageSide;
  b: PassageSide;
  /** Words matched word for word by the alignment. */
  matchedWords: number;
  /** Of those, words that carry content (not names, not function words). */
  contentWords: number;
  /** 'quotation' when either side stands mostly inside quotation marks; 'narration' otherwise. */
  kind: 'narration' | 'quotation';
  edits: PassageEdit[];
}

export type LinkKind = 'copy' | 'partial-copy' | 'shared-quotation' | 'named-common-origin';

/** Why a link has its kind: a structured reason the presentation turns into words. */
export type LinkReason =
  /** Shared narration covers at least half of the shorter article. */
  | 'most-of-article-shared'
  /** Two or more substantial narration passages, or one long one. */
  | 'narration-shared'
  /** The only substantial shared text is quoted (the same statement or remark). */
  | 'quotation-shared'
  /** Both credit the same origin for the whole article. */
  | 'same-credited-origin';

export interface ProvenanceLink {
  /** Source ids, in the run's source order. */
  a: string;
  b: string;
  kind: LinkKind;
  reason: LinkReason;
  /** Passages shared near-verbatim, in the order of source a. */
  passages: SharedPassage[];
  /** Sentences of each source that a passage covers for the most part. */
  sharedSentences: { a: number; b: number };
  /** Share of each source's article words inside a shared passage (0..1). */
  share: { a: number; b: number };
  /** Origins both name for the whole article (or as "X reported"), as pairs of attributions. */
  commonOrigins: { a: Attribution; b: Attribution }[];
}

/** Sources of one fact that are not independent of each other. */
export interface DependentCluster {
  /** Source ids, in the run's order; two or more. */
  sources: string[];
  /** 'shared-text': statements inside one shared passage; 'same-origin': statements that name one origin. */
  reasons: ('shared-text' | 'same-origin')[];
  /** The origin named, as written by the first source naming it (same-origin). */
  origin?: string;
}

/** Two statements of one shared passage that disagree: the copy differs from the text it shares. */
export interface CopyDifference {
  /** Claim ids. */
  a: string;
  b: string;
  /** Source ids of a and b. */
  sourceA: string;
  sourceB: string;
}

export interface GroupProvenance {
  /** Distinct sources stating the fact. */
  sources: number;
  /** Of those, how many are independent of each other. */
  independent: number;
  clusters: DependentCluster[];
  copyDifferences: CopyDifference[];
}

export interface Provenance {
  attributions: Attribution[];
  links: ProvenanceLink[];
  /** By group id. */
  groups: Record<string, GroupProvenance>;
  /** Sources read, candidate pairs aligned, links found, shingles left out as too common. */
  stats: { sources: number; candidatePairs: number; links: number; commonShingles: number };
}
