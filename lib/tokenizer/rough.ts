// A rough tokenizer for the provisional verdict while kuromoji loads: it needs no dictionary and no
// start-up (Intl.Segmenter was measured at 64 ms just to construct in Chromium, more than the whole
// provisional budget). Tokens are runs of one script; hiragana runs are cut at common function words so
// that negation (なし, ありません, ではなく) reads as it does with kuromoji. It has no parts of speech or
// dictionary forms, and cannot split kanji compounds: such terms wait for the full analysis.
import type { Token, Tokenizer } from './types';
import { scriptOf } from '../text/script';

// Longest first: greedy matching at each position of a hiragana run.
const FUNCTION_WORDS = [
  'ではありません', 'ございません', 'ありません', 'ではなく', 'ではない', 'じゃない', 'なかった', 'ません', 'ました', 'でした',
  'ます', 'です', 'なし', 'なく', 'ない', 'あり', 'ある', 'いる', 'する', 'して', 'した', 'から', 'まで', 'より', 'など',
  'ので', 'のに', 'けど', 'ため', 'こと', 'もの', 'では', 'には', 'とは', 'への', 'での', 'との', 'たり', 'せん', 'は', 'が',
  'を', 'に', 'で', 'の', 'も', 'と', 'や', 'へ', 'か', 'て', 'た', 'し', 'ず', 'ぬ',
].sort((a, b) => b.length - a.length);

function splitHiragana(run: string, start: number, out: Token[]): void {
  let i = 0;
  let pending = '';
  const flush = () => {
    if (pending) out.push({ surface: pending, basic: pending, pos: '', pos1: '', start: start + i - pending.length });
    pending = '';
  };
  while (i < run.length) {
    const w = FUNCTION_WORDS.find((f) => run.startsWith(f, i));
    if (w) {
      flush();
      out.push({ surface: w, basic: w, pos: '', pos1: '', start: start + i });
      i += w.length;
    } else {
      pending += run[i];
      i++;
    }
  }
  flush();
}

export function createRoughTokenizer(): Tokenizer {
  return {
    kind: 'rough',
    tokenize(text: string): Token[] {
      const out: Token[] = [];
      let i = 0;
      while (i < text.length) {
        const script = scriptOf(text.charCodeAt(i));
        let j = i + 1;
        // Punctuation and symbols are one token each; letters of one script form a run.
        if (script !== 'other') while (j < text.length && scriptOf(text.charCodeAt(j)) === script) j++;
        if (script === 'hiragana') splitHiragana(text.slice(i, j), i, out);
        else if (script !== 'space') out.push({ surface: text.slice(i, j), basic: text.slice(i, j), pos: script === 'other' ? '記号' : '', pos1: '', start: i });
        i = j;
      }
      return out;
    },
  };
}
