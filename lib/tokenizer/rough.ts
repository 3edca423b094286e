// A rough tokenizer for the provisional verdict while kuromoji loads: it needs no dictionary and no
// start-up (Intl.Segmenter was measured at 64 ms just to construct in Chromium, more than the whole
// provisional budget). Tokens are runs of one script; hiragana runs are cut at common function words so
// that negation (なし, ありません, ではなく) reads as it does with kuromoji. It has no parts of speech or
// dictionary forms, and cannot split kanji compounds: such terms wait for the full analysis.
import type { Token, Tokenizer } from './types';

// Longest first: greedy matching at each position of a hiragana run.
const FUNCTION_WORDS = [
  'ではありません', 'ございません', 'ありません', 'ではなく', 'ではない', 'じゃない', 'なかった', 'ません', 'ました', 'でした',
  'ます', 'です', 'なし', 'なく', 'ない', 'あり', 'ある', 'いる', 'する', 'して', 'した', 'から', 'まで', 'より', 'など',
  'ので', 'のに', 'けど', 'ため', 'こと', 'もの', 'では', 'には', 'とは', 'への', 'での', 'との', 'たり', 'せん', 'は', 'が',
  'を', 'に', 'で', 'の', 'も', 'と', 'や', 'へ', 'か', 'て', 'た', 'し', 'ず', 'ぬ',
].sort((a, b) => b.length - a.length);

type Script = 'kanji' | 'hiragana' | 'katakana' | 'alnum' | 'space' | 'other';
function scriptOf(c: number): Script {
  if ((c >= 0x4e00 && c <= 0x9fff) || c === 0x3005) return 'kanji';
  if (c >= 0x3041 && c <= 0x3096) return 'hiragana';
  if ((c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc) return 'katakana';
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return 'alnum';
  if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x3000) return 'space';
  return 'other';
}

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
