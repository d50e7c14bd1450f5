// natural is deep-imported (the package root costs ~850 ms, reads .env and
// prints to stdout), and its deep modules ship no type declarations.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}
declare module 'natural/lib/natural/tokenizers/regexp_tokenizer.js' {
  export class WordTokenizer {
    tokenize(text: string): string[];
  }
  export class WordPunctTokenizer {
    tokenize(text: string): string[];
  }
}
declare module 'natural/lib/natural/util/stopwords.js' {
  export const words: string[];
}
declare module 'natural/lib/natural/inflectors/noun_inflector.js' {
  export default class NounInflector {
    singularize(token: string): string;
    pluralize(token: string): string;
  }
}
