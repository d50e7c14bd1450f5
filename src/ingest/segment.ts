// The one place ingestion reaches into the sentence splitter's text
// helpers (pure functions over strings, no ingestion types): boilerplate,
// titles and repeats are found per line, paragraph and sentence with the
// same boundaries the splitter uses.

export { lineSpans, normalizeForCompare, paragraphSpans, type Span } from '../text/sentences/spans.js';
export { sentenceSpans as sentenceSpansOf } from '../text/sentences/boundaries.js';
