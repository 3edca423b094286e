// The script a character is written in: a change of script is a word boundary in Japanese text
// (架電の, 営業し), which both the matcher and the rough tokenizer rely on.

export type Script = 'kanji' | 'hiragana' | 'katakana' | 'alnum' | 'space' | 'other';

/** The script of a UTF-16 code unit. 々 counts as kanji, ー as katakana; full-width forms are 'other' (normalize first). */
export function scriptOf(c: number): Script {
  if ((c >= 0x4e00 && c <= 0x9fff) || c === 0x3005) return 'kanji';
  if (c >= 0x3041 && c <= 0x3096) return 'hiragana';
  if ((c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc) return 'katakana';
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return 'alnum';
  if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x3000) return 'space';
  return 'other';
}
