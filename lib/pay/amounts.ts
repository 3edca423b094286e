// Amounts of money in normalized text: 1,200円, 25万円, 25.5万円, 20万5,000円, 1万5千円, and ranges of them
// (1,200円〜1,500円, 15〜23万円, 25万円以上, 30万円〜). Offsets are into the normalized text.
import { gated, matchesOf, stickyAt } from '../text/gated-scan';

export interface AmountRange {
  /** Yen. */
  min: number;
  /** Yen; null when the range is open (30万円〜, 25万円以上). */
  max: number | null;
  start: number;
  end: number;
  /** Marked as money: 円, 万 or 千 on one of its ends. */
  money: boolean;
  /** The first figure is written with thousands separators (190,000). */
  grouped: boolean;
  /** A unit written right after it: 700円/時間 → 'hour', 2,500円〜/件 → 'piece'. */
  per: 'hour' | 'day' | 'week' | 'month' | 'year' | 'piece' | null;
}

const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
// One figure: number, then 万 (with an optional rest: 5,000 or 5千), or 千, then an optional 円.
// Pages converted to text often put 円 on a line of its own after the figure (2500⏎円〜), or 万円 (25⏎万円〜): it is
// still the figure's, as is 万円 set off by a space (22 万円). In English, JPY or yen after the figure is 円.
const FIGURE = new RegExp(String.raw`(${NUM})(?:[ \t]*\n[ \t]*(?=万円)|[ \t]+(?=万円))?(?:(万)(?:(${NUM})(千)?)?|(千))?(?:[ \t]*\n[ \t]*(?=円))?[ \t]*(円|(?:jpy|yen)(?![a-z]))?`, 'gy');
// The second figure may repeat the yen sign (¥250,000〜¥300,000). A table flattened one cell a line may put 〜 on a
// line of its own or at a line's end (22万円 ⏎ 〜 ⏎ 28万円, 時給 1,300円 〜 ⏎ 1,400円: tried first, so that a 〜 at the
// line's end reaches the figure on the next); the figure after it must then be money and larger.
// Blank lines may stand between the cells.
// The wage word may be said again after the separator (時給1,100円〜時給1,300円).
const RANGE_SEP = /(?:[ \t]*\([^()\n]{1,12}\))?(?:[ \t]*(?:(?:\n[ \t]*)*[~〜][ \t]*\n(?:[ \t]*\n)*|[~〜\-–—−ー]|から|より(?=[ \t]*[¥\\]?[\d一二三四五六七八九十百千万]))[ \t]*(?:[¥\\]|jpy[ \t]?)?|[ \t]*(?:\n[ \t]*)+[~〜][ \t]*[¥\\]?)(?:(?:時給|日給|月給|月収|年収|年俸|日当)[ \t]*[¥\\]?)?/y;
// 〜 alone on a later line when a converted page breaks after the figure (1,300 ⏎ 円 ⏎ 〜; not 〜未経験歓迎〜).
// Blank lines may stand between (1,120円 ⏎ ⏎ 〜 ⏎ ⏎), as a two-column table turned into text puts them. A pay said to
// start at the figure (月給23万円スタート) is open at the top as 〜 is.
const OPEN_AFTER = /[ \t]*(?:[~〜](?![ \t]*\d)|以上|から(?![ \t]*\d)|より(?=[ \t]*(?:\n|$|[。、,(※]))|スタート|(?:\n[ \t]*)+[~〜][ \t]*(?=\n|$))/y;
// The unit word must end there: 円/日払い and 円 / 月給 25万円 are the next item, not a rate per day or month.
// Per one of something (3,000円/1件, 1,300円/1時間) is the same rate; アポ, 契約, 成約, 記事, 枚 are counted successes,
// and 分 (60円/分) the minutes of calls a line pays by.
// In English, a figure is also paid 'an hour' or 'a day' (¥1,300 an hour); only an English unit word may follow. Per
// contract, meeting or sale is a piece rate (JPY 5,000 per meeting held).
// A count after the word makes it the next item, too (時給1,400円〜／週3日〜OK: a schedule, not a week's pay).
const PER = /[ \t]*(?:[~〜][ \t]*)?(?:\/|per[ \t]*|(?:an?|each)[ \t]+(?=[a-z]))[ \t]*(?:1[ \t]*)?(時間|時|hour|hr|h|日|day|月|month|年|year|週|week|件|台|本|コール|回|アポ|契約|成約|記事|枚|分|(?:signed |closed )?(?:contract|meeting|appointment|sale|deal|lead|order|visit)s?)(?![\u3040-\u30ff\u4e00-\u9fffa-z\d])/y;
// Tried after every figure: only where the next character can begin them.
const rangeSepAt = stickyAt(RANGE_SEP);
const openAfterAt = stickyAt(OPEN_AFTER);
const perAt = stickyAt(PER);
const PER_UNIT: Record<string, AmountRange['per']> = {
  時間: 'hour', 時: 'hour', hour: 'hour', hr: 'hour', h: 'hour', 日: 'day', day: 'day', 週: 'week', week: 'week', 月: 'month', month: 'month',
  年: 'year', year: 'year', 件: 'piece', 台: 'piece', 本: 'piece', コール: 'piece', 回: 'piece', アポ: 'piece', 契約: 'piece',
  成約: 'piece', 記事: 'piece', 枚: 'piece', 分: 'piece', // 60円/分: by the minute of calls taken, as a piece of work
};
/** The unit a PER match names: an English counted success (per signed contract, per meeting) is a piece. */
const perUnitOf = (word: string): AmountRange['per'] => PER_UNIT[word] ?? (/^[a-z]/.test(word) ? 'piece' : null);

// Telephone and fax numbers (03-1234-5678, 0120-123-456, (03)1234-5678, 09012345678): never amounts.
const PHONE = gated(/\(?0\d{1,4}\)?[-(][ \t]*\d{1,4}[-)][ \t]*\d{3,4}|0\d{9,10}/g);

interface Figure {
  value: number;
  start: number;
  end: number;
  money: boolean;
  man: boolean;
  grouped: boolean;
}

/** JPY before a figure, as pages in English write it (JPY 1,300 per hour). */
const JPY_BEFORE = /(?<![a-z])jpy[ \t]?$/;

const DOT_GROUPED = /^[1-9]\d{0,2}\.\d{3}$/;

const toNumber = (s: string) => Number(s.replace(/,/g, ''));

function figureAt(text: string, at: number): Figure | null {
  FIGURE.lastIndex = at;
  const m = FIGURE.exec(text);
  if (!m) return null;
  const [, head, man, rest, restThousand, thousand, yen] = m;
  // 時給1.200円: a dot before three digits and 円 groups thousands, as some pages write them (not 1.5万円, 0.8円).
  const dotGrouped = Boolean(yen) && !man && !thousand && DOT_GROUPED.test(head!);
  let value = dotGrouped ? Number(head!.replace('.', '')) : toNumber(head!);
  if (man) value = value * 10_000 + (rest ? toNumber(rest) * (restThousand ? 1000 : 1) : 0);
  else if (thousand) value *= 1000;
  // A trailing space belongs to the figure only when 円 follows it.
  let end = at + m[0].length;
  if (!yen) while (end > at && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  // ¥1,200 (NFKC turns ￥ into ¥); in English also JPY 1,200.
  const yenSign = text[at - 1] === '¥' || text[at - 1] === '\\';
  const jpy = !yenSign ? JPY_BEFORE.exec(text.slice(Math.max(0, at - 5), at)) : null;
  // Piece rates under a yen (文字単価0.8円, 1文字1.5円) keep their fraction; larger amounts are whole yen (18.7万円).
  const yenValue = value < 100 ? Math.round(value * 100) / 100 : Math.round(value);
  return { value: yenValue, start: yenSign ? at - 1 : jpy ? at - jpy[0].length : at, end, money: Boolean(yen || man || thousand || yenSign || jpy), man: Boolean(man), grouped: dotGrouped || head!.includes(',') };
}

// Character codes rather than a regex per character: these run on every digit of the page.
const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Whether a digit at `at` starts a figure of its own (not the middle of 12.5, a1, 3-4-5 or 0120). */
function startsFigure(text: string, at: number): boolean {
  const prev = text.charCodeAt(at - 1); // NaN at the start
  // A dot before it is a decimal or a version (1.5, v2.1), unless dots lead to it as leaders do (時給……1,200円,
  // which NFKC makes "......").
  const leader = prev === 0x2e && text.charCodeAt(at - 2) === 0x2e;
  if (isDigitCode(prev) || (prev === 0x2e && !leader) || prev === 0x2c || prev === 0x5f || (prev >= 0x61 && prev <= 0x7a)) return false; // . , _ a-z
  // Leading zeros: codes, dates, times (09:00), never money.
  if (text[at] === '0' && isDigitCode(text.charCodeAt(at + 1))) return false;
  return true;
}

function phoneSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of matchesOf(PHONE, text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** The first amount starting at or after `from` and before `to` that passes `ok` (amounts are in order). */
export function amountIn(amounts: AmountRange[], from: number, to: number, ok: (a: AmountRange) => boolean): AmountRange | undefined {
  let lo = 0;
  let hi = amounts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (amounts[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < amounts.length && amounts[i]!.start < to; i++) if (ok(amounts[i]!)) return amounts[i];
  return undefined;
}

// Amounts in kanji numerals (時給千二百円, 月給二十二万円, 一万五千円〜二万円): money only with 円.
// A digit before (28万円, 2万5千円) makes it the digits' amount; 数万円 and 何千円 are no figure.
const KANJI_FIGURE = gated(/(?<![\d.,数何億兆])[一二三四五六七八九十百千][一二三四五六七八九十百千万]*円/g);
const KANJI_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const KANJI_PLACE: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

function kanjiValue(s: string): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in KANJI_DIGIT) digit = KANJI_DIGIT[ch]!;
    else if (ch in KANJI_PLACE) {
      section += (digit || 1) * KANJI_PLACE[ch]!;
      digit = 0;
    } else if (ch === '万') {
      total += (section + digit || 1) * 10_000;
      section = 0;
      digit = 0;
    }
  }
  return total + section + digit;
}

function kanjiAmounts(text: string): AmountRange[] {
  const out: AmountRange[] = [];
  for (const m of matchesOf(KANJI_FIGURE, text)) {
    const value = kanjiValue(m[0].slice(0, -1));
    if (value <= 0) continue;
    const end = m.index + m[0].length;
    const prev = out[out.length - 1];
    // 千二百円〜千五百円: the second figure closes the range the first opened.
    if (prev && (prev.max === prev.min || prev.max === null) && /^[ \t]*(?:[~〜\-]|から|より)[ \t]*$/.test(text.slice(prev.end, m.index)) && value > prev.min) {
      prev.max = value;
      prev.end = end;
      continue;
    }
    // 時給千二百円から。: an open range unless a figure follows to close it.
    const open = /^[ \t]*(?:[~〜]|から)/.test(text.slice(end, end + 4));
    out.push({ min: value, max: open ? null : value, start: m.index, end, money: true, grouped: false, per: null });
  }
  return out;
}

/** Every amount or range of amounts in the text, in order. Bare numbers are included (money: false). */
export function findAmounts(text: string, max = Infinity): AmountRange[] {
  const digits = findDigitAmounts(text, max);
  if (!/[一二三四五六七八九十百千万]円/.test(text)) return digits;
  return [...digits, ...kanjiAmounts(text)].sort((a, b) => a.start - b.start).slice(0, max);
}

function findDigitAmounts(text: string, max: number): AmountRange[] {
  const out: AmountRange[] = [];
  const phones = phoneSpans(text);
  let ph = 0; // phones before this one end before the current figure
  let p = 0;
  while (out.length < max) {
    let at = p;
    while (at < text.length && !isDigitCode(text.charCodeAt(at))) at++; // a loop over the codes: no regex needed
    if (at >= text.length) break;
    if (!startsFigure(text, at)) {
      p = skipDigits(text, at);
      continue;
    }
    const a = figureAt(text, at);
    if (!a) {
      p = at + 1;
      continue;
    }
    while (ph < phones.length && phones[ph]![1] <= a.start) ph++;
    // A figure that ends in 円 is money whatever follows it (1,200円/1〜2ヶ月).
    const bare = isDigitCode(text.charCodeAt(a.end - 1));
    if ((ph < phones.length && phones[ph]![0] < a.end) || (bare && timeOrDateAt(text, a.end)) || text[a.end] === '.') {
      p = skipDigits(text, a.end);
      continue; // phone numbers, times (9:00), dates (4/1), version-like figures
    }
    const range = extendRange(text, a);
    out.push(range);
    p = range.end;
  }
  return out;
}

/** A colon or a slash then a digit at `at`: the figure before was an hour (9:00) or a date (4/1). */
function timeOrDateAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c === 0x3a || c === 0x2f) && isDigitCode(text.charCodeAt(at + 1));
}

function skipDigits(text: string, at: number): number {
  let k = at;
  for (let c = text.charCodeAt(k); isDigitCode(c) || c === 0x2c || c === 0x2e || c === 0x2d; c = text.charCodeAt(++k)); // digits , . -
  return Math.max(k, at + 1);
}

const WAGE_AGAIN = /(時給|日給|月給|月収|年収|年俸|日当)[ \t]*[¥\\]?$/;

/** The figure after a range separator at `at` (〜1,500円, -¥1,500), with the separator. */
function figureAfterSeparator(text: string, at: number): { sep: string; figure: Figure } | null {
  const sep = rangeSepAt(text, at);
  if (!sep) return null;
  const bAt = at + sep[0].length;
  const figure = isDigitCode(text.charCodeAt(bAt)) && startsFigure(text, bAt) ? figureAt(text, bAt) : null;
  return figure && { sep: sep[0], figure };
}

/** The unit written right after `at` (/時, /件, 〜/月). */
function unitAt(text: string, at: number): RegExpExecArray | null {
  return perAt(text, at);
}

function extendRange(text: string, a: Figure): AmountRange {
  let max: number | null = a.value;
  let min = a.value;
  let end = a.end;
  let money = a.money;
  let next = figureAfterSeparator(text, a.end);
  // The wage word said again must be the one before the first figure (時給1,100円〜時給1,300円; not 時給…〜日給…).
  const again = next ? WAGE_AGAIN.exec(next.sep)?.[1] : undefined;
  if (again && !text.slice(Math.max(0, a.start - 6), a.start).includes(again)) next = null;
  const b = next?.figure;
  // A hyphen between bare figures is a code or a phone number, not a range.
  const hyphen = next !== null && /[-–—−ー]/.test(next.sep);
  const acrossLines = next !== null && next.sep.includes('\n') && !(b?.money && b.value > a.value);
  if (b && !acrossLines && !timeOrDateAt(text, b.end) && (!hyphen || a.money || b.money)) {
    // 15〜23万円: the first figure takes the second's 万.
    if (b.man && !a.man && !a.money && a.value < 10_000) min = a.value * 10_000;
    max = b.value;
    end = b.end;
    money = money || b.money;
  } else {
    const open = openAfterAt(text, a.end);
    if (open) {
      max = null;
      end = a.end + open[0].length;
    }
  }
  if (max !== null && max < min) [min, max] = [max, min];
  const per = unitAt(text, end);
  if (per && max === min && /[~〜]/.test(per[0])) max = null; // 2,500円〜/件
  let last = per ? end + per[0].length : end;
  if (per && max === min) {
    // 1,300円/時〜1,500円/時: the range goes on after the unit, to a figure with the same unit.
    const c = figureAfterSeparator(text, last)?.figure;
    const per2 = c ? unitAt(text, c.end) : null;
    if (c && per2 && perUnitOf(per2[1]!) === perUnitOf(per[1]!) && c.value > min) {
      max = c.value;
      last = c.end + per2[0].length;
    } else {
      // 25万円/月〜: the open end after the unit.
      const open = /^[ \t]*[~〜](?![ \t]*\d)/.exec(text.slice(last, last + 4));
      if (open) {
        max = null;
        last += open[0].length;
      }
    }
  }
  return { min, max, start: a.start, end: last, money, grouped: a.grouped, per: per ? perUnitOf(per[1]!) : null };
}
