export interface FormatOptions {
  /** Use ANSI colour and bold (text format only). */
  color: boolean;
  /** Terminal width for wrapping, when known. */
  width?: number;
  /** ClaimReview: the publishing organisation's name (--author, or author.name in the config file). */
  author?: string;
  /** ClaimReview: the publishing organisation's web site (author.url in the config file). */
  authorUrl?: string;
  /** ClaimReview: the date the review is published, YYYY-MM-DD. */
  datePublished?: string;
}
