// A source as ingestion reads it, and the sentences it is split into.

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
  /**
   * Offsets of the place a dateline names ("GONESSE, France" in "GONESSE,
   * France (AP) --"): where the report was filed. It sits inside an excluded
   * dateline region and becomes a sentence of its own (`isDateline`).
   */
  datelinePlace?: { start: number; end: number };
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
  /** True for the place of a dateline (Source.datelinePlace): a place name, not prose. */
  isDateline?: boolean;
}
