// Values. Every value says what was stated and what was inferred.

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
  /** True for the place of a dateline: where the report was filed, not where anything happened. */
  dateline?: boolean;
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
  /** A time the appositive gives the office ("Moore, then a district attorney" → "then"): another moment than the person's title now. */
  when?: string;
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

/** A vote tally: "passed 234-193", "a 5-4 decision", "by a vote of 52 to 48". */
export interface TallyValue {
  type: 'tally';
  /** Votes for (the first figure as written); null when only the other side is stated. */
  for: number | null;
  /** Votes against (the second figure as written); null when only one side is stated. */
  against: number | null;
  reading: string;
}

export type Value = NumberValue | DateValue | PlaceValue | TitleValue | QuoteValue | MediumValue | TallyValue;
