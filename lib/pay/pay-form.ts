// The kind of pay named in a row of its own, apart from the amount: 給与形態：月給 ⏎ 金額：250,000円〜,
// 【給与の種類】時給 ⏎ 【金額】1,050円以上, and ハローワーク's 賃金形態等 日給 above or below its amount rows. The
// amounts of its block that name no unit themselves are counted in it.
import type { PayUnit } from '../core/types';
import { MAX_MENTIONS } from './context';
import { gated, matchesOf } from '../text/gated-scan';

export interface FormRow {
  unit: PayUnit;
  /** Normalized offset of the row's label. */
  start: number;
}

// The row's label (給与形態, 給与区分, 給与の種類, 賃金形態等, 報酬形態, 給与タイプ), then the unit word as its whole
// value, on the same line or the next (a table flattened into text). A value of two kinds (月給・時給) names none.
const LABEL = String.raw`(?:給与|給料|賃金|報酬)の?(?:形態|区分|種類|種別|タイプ|形式|方式)等?`;
const ROW = gated(new RegExp(
  String.raw`^[ \t]*[\p{P}\p{S}]*[ \t]*(?:[a-z][ \t.)]+)?${LABEL}[ \t]*(?:\([^()\n]{0,10}\))?[ \t]*[\p{P}\p{S}]*[ \t]*\n?[ \t]*[\p{P}\p{S}]*[ \t]*` +
    String.raw`(日給月給|時間給|時給|日給|日当|月給|週給|年俸)制?[ \t]*(?:\([^()\n]*\))?[ \t]*$`,
  'gmu',
));
// 日給月給: a monthly salary less the days missed, a month's pay.
const UNIT: Record<string, PayUnit> = { 日給月給: 'month', 時間給: 'hour', 時給: 'hour', 日給: 'day', 日当: 'day', 月給: 'month', 週給: 'week', 年俸: 'year' };
/** Lines between the row and the amounts it speaks of. */
const BLOCK_LINES = 8;
// How long a period each unit is: a figure too big for the row's unit is a longer period's (ハローワーク's
// 基本給（月額平均）for a 日給 job is a month's average).
const RANK: Record<PayUnit, number> = { hour: 0, day: 1, week: 2, month: 3, year: 4, piece: -1 };
// The label of an amount row under it: 金額, 賃金額, 支給額; a bare amount opening its line counts too.
const AMOUNT_ROW = /^[\s\p{P}\p{S}]*(?:[a-z][ \t.)]+)?(?:金額|賃金額|給与額|給料額|支給額|報酬額)?[\s\p{P}\p{S}]*$/u;

export function findFormRows(text: string): FormRow[] {
  const out: FormRow[] = [];
  for (const m of matchesOf(ROW, text, MAX_MENTIONS)) out.push({ unit: UNIT[m[1]!]!, start: m.index });
  return out;
}

function linesBetween(text: string, a: number, b: number): number {
  let n = 0;
  for (let k = Math.min(a, b); k < Math.max(a, b); k++) if (text.charCodeAt(k) === 10) n++;
  return n;
}

/** The row nearest the amount at `at`, within its block. */
export function formRowNear(rows: FormRow[], text: string, at: number): FormRow | null {
  let best: FormRow | null = null;
  let bestLines = BLOCK_LINES + 1;
  for (const r of rows) {
    if (Math.abs(r.start - at) > BLOCK_LINES * 120) continue;
    const n = linesBetween(text, r.start, at);
    if (n < bestLines) [best, bestLines] = [r, n];
  }
  return best;
}

/** The row's unit for an amount whose size guess is `bySize`, unless the figure is too big for it; a 年俸 row over
 *  a figure of a month's size (ハローワーク's 月額平均 of a 年俸 job) keeps the month. */
export function formUnit(row: FormRow, bySize: PayUnit): PayUnit {
  if (row.unit === 'year') return bySize;
  return RANK[bySize] <= RANK[row.unit] ? row.unit : bySize;
}

/** Whether the text before an amount on its line is only an amount label (金額：) or nothing. */
export const isAmountRow = (head: string): boolean => AMOUNT_ROW.test(head);
