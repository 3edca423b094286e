// Splits normalized text into sentences: the units that get tokenized and quoted as evidence.

export interface Span {
  start: number;
  end: number;
}

/** Longest span handed to the tokenizer at once; longer lines (flattened HTML) are cut at 、 or spaces. */
export const MAX_SENTENCE = 240;

const HARD_END = new Set(['。', '!', '?', '\n', '！', '？']);
const SOFT_END = new Set(['、', ' ', '\t', '・', ',', '/', '|', '】', ')']);

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text[i]!;
    if (HARD_END.has(ch)) {
      push(spans, text, start, i + 1);
      start = i + 1;
    } else if (i - start >= MAX_SENTENCE) {
      // Cut at the last soft break in the second half of the window, else hard at the limit.
      let cut = i;
      for (let k = i; k > start + MAX_SENTENCE / 2; k--) if (SOFT_END.has(text[k]!)) { cut = k + 1; break; }
      push(spans, text, start, cut);
      start = cut;
    }
  }
  push(spans, text, start, n);
  return spans;
}

function push(spans: Span[], text: string, start: number, end: number): void {
  // Trim white space so that quoted sentences are clean; skip empty ones.
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
}
