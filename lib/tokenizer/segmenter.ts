// A rough tokenizer from Intl.Segmenter: no dictionary to load, so it answers at once. Used for the
// provisional verdict while kuromoji loads. It has no part of speech or dictionary forms, so context
// rules that need them fall back to surfaces.
import type { Token, Tokenizer } from './types';

export function createSegmenterTokenizer(): Tokenizer {
  const seg = new Intl.Segmenter('ja', { granularity: 'word' });
  return {
    kind: 'segmenter',
    tokenize(text: string): Token[] {
      const out: Token[] = [];
      for (const s of seg.segment(text)) {
        if (/^\s+$/.test(s.segment)) continue;
        out.push({ surface: s.segment, basic: s.segment, pos: s.isWordLike ? '' : '記号', pos1: '', start: s.index });
      }
      return out;
    },
  };
}
