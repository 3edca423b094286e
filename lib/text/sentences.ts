// Splits normalized text into sentences: the units that get tokenized and quoted as evidence.

export interface Span {
  start: number;
  end: number;
}

/** Longest span handed to the tokenizer at once; longer lines (flattened HTML) are cut at 、 or spaces. */
export const MAX_SENTENCE = 240;

const SOFT_END = new Set(['、', ' ', '\t', '・', ',', '/', '|', '】', ')']);

const HARD_END_RE = /[。!?\n！？]/g;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  HARD_END_RE.lastIndex = 0;
  // The regex engine finds sentence ends; only over-long stretches are walked character by character.
  for (let m = HARD_END_RE.exec(text); ; m = HARD_END_RE.exec(text)) {
    // Speech quoted inside a sentence (お客様に「ネット回線、見直しませんか？」とお声がけ) is part of it: its ？ or 。 is
    // the quote's, not the sentence's end. So is a note in brackets (メモに書く（会社からが多いです。1日10本くらい）).
    if (m && m[0] !== '\n' && insideQuote(text, start, m.index)) continue;
    const end = m ? m.index + 1 : text.length;
    start = cutLong(text, spans, start, end);
    push(spans, text, start, end);
    start = end;
    if (!m) break;
  }
  return spans;
}

/** Longest quotation read as part of its sentence: past it, an unclosed 「 is a stray mark. */
const MAX_QUOTE = 120;

// 「 『 ( and their closes, as char codes: this runs at every sentence end.
const isOpen = (c: number) => c === 0x300c || c === 0x300e || c === 0x28;
const isClose = (c: number) => c === 0x300d || c === 0x300f || c === 0x29;

/** Whether `at` lies inside a 「…」, 『…』 or (…) (normalized from （…）) opened since `from` that closes later on the
 *  same line, within MAX_QUOTE. */
function insideQuote(text: string, from: number, at: number): boolean {
  let depth = 0;
  let opened = -1;
  for (let k = from; k < at; k++) {
    const c = text.charCodeAt(k);
    if (isOpen(c)) { if (depth++ === 0) opened = k; }
    else if (isClose(c) && depth > 0) depth--;
  }
  if (depth === 0) return false;
  for (let k = at + 1; k < text.length && k - opened <= MAX_QUOTE; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a) return false;
    if (isClose(c) && --depth === 0) return true;
    if (isOpen(c)) depth++;
  }
  return false;
}

/** Cuts [start, end) into pieces of at most MAX_SENTENCE at a soft break; returns where the rest starts. */
function cutLong(text: string, spans: Span[], start: number, end: number): number {
  while (end - start > MAX_SENTENCE + 1) {
    const limit = start + MAX_SENTENCE;
    let cut = limit;
    for (let k = limit; k > start + MAX_SENTENCE / 2; k--) if (SOFT_END.has(text[k]!)) { cut = k + 1; break; }
    push(spans, text, start, cut);
    start = cut;
  }
  return start;
}

function push(spans: Span[], text: string, start: number, end: number): void {
  // Trim white space so that quoted sentences are clean; skip empty ones.
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
}
