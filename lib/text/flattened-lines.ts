// A posting whose line breaks were lost runs its fields together on one long line: an HTML description whose tags were
// stripped with nothing in their place (…です。【給与】時給1,300円【勤務地】…), a page copied as one paragraph, a board's
// structured data flattened to one string (仕事内容 電話での… 給与 時給… 勤務地：…). Its readers look for a heading at
// a line's start, a value after its label, an item on a line of its own. So on a long line that holds the headings of
// several fields, a line break goes back before each heading, label, marked item and note, and in place of the blank a
// flattened page leaves after a sentence. Lines of ordinary length, and long lines with fewer fields (a paragraph of
// prose), are left as they are.
import { BULLETS } from './heading-marks';
import { alternation, HEADING_WORDS, BRACKETED_HEADINGS } from './posting-fields';

/** Where line breaks go back: `inserts`, original offsets a "\n" goes before (in order); `dropped`, [start, end) pairs
 *  of the blanks before them, which the break replaces. */
export interface FlattenedBreaks {
  inserts: number[];
  dropped: number[];
}

/** A line this long may be a flattened posting; shorter ones are a line of a posting however many labels they hold. */
export const FLATTENED_LINE_MIN = 80;
/** Fields whose headings a flattened line holds: one or two are a sentence that names them (給与や勤務地は…). */
const FLATTENED_FIELDS_MIN = 3;

const bracketedOnly = new Set(BRACKETED_HEADINGS.map((w) => w.toLowerCase()));
const HEADING = alternation([...HEADING_WORDS.keys()].filter((w) => !bracketedOnly.has(w)));
const ANY_HEADING = alternation(HEADING_WORDS.keys());
const BLANK = '[ \\t\\u00a0]';
// Headings, each naming its field: in brackets (【給与】), after a mark (■勤務地), before a colon (応募資格：), standing
// between blanks where a line of its own was (… 給与 時給1,300円 …), or as a cell between ｜s. Looked for only where a
// bracket, a mark, a colon, a ｜ or a blank stands (HEADING_ANCHOR), each form tried there alone: the heading words are
// many.
const HEADING_ANCHOR = new RegExp(`【|[${BULLETS}]|:|\\||${BLANK}+`, 'g');
const IN_BRACKETS = new RegExp(`${BLANK}*(${ANY_HEADING})${BLANK}*】`, 'y');
const AFTER_MARK = new RegExp(`${BLANK}*(${HEADING})`, 'y');
const BEFORE_COLON = new RegExp(`(?<![${BULLETS}【])(${HEADING})${BLANK}*$`);
const BETWEEN_BLANKS = new RegExp(`(${HEADING})(?=${BLANK}|$)`, 'y');
// A table copied as one line of cells (求人番号｜…｜仕事内容｜電話での…｜賃金｜…): a heading is a cell of its own.
const CELL = new RegExp(`${BLANK}*(${HEADING})${BLANK}*(?=\\||$)`, 'y');
const isBlank = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0;
/** The longest heading word, for how far before a colon one may start. */
const HEADING_MAX = Math.max(...[...HEADING_WORDS.keys()].map((w) => w.length));

// Headings glued to the words around them, as tags stripped with nothing in their place leave them (…お仕事です給与時給
// 1,300円…交通費規定支給職種電話での…): known only by the value their field takes right after them (a wage word, a
// prefecture, a time, a kind of employment), or, for the job and who may apply, by no particle after them (仕事内容は…
// is a sentence about the job).
const GLUED = /(給与|賃金)(?=時給|日給|月給|年収|年俸|日当)|(勤務地|就業場所)(?=東京都|北海道|京都府|大阪府|[\p{sc=Han}]{2,3}県)|(勤務時間|就業時間)(?=\d)|(雇用形態)(?=アルバイト|パート|正社員|契約社員|派遣)|(仕事内容|応募資格)(?![はのをがもにでとや、。:\s(])/gu;
/** What may stand right before a glued heading: a bracket, a mark or a blank before it is the anchors' to read. */
const GLUED_NOT_AFTER = new RegExp(`[【\\[${BULLETS} \\t\\u00a0]`);

/** Each heading in the line: where it starts (its bracket or mark included) and its field. */
function headingsIn(line: string): { at: number; field: string }[] {
  const out: { at: number; field: string }[] = [];
  const at = (re: RegExp, from: number) => {
    re.lastIndex = from;
    return re.exec(line);
  };
  const field = (word: string) => HEADING_WORDS.get(word)!.field.id;
  let m: RegExpExecArray | null;
  const lead = at(BETWEEN_BLANKS, line.search(/\S|$/));
  if (lead) out.push({ at: lead.index, field: field(lead[1]!) });
  for (const g of line.matchAll(GLUED)) {
    const word = g.slice(1).find((w) => w !== undefined)!;
    // One in brackets, after a mark or after a blank is the anchors' to find, with its bracket or mark.
    if (g.index > 0 && HEADING_WORDS.has(word) && !GLUED_NOT_AFTER.test(line[g.index - 1]!)) out.push({ at: g.index, field: field(word) });
  }
  for (const a of line.matchAll(HEADING_ANCHOR)) {
    const c = a[0][0]!;
    const next = a.index + a[0].length;
    if (c === '【') {
      if ((m = at(IN_BRACKETS, next))) out.push({ at: a.index, field: field(m[1]!) });
    } else if (c === ':') {
      const from = Math.max(0, a.index - HEADING_MAX - 3);
      if ((m = BEFORE_COLON.exec(line.slice(from, a.index)))) out.push({ at: from + m.index, field: field(m[1]!) });
    } else if (c === '|') {
      if ((m = at(CELL, next))) out.push({ at: next + m[0].search(/\S/), field: field(m[1]!) });
    } else if (isBlank(c.charCodeAt(0))) {
      if ((m = at(BETWEEN_BLANKS, next))) out.push({ at: next, field: field(m[1]!) });
    } else if ((m = at(AFTER_MARK, next))) {
      out.push({ at: a.index, field: field(m[1]!) });
    }
  }
  return out;
}
// Starts of lines that name no field: a bracket or a mark after a blank or a sentence's end (【未経験歓迎】, ■ノルマなし),
// a list item, a note or a question and its answer after a blank (・交通費支給, ※研修あり, Q. 研修はありますか).
const ITEM_START = new RegExp(`(?<=${BLANK}|[。!?」』)】])[【${BULLETS}]|【(?=[^【】\\n]{1,12}】)|(?<=${BLANK})(?:[・※]|[qa][.:](?=${BLANK}|[^\\x00-\\x7f]))`, 'g');
// The blank after a sentence: a Japanese page sets none there unless a line break was.
const AFTER_SENTENCE = new RegExp(`(?<=[。!?])${BLANK}+(?=\\S)`, 'g');
// Nor does it set blanks between words (…のお仕事です 時給1,150円～ 22時以降深夜割増…): one there stands for a line break or
// for a table's cell, and a line break reads right in either case, but for a label and its value (成果目標 月10件, 勤務地
// 東京都港区), which stay on one line (LABEL_MAX). Not after a particle or a verb's joining form (ノルマはありませんが 目標は…):
// there the blank is a pause inside one sentence.
const BETWEEN_WORDS = new RegExp(`(?<=[\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}ー)」』】〉》~〜])(?<![をにがへでとやのてはもきくっ])${BLANK}+(?=[\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}(「『【〈《])`, 'gu');
/** ｜s that make a line one of cells (a table copied as one line): three rows of a label and its value. */
const CELL_LINE_MIN = 6;
/** Words before a blank that may be a label of the value after it: no longer than this. */
const LABEL_MAX = 10;
// A value that is a row's answer (手当 なし, 試用期間 あり, 学歴 不問): it ends its row and never starts one.
const VALUE_WORD = /^(?:なし|あり|無し|有り|不問|不要|必須|可|不可|要|有|無)(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])/u;
/** A short label with no mark before the blank (成果目標 月10件のアポイント獲得, 勤務地 東京都港区), or a value word after it: one
 *  row of a table. A marked one (■目安 先月の…) is a heading or an item, and ends at the blank. */
function isLabelAndValue(before: string, after: string): boolean {
  return VALUE_WORD.test(after) || (before.length <= LABEL_MAX && !LEADING_MARK.test(before));
}

const MARKS_ONLY = new RegExp(`^[${BULLETS} \\t\\u00a0]*$`);
const LEADING_MARK = new RegExp(`^[${BULLETS}【※・]`);

/**
 * The text with the same length, full-width ASCII and the ideographic space folded to ASCII and A–Z to lower case:
 * what the heading words are written in (HEADING_WORDS), at the same offsets as the original.
 */
function foldSameLength(s: string): string {
  return s.replace(/[\uff01-\uff5e\u3000A-Z]/g, (c) => {
    const u = c.charCodeAt(0);
    if (u === 0x3000) return ' ';
    return (u >= 0xff01 ? String.fromCharCode(u - 0xfee0) : c).toLowerCase();
  });
}

const LINE_BREAK = /\r\n?|[\n\u2028\u2029\u0085]/g;
const OTHER_BREAKS = /[\r\u2028\u2029\u0085]/;

/** The line breaks a flattened posting lost, found on each of its long lines that holds several fields' headings. */
export function flattenedBreaks(original: string): FlattenedBreaks {
  const out: FlattenedBreaks = { inserts: [], dropped: [] };
  if (original.length < FLATTENED_LINE_MIN) return out;
  // Every form of line break ends a line (\r alone, as an old Mac or a textarea's value gives it, too); most pages
  // have only \n, found faster by indexOf.
  const onlyLf = !OTHER_BREAKS.test(original);
  LINE_BREAK.lastIndex = 0;
  for (let at = 0; at < original.length; ) {
    let end: number;
    let next: number;
    if (onlyLf) {
      end = original.indexOf('\n', at);
      if (end === -1) end = original.length;
      next = end + 1;
    } else {
      const m = LINE_BREAK.exec(original);
      end = m ? m.index : original.length;
      next = m ? end + m[0].length : original.length;
    }
    if (end - at >= FLATTENED_LINE_MIN) addLineBreaks(original, at, end, out);
    at = next;
  }
  return out;
}

// A cell that may be a label: a few words, no figure first, no sentence (必要な経験, 賃金(月額), 教育訓練).
const LABEL_CELL = /^[ \t]*[^\d\s|。、,][^|。、,]{0,11}[ \t]*$/;

/**
 * In a line of cells, the starts of the cells that are labels: the heading cells, and every second cell on from one
 * (a table copied as one line alternates label and value: 求人番号｜13080-…｜受付年月日｜…｜職種｜…), as long as each
 * such cell looks like a label; where it does not, the pairing is lost until the next heading cell.
 */
function labelCells(line: string, headings: { at: number }[]): number[] {
  // Each cell's text and start; an empty cell (｜ ｜) pairs with nothing: a table's blank column.
  const texts: string[] = [];
  const starts: number[] = [];
  for (let from = 0; from <= line.length; ) {
    let to = line.indexOf('|', from);
    if (to === -1) to = line.length;
    const text = line.slice(from, to);
    if (text.trim()) {
      texts.push(text);
      starts.push(from);
    }
    from = to + 1;
  }
  // Where each cell's words start (its blanks passed over): a heading found there makes it a heading cell.
  const words = texts.map((text, i) => starts[i]! + text.search(/\S/));
  const isHeading = new Set(headings.map((h) => h.at));
  const heading = words.map((w) => isHeading.has(w));
  const out = new Set<number>();
  heading.forEach((h, i) => {
    if (!h) return;
    // From this heading cell, forwards and backwards, every second cell while each looks like a label.
    for (const step of [2, -2]) {
      for (let j = i + step; j >= 0 && j < texts.length && !heading[j] && LABEL_CELL.test(texts[j]!); j += step) out.add(words[j]!);
    }
  });
  return [...out];
}

function addLineBreaks(original: string, start: number, end: number, out: FlattenedBreaks): void {
  const line = foldSameLength(original.slice(start, end));
  const headings = headingsIn(line);
  const fields = new Set(headings.map((h) => h.field));
  // Each place a break goes, and whether it is only a blank between words (BETWEEN_WORDS).
  const points = new Map<number, boolean>(headings.map((h) => [h.at, false]));
  if (fields.size < FLATTENED_FIELDS_MIN) return;
  for (const m of line.matchAll(ITEM_START)) points.set(m.index, false);
  for (const m of line.matchAll(AFTER_SENTENCE)) points.set(m.index + m[0].length, false);
  // In a line of cells, a blank is a cell's own (社会福祉法人 やまびこ会): the ｜s are where the lines were.
  const cells = (line.match(/\|/g) ?? []).length >= CELL_LINE_MIN;
  if (cells) for (const at of labelCells(line, headings)) points.set(at, false);
  if (!cells) for (const m of line.matchAll(BETWEEN_WORDS)) if (!points.has(m.index + m[0].length)) points.set(m.index + m[0].length, true);
  const sorted = [...points].sort((a, b) => a[0] - b[0]);
  let last = 0;
  while (last < line.length && isBlank(line.charCodeAt(last))) last++;
  for (const [p, betweenWords] of sorted) {
    // Only marks and blanks since the last break (■【給与】, ■ 給与：): the same break.
    if (MARKS_ONLY.test(line.slice(last, p))) continue;
    // The blanks before it go, and a cell's separators with them (an empty cell's too): the line break takes their place.
    let b = p;
    while (line[b - 1] === '|' || isBlank(line.charCodeAt(b - 1))) b--;
    // Nothing but a separator since the last break (an empty cell): no line of its own.
    if (b <= last) continue;
    if (betweenWords && isLabelAndValue(line.slice(last, b), line.slice(p, p + 3))) continue;
    if (b < p) out.dropped.push(start + b, start + p);
    out.inserts.push(start + p);
    last = p;
  }
}
