// Normalization for matching, with a map back to offsets in the original text so that
// evidence found in the normalized text can be highlighted where the user sees it.
import { report } from '../core/report';
import { flattenedBreaks } from './flattened-lines';

export interface Normalized {
  /** NFKC, ASCII lower-cased, line breaks unified to "\n", blanks at the ends of lines dropped, a pictograph or a
   *  Markdown heading's hashes that open a line made a ■, a list item's dash made a ・, Western stops after Japanese
   *  words (，．) made 、。, a double-spaced page's line breaks halved, a line that ends in 、, is cut at a box's width or
   *  inside a word joined to the next, a blank after a particle dropped, and a flattened posting's lost line breaks
   *  put back (flattened-lines.ts). */
  text: string;
  original: string;
  /**
   * The way back to the original, as segments of three numbers each: [start in text, start in original,
   * 1 if the segment was copied unit for unit, 0 if all its units came from one original group (㈱ → (株))].
   * Kept as segments rather than one number per unit: most text is copied in a few long runs.
   */
  segments: Int32Array;
}

// Marks that combine with the character before them (so that character cannot be copied alone).
function isCombining(c: number): boolean {
  return (
    (c >= 0x0300 && c <= 0x036f) ||
    c === 0x3099 || c === 0x309a || // combining (semi-)voiced sound marks
    c === 0xff9e || c === 0xff9f || // half-width ﾞ ﾟ
    (c >= 0xfe00 && c <= 0xfe0f) || // variation selectors
    c === 0x200d // zero-width joiner
  );
}

// Characters that NFKC leaves alone and that need no lower-casing (ASCII but A–Z and #, kana and ・, CJK ideographs,
// Japanese punctuation, and the marks, arrows, rules and quotes postings set their items and headings with: ◆ ★ ※ →
// ─ “ ”): runs of them are copied as they are, found by the regex engine in one step. Left out: # (it may open a
// Markdown heading), the BMP's emoji-style signs (PICTOGRAPH below), and all that NFKC changes (（ ： ～ … ① Ａ). A
// test checks every code point against the slow path. Few ranges: a class of many ranges scans several times slower.
const STABLE_RUN =
  /[\t\n\x20-\x22\x24-\x40\x5b-\x7e\u3001-\u3029\u3041-\u3096\u30a1-\u30fc\u4e00-\u9fff\u2012-\u2016\u2018-\u201f\u203b\u2190-\u21ff\u2500-\u25ff\u2605\u2606\u266a]+/y;

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\ufeff]/g;

// The same few characters (（）：！～, full-width digits, A–Z) recur throughout a posting: remember them.
const unitCache = new Map<string, string>();

// Circled numbers (①–⑳, ㉑–㊿, ⓪, ❶–❿): NFKC makes them digits, and a list's ①1,200円 would read as 11,200円.
// They number items; they stay as they are.
const CIRCLED_NUMBER = /^[\u2460-\u2473\u24ea-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]$/;

function normalizeUnit(raw: string): string {
  let unit = unitCache.get(raw);
  if (unit !== undefined) return unit;
  unit = raw;
  try {
    if (!CIRCLED_NUMBER.test(unit)) unit = unit.normalize('NFKC');
  } catch (e) {
    // Lone surrogates make no trouble for normalize in V8, but stay safe in other engines: the unit is kept.
    report('normalize: NFKC failed on a character', e);
  }
  // Control characters other than tab and newline are blanked so they cannot glue words together.
  unit = unit.toLowerCase().replace(CONTROL, ' ');
  if (unitCache.size < 4096) unitCache.set(raw, unit);
  return unit;
}

// Emoji, not the marks pages have long set before items (▶, ★, ■: heading-marks.ts knows those as they are; ▶ ends
// a line of links): pictographs beyond the BMP (📞, 📋, 💬) and the BMP's emoji-style checks and signs.
const PICTOGRAPH = /^(?:(?=[\u{10000}-\u{10ffff}])\p{Extended_Pictographic}|[✅✔☑✨⭐☎⏰⚠❗❓])[\ufe0e\ufe0f]?$/u;
const LINE_MARK = '■';
// A plain-text or Markdown list item (- ノルマなし, * 交通費支給) is the item a ・ opens: a dash, star or plus and a blank at
// a line's start. A rule (-----) or a figure (-5℃) has no blank after it.
const LIST_DASH = /^([ \t]*)[-*+](?=[ \t]+\S)/gm;
// Japanese set with Western stops (，． in official and academic writing, which NFKC makes , and .; ., typed on a Western
// keyboard): after a Japanese word, before a blank, a line's end or another word, they are 、 and 。, as every reader
// expects. Figures (3.5万円, 1,300円), names and addresses in Latin letters (Co., Ltd., example.co.jp) have no Japanese
// word before the stop.
// (The stop comes first in the pattern and the word before it is looked behind after: a lookbehind first is tried at every
// character.)
const WESTERN_STOPS = /[.,](?<=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー）」』)][.,])(?=[\s\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}「『（(・]|$)/gu;
const MARKDOWN_HEADING = /[#＃]{1,6}[ \t\u3000]/y;
const LINE_START = /(?:^|\n)[ \t]*$/;
/** Whether the output so far ends at the start of a line (perhaps after blanks). */
function atLineStart(parts: string[]): boolean {
  for (let k = parts.length - 1; k >= 0; k--) {
    const p = parts[k]!;
    if (/[^ \t]/.test(p)) return LINE_START.test(p);
  }
  return true;
}

/** A line break in any of the forms pages use (\r\n, \r, \n, U+2028/2029, NEL), and a blank within a line. */
const BREAK = String.raw`(?:\r\n|[\n\r\u2028\u2029\u0085])`;
const BLANK = String.raw`[ \t\u00a0\u3000]`;

// Blanks at the end of a line (a page copied with trailing spaces, a table's empty last cell): dropped, so that every
// reader's "the line ends here" holds however the text was copied.
const TRAILING_BLANKS = new RegExp(String.raw`${BLANK}+(?=${BREAK}|$)`, 'g');

// A page whose every line stands as a paragraph of its own (a blank line after each: copied from a page that sets each
// line in its own <p>, or double-spaced by an editor) is the same page with its line breaks halved: its readers look
// for a value on the line below its label and for a paragraph's end at a blank line. Only a page with no two lines
// together is such a page; one blank line in two then stays as a paragraph break.
const LINE_BREAK_RUN = new RegExp(String.raw`(?:${BREAK}${BLANK}*)+`, 'g');
const ONE_BREAK = new RegExp(BREAK, 'g');
const LINES_TOGETHER = new RegExp(String.raw`[^\s\u3000]${BLANK}*${BREAK}${BLANK}*[^\s\u3000]`);
/** Lines needed before a page is taken to be double-spaced: a few lines apart prove nothing. */
const DOUBLE_SPACED_MIN_LINES = 6;
/** The line breaks to drop, as [start, end) pairs in order, when the page is double-spaced; else none. */
function doubledBreaks(original: string): number[] {
  // Two lines together anywhere: not double-spaced. Most pages show it in their first lines, so this ends the question early.
  if (LINES_TOGETHER.test(original)) return [];
  const runs = [...original.matchAll(LINE_BREAK_RUN)].filter((m) => m.index > 0 && m.index + m[0].length < original.length);
  if (runs.length + 1 < DOUBLE_SPACED_MIN_LINES) return [];
  const breaks = runs.map((m) => [...m[0].matchAll(ONE_BREAK)].map((b) => [m.index + b.index, m.index + b.index + b[0].length] as const));
  if (breaks.some((b) => b.length < 2)) return [];
  // Of k breaks between two lines, k/2 (rounded down) stay: the first ones go.
  return breaks.flatMap((b) => b.slice(0, b.length - Math.floor(b.length / 2)).flat());
}

// A line that ends in a comma (、) goes on in the next: a page that breaks its lines after a clause (お問い合わせの多くは、
// ⏎ 料金やご契約内容についてです) says one sentence, and its readers take a line for one. The break and the next line's
// indent are dropped, as a double-spaced page's extra breaks are; not before a list item, a heading, a note, a table's
// or a frame's border (｜, │) or a field's label (電話対応、 ⏎ ・データ入力; 、 ⏎ 給与：…), which start lines of their own.
const CONTINUED_BREAK = new RegExp(String.raw`[、，､]${BLANK}*(${BREAK}${BLANK}*)(?=\S)`, 'g');
const OWN_LINE_START = /^(?:[・■□◆◇●○◎★☆▼▽▶►※【\[［(（<＜〈《〔\-－*＊+＋#＃\d０-９①-⑳|｜\u2500-\u257f]|[^\n、。:：]{1,12}[:：])/;
const COMMA_AT_LINE_END = new RegExp(String.raw`[、，､]${BLANK}*${BREAK}`);
// A line cut inside a word (個人ノルマはあり ⏎ ません。, 対応いたしま ⏎ す。: a box of fixed width or a copy's wrap left
// it): the next line starts with what only ends one (ません, ます。, です。, す。, い。, a small kana). Such a break is
// dropped whatever the width, as long as a word stands before it.
const CUT_WORD_BREAK = new RegExp(String.raw`(${BREAK})(?=ません|ます[。、]|です[。、]|ました|でした|[すたい][。、]|[ぁぃぅぇぉっゃゅょ])(?<=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]${BREAK})`, 'gu');
function cutWordBreaks(original: string): number[] {
  const out: number[] = [];
  for (const m of original.matchAll(CUT_WORD_BREAK)) {
    const start = m.index + m[0].length - m[1]!.length;
    out.push(start, start + m[1]!.length);
  }
  return out;
}

// A blank after a particle or a verb's joining て, before the next word (お客様からの 電話に 答えます, ノルマは ありません,
// 担当して いただきます): easy Japanese written for readers learning it sets one after each phrase, and others pause so.
// Japanese sets no blanks between words, and the readers look for phrases whole (に電話で対応, はありません): such a
// blank is dropped. Not after a word of its own (勤務地 東京都, 未経験OK 交通費支給), where a blank stands between a label
// and its value or between items.
// The blanks are found first and their neighbours checked after: a lookbehind tried at every character costs more.
const INLINE_BLANKS = /[ \t\u3000]+/g;
const PARTICLES = new Set([...'をにがはでへものとやてら'].map((c) => c.charCodeAt(0)));
const JAPANESE_CHAR = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]/u;
function particleBlanks(original: string): number[] {
  const out: number[] = [];
  for (const m of original.matchAll(INLINE_BLANKS)) {
    const end = m.index + m[0].length;
    if (m.index < 2 || end >= original.length || !PARTICLES.has(original.charCodeAt(m.index - 1))) continue;
    if (JAPANESE_CHAR.test(original[m.index - 2]!) && JAPANESE_CHAR.test(original[end]!) && original[end] !== 'ー') out.push(m.index, end);
  }
  return out;
}

// A figure spaced out letter by letter, as text drawn from a scanned or typeset PDF comes (時 給 1 ,4 5 0 円): its blanks
// are dropped so that it reads as the figure it is. Only a run of three or more digits with blanks in at least two places
// before 円: one blank between two figures (10 1,200円) stands between a count and an amount.
const SPACED_FIGURE = /(?<![\d,.])\d(?:[ \t]?,?[ \t]?\d){2,}[ \t]*(?=円)/g;
const SPACE_IN_FIGURE = /[ \t]+/g;
function spacedFigureBlanks(original: string): number[] {
  const out: number[] = [];
  for (const m of original.matchAll(SPACED_FIGURE)) {
    const blanks = [...m[0].matchAll(SPACE_IN_FIGURE)];
    if (blanks.length < 2) continue;
    for (const b of blanks) out.push(m.index + b.index, m.index + b.index + b[0].length);
  }
  return out;
}

function continuedBreaks(original: string): number[] {
  // One regex test, not indexOf: V8 finds a kana character in a long text faster this way.
  if (!COMMA_AT_LINE_END.test(original)) return [];
  const out: number[] = [];
  for (const m of original.matchAll(CONTINUED_BREAK)) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = m.index + m[0].length;
    if (!OWN_LINE_START.test(original.slice(end, end + 16))) out.push(start, end);
  }
  return out;
}

// A page typed into a box of fixed width (a public employment office's form, a text e-mail) breaks its lines at that
// width wherever the words stand (…対応業務を担当していただき ⏎ ます。): several different lines of words exactly as long
// as each other, with no sentence ending there. Each such line goes on in the next, unless the next starts a line of
// its own as above; lines of other lengths are left as they are.
const WRAP_MIN = 20;
const WRAPPED_LINES_MIN = 3;
/** Of the page's lines this long or longer, the share that must be exactly the width: a hard-wrapped box. */
const WRAPPED_SHARE = 0.4;
const WORD_CHARS = /[\p{L}\p{N}]/gu;
/** A line cut inside a phrase: it ends in a particle or in the middle of a verb (を, に, が, の, て, いただき). */
const INSIDE_PHRASE_END = /[をにがへでとやのてはもきくっ、]$/;
/** A line that starts with what only ends a word or a sentence (ません。, ます, small kana, 、): the line above was cut inside it. */
const CONTINUATION_START = /^(?:ません|ます|です|でし|まし|ない|ん[。、]|[ぁぃぅぇぉっゃゅょゎァィゥェォッャュョー、。,.，．)）」』])/;
const NUMBERED_ITEM = /^[\d０-９]{1,2}[.．)）、]/;
function wrappedBreaks(original: string): number[] {
  // A first pass only counts the long lines of each length that end no sentence: most pages have no three of one
  // length, and stop there.
  const counts = new Map<number, number>();
  let long = 0;
  forEachLine(original, (start, end) => {
    const length = end - start;
    if (length < WRAP_MIN) return;
    long++;
    if (!SENTENCE_END_UNITS.has(original.charCodeAt(end - 1))) counts.set(length, (counts.get(length) ?? 0) + 1);
  });
  // The lines of each length that could be the width, by index.
  const candidates = new Map<number, number[]>();
  for (const [length, count] of counts) if (count >= WRAPPED_LINES_MIN) candidates.set(length, []);
  if (!candidates.size) return [];
  const starts: number[] = [];
  const ends: number[] = [];
  forEachLine(original, (start, end) => {
    candidates.get(end - start)?.push(starts.length);
    starts.push(start);
    ends.push(end);
  });
  let width = 0;
  let most = 0;
  for (const [length, lines] of candidates) {
    // Only lines of words count, each once: a rule of marks (◇◆◇◆…, ━━━) is as long as the others by design, and a
    // thread's repeated handle is the same line again.
    const seen = new Set<string>();
    for (const k of lines) {
      if (SENTENCE_END_UNITS.has(original.charCodeAt(ends[k]! - 1))) continue;
      const text = original.slice(starts[k], ends[k]);
      if (!seen.has(text) && wordShare(text)) seen.add(text);
    }
    if (seen.size > most || (seen.size === most && length > width)) [width, most] = [length, seen.size];
  }
  if (most < WRAPPED_LINES_MIN) return [];
  // Where lines of that width are few among the page's long lines, only those cut inside a phrase (…担当していただき,
  // …のお問い合わせに) go on: a line of a posting that ends in a noun or a verb's end may be as long by chance.
  const box = most >= long * WRAPPED_SHARE;
  const out: number[] = [];
  for (let k = 0; k + 1 < starts.length; k++) {
    if (ends[k]! - starts[k]! !== width || ends[k + 1] === starts[k + 1]) continue;
    const text = original.slice(starts[k], ends[k]);
    if (SENTENCE_END_UNITS.has(text.charCodeAt(text.length - 1)) || !wordShare(text)) continue;
    const next = starts[k + 1]!;
    let indent = next;
    while (indent < ends[k + 1]! && BLANK_UNITS.has(original.charCodeAt(indent))) indent++;
    if (!box && !INSIDE_PHRASE_END.test(text) && !CONTINUATION_START.test(original.slice(indent, indent + 4))) continue;
    // A figure cut from its words goes on (…時給 ⏎ 1,300円); a numbered item (1. 2）) starts a line of its own.
    const head = original.slice(indent, indent + 16);
    if (/^[\d０-９]/.test(head) ? NUMBERED_ITEM.test(head) : OWN_LINE_START.test(head)) continue;
    out.push(ends[k]!, indent);
  }
  return out;
}

/** Calls `f` with each line's start and its end before trailing blanks. */
function forEachLine(text: string, f: (start: number, end: number) => void): void {
  for (let at = 0; at <= text.length; ) {
    let e = text.indexOf('\n', at);
    if (e === -1) e = text.length;
    let end = e;
    while (end > at && BLANK_UNITS.has(text.charCodeAt(end - 1))) end--;
    f(at, end);
    at = e + 1;
  }
}

/** At least half of the line is letters or digits. */
const wordShare = (text: string): boolean => (text.match(WORD_CHARS) ?? []).length * 2 >= text.length;
const BLANK_UNITS = new Set([0x20, 0x09, 0x0d, 0xa0, 0x3000]);
const SENTENCE_END_UNITS = new Set([...'。．.!！?？」』)）】〕>＞:：'].map((c) => c.charCodeAt(0)));

/** Sorted lists of [start, end) pairs as one, in order, overlapping pairs joined. */
function mergeRanges(...lists: number[][]): number[] {
  const full = lists.filter((l) => l.length);
  if (full.length <= 1) return full[0] ?? [];
  const pairs: [number, number][] = [];
  for (const list of full) for (let k = 0; k < list.length; k += 2) pairs.push([list[k]!, list[k + 1]!]);
  pairs.sort((x, y) => x[0] - y[0]);
  const out: number[] = [];
  for (const [s, e] of pairs) {
    if (out.length && s < out[out.length - 1]!) out[out.length - 1] = Math.max(out[out.length - 1]!, e);
    else out.push(s, e);
  }
  return out;
}

export function normalize(original: string): Normalized {
  const n = original.length;
  const parts: string[] = [];
  const seg: number[] = [];
  let o = 0; // length of the output so far
  let i = 0;
  // The next run of trailing blanks at or after i: [blankStart, blankEnd), found once per run so the scan stays linear.
  let blankStart = -1;
  let blankEnd = -1;
  // Dropped like trailing blanks: a double-spaced page's second line breaks, those inside a sentence (after 、, in a box
  // of fixed width, inside a word), blanks after particles, and the blanks a flattened posting's put-back line breaks
  // take the place of.
  const flat = flattenedBreaks(original);
  const lineBreaks = original.indexOf('\n') === -1 && original.indexOf('\r') === -1 ? [] : [doubledBreaks, continuedBreaks, wrappedBreaks, cutWordBreaks].map((f) => f(original));
  const dropped = mergeRanges(...lineBreaks, particleBlanks(original), spacedFigureBlanks(original), flat.dropped);
  const inserts = flat.inserts;
  let q = 0;
  let d = 0;
  // The next run of trailing blanks itself, kept until passed: on a long line with many dropped ranges, looking for it
  // again after each would scan the rest of the line each time.
  let trailStart = -1;
  let trailEnd = -1;
  const nextBlanks = () => {
    if (i >= trailEnd) {
      TRAILING_BLANKS.lastIndex = i;
      const m = TRAILING_BLANKS.exec(original);
      trailStart = m ? m.index : n;
      trailEnd = m ? m.index + m[0].length : n;
    }
    blankStart = Math.max(trailStart, i);
    blankEnd = trailEnd;
    while (d < dropped.length && dropped[d + 1]! <= i) d += 2;
    if (d < dropped.length && dropped[d]! < blankStart) {
      blankStart = dropped[d]!;
      blankEnd = dropped[d + 1]!;
    }
  };
  nextBlanks();
  while (i < n) {
    if (i >= blankEnd) nextBlanks();
    if (i >= blankStart && i < blankEnd) {
      i = blankEnd;
      continue;
    }
    // An insert passed over (inside a range dropped with others) is not waited for.
    while (q < inserts.length && inserts[q]! < i) q++;
    if (q < inserts.length && inserts[q] === i) {
      parts.push('\n');
      seg.push(o, i, 0);
      o++;
      q++;
    }
    const nextInsert = q < inserts.length ? inserts[q]! : n;
    // Fast path: a run of stable characters is copied with one slice. Its last character stays out
    // when a combining mark follows it (か + ゛ must be composed); it stops where trailing blanks start.
    const runStart = i;
    STABLE_RUN.lastIndex = i;
    if (STABLE_RUN.test(original)) {
      i = Math.min(STABLE_RUN.lastIndex, blankStart, nextInsert);
      if (i < n && i > runStart && isCombining(original.charCodeAt(i))) i--;
    }
    if (i > runStart) {
      parts.push(runStart === 0 && i === n ? original : original.slice(runStart, i));
      seg.push(o, runStart, 1);
      o += i - runStart;
      continue;
    }
    const c = original.charCodeAt(i);
    let unit: string;
    let end: number;
    if (c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85) {
      // Line breaks: \r\n, \r, U+2028/2029 and NEL become "\n".
      unit = '\n';
      end = i + (c === 0x0d && original.charCodeAt(i + 1) === 0x0a ? 2 : 1);
    } else {
      // Slow path: one character (a surrogate pair counts as one) with the marks that combine with it.
      const next = i + 1 < n ? original.charCodeAt(i + 1) : 0;
      end = i + (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1);
      while (end < n && isCombining(original.charCodeAt(end))) end++;
      unit = normalizeUnit(original.slice(i, end));
    }
    // A pictograph that opens a line (📞 お仕事内容, 📋 条件, ✅ 未経験OK) marks a heading or an item as ■ does.
    if (PICTOGRAPH.test(unit) && atLineStart(parts)) unit = LINE_MARK;
    // So do a Markdown heading's hashes (## 給与, a page written in a notes app or pasted from one), all of them one ■; a
    // hashtag (#未経験OK) has no blank after it and stays.
    if (unit === '#' && atLineStart(parts)) {
      MARKDOWN_HEADING.lastIndex = i;
      if (MARKDOWN_HEADING.test(original)) {
        unit = LINE_MARK;
        end = MARKDOWN_HEADING.lastIndex - 1;
      }
    }
    if (unit.length) {
      parts.push(unit);
      seg.push(o, i, 0);
      o += unit.length;
    }
    i = end;
  }
  const text = parts.length === 1 ? parts[0]! : parts.join('');
  // Character for character, so the map back holds as it is.
  return { text: csvRowLabels(text.replace(LIST_DASH, '$1・')).replace(WESTERN_STOPS, (c) => (c === '.' ? '。' : '、')), original, segments: Int32Array.from(seg) };
}

// A job board's export turned into text puts each field on a line as label,value (給与形態,時給 ⏎ 給与下限,1300 ⏎
// 交通費,全額支給). In a run of such lines, the comma after each label is the colon a posting's own rows have, so the
// rows read as fields (and a Western stop after a word does not make it 、). Character for character.
// The label has no digit (時給1,300円 is a figure's grouping, not a row) and ends in a noun, not a particle (平日は,
// 本市では, is prose written with Western commas).
const CSV_ROW = /^[^\s\d,、。:：]*[^\s\d,、。:：\u3041-\u3096],/;
const CSV_RUN = 3;
const CSV_LABEL_MAX = 16;

function csvRowLabels(text: string): string {
  if (text.indexOf(',') === -1) return text;
  const lines = text.split('\n');
  const isRow = lines.map((l) => CSV_ROW.test(l) && l.indexOf(',') <= CSV_LABEL_MAX);
  let changed = false;
  for (let k = 0; k < lines.length; ) {
    let e = k;
    while (e < lines.length && isRow[e]) e++;
    if (e - k >= CSV_RUN) {
      for (let j = k; j < e; j++) lines[j] = lines[j]!.replace(',', ':');
      changed = true;
    }
    k = e === k ? k + 1 : e;
  }
  return changed ? lines.join('\n') : text;
}

/** Index of the segment holding normalized offset k (k < text.length). */
function segmentAt(norm: Normalized, k: number): number {
  const s = norm.segments;
  let lo = 0;
  let hi = s.length / 3 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid * 3]! <= k) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Original offset of the group that normalized unit k came from; text.length maps to the original's end. */
export function toOriginal(norm: Normalized, k: number): number {
  if (k >= norm.text.length) return norm.original.length;
  const g = segmentAt(norm, k) * 3;
  const s = norm.segments;
  return s[g + 2] === 1 ? s[g + 1]! + (k - s[g]!) : s[g + 1]!;
}

/** Where the original group behind normalized unit k ends. */
function originalGroupEnd(norm: Normalized, k: number): number {
  const g = segmentAt(norm, k);
  const s = norm.segments;
  if (s[g * 3 + 2] === 1) return s[g * 3 + 1]! + (k - s[g * 3]!) + 1;
  return g + 1 < s.length / 3 ? s[(g + 1) * 3 + 1]! : norm.original.length;
}

/** Maps a [start, end) range of the normalized text back to the original text, never cutting a group. */
export function originalRange(norm: Normalized, start: number, end: number): [number, number] {
  const s = toOriginal(norm, start);
  const e = end > start ? originalGroupEnd(norm, end - 1) : s;
  return [s, Math.max(s, e)];
}
