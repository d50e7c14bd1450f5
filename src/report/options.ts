export interface FormatOptions {
  /** Use ANSI colour and bold (text format only). */
  color: boolean;
  /** Terminal width for wrapping, when known. */
  width?: number;
  /** ClaimReview: the publishing organisation and date. */
  author?: string;
  datePublished?: string;
}
