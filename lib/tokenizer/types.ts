// The one small interface every tokenizer (kuromoji in Node, in a Worker, or a rough fallback) provides.

export interface Token {
  surface: string;
  /** Dictionary form (なし → ない); equals surface where unknown. */
  basic: string;
  /** Part of speech (名詞, 動詞, 助詞, 助動詞, 形容詞, 記号 …); '' where unknown. */
  pos: string;
  pos1: string;
  /** UTF-16 offset of the token in the text given to tokenize(). */
  start: number;
}

export interface Tokenizer {
  readonly kind: 'kuromoji' | 'rough';
  tokenize(text: string): Token[];
}

export type DictionaryErrorCode = 'missing' | 'corrupt';

/** The tokenizer dictionary could not be loaded. Never swallowed: callers show it to the user. */
export class DictionaryError extends Error {
  override readonly name = 'DictionaryError';
  constructor(
    readonly code: DictionaryErrorCode,
    readonly file: string,
    detail: string,
  ) {
    super(
      code === 'missing'
        ? `Tokenizer dictionary file "${file}" is missing (${detail}). Reinstall with "npm ci" or rebuild the extension.`
        : `Tokenizer dictionary file "${file}" is corrupt (${detail}). Reinstall with "npm ci" or rebuild the extension.`,
    );
  }
}
