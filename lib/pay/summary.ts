// Pay facts as words: a one-line summary for the badge and the CLI (時給1,300〜1,500円（研修中1,200円）・
// インセンティブあり) and the full list for the popup.
import type { PayFacts, PayUnit } from '../core/types';
import type { Lang } from '../i18n/messages';
import { commuteLabel, extraLabel, payLabel, payUnitLabel } from '../i18n/pay-messages';
import { INCENTIVE_WITHOUT_PAY, OTHER_LINES } from './notes';

const comma = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** 250000 → 25万, 205000 → 20.5万, 1300 → 1,300 (Japanese); monthly and yearly pay read in 万. */
function jaFigure(n: number, unit: PayUnit): string {
  if ((unit === 'month' || unit === 'year') && n >= 10_000 && n % 1000 === 0) return `${n / 10_000}万`;
  return comma(n);
}

/** The amount or range without its unit word: 1,300〜1,500円, 25万円〜, 〜1,500円, ¥1,300–1,500. */
export function formatAmount(min: number | null, max: number | null, unit: PayUnit, lang: Lang): string {
  // Only the upper end stated (時給〜1,500円, 最大1,500円).
  if (min === null) return max === null ? '' : lang === 'ja' ? `〜${jaFigure(max, unit)}円` : `up to ¥${comma(max)}`;
  if (lang === 'ja') {
    if (max === null) return `${jaFigure(min, unit)}円〜`;
    if (max === min) return `${jaFigure(min, unit)}円`;
    return `${jaFigure(min, unit)}〜${jaFigure(max, unit)}円`;
  }
  if (max === null) return `¥${comma(min)}+`;
  if (max === min) return `¥${comma(min)}`;
  return `¥${comma(min)}–${comma(max)}`;
}

/** 時給1,300〜1,500円 / ¥1,300–1,500 an hour; piece pay: 出来高（1件3,500円）. */
export function formatPay(p: { unit: PayUnit; min: number | null; max: number | null }, lang: Lang): string {
  const amount = formatAmount(p.min, p.max, p.unit, lang);
  if (p.unit === 'piece') {
    if (!amount) return payUnitLabel('piece', lang);
    return lang === 'ja' ? `出来高（1件${amount}）` : `${amount} ${payUnitLabel('piece', lang)}`;
  }
  // The system named without a figure (月給制（経験を考慮して決定）): say that the amount is not stated.
  if (!amount) return lang === 'ja' ? `${payUnitLabel(p.unit, lang)}（${payLabel('amountUnstated', lang)}）` : `${payUnitLabel(p.unit, lang)}, ${payLabel('amountUnstated', lang)}`;
  return lang === 'ja' ? `${payUnitLabel(p.unit, lang)}${amount}` : `${amount} ${payUnitLabel(p.unit, lang)}`;
}

/** One line: base pay, the training pay when it differs, incentive, fixed overtime. */
export function paySummary(pay: PayFacts, lang: Lang): string {
  const sep = lang === 'ja' ? '・' : ' · ';
  const parts: string[] = [];
  if (pay.base) {
    let head = formatPay(pay.base, lang);
    if (pay.training && pay.training.min !== null) {
      const tr = pay.training.unit === pay.base.unit ? formatAmount(pay.training.min, pay.training.max, pay.training.unit, lang) : formatPay(pay.training, lang);
      head += lang === 'ja' ? `（${payLabel('training', lang)}${tr}）` : ` (${payLabel('training', lang)} ${tr})`;
    }
    parts.push(head);
  } else parts.push(payLabel('noPay', lang));
  if (pay.note === INCENTIVE_WITHOUT_PAY) parts.push(payLabel('incentiveNoPay', lang));
  if (pay.incentive.kind === 'plus') parts.push(payLabel('incentivePlus', lang));
  if (pay.incentive.kind === 'only') parts.push(payLabel('incentiveOnly', lang));
  if (pay.fixedOvertime) {
    const h = pay.fixedOvertime.hours;
    parts.push(h === null ? payLabel('fixedOvertime', lang) : lang === 'ja' ? `${payLabel('fixedOvertime', lang)}（${h}${payLabel('hours', lang)}）` : `${payLabel('fixedOvertime', lang)} (${h} h)`);
  }
  return parts.join(sep);
}

/** Every fact, one line each, for the popup and the CLI. */
export function payLines(pay: PayFacts, lang: Lang): string[] {
  const out: string[] = [];
  const colon = lang === 'ja' ? '：' : ': ';
  const yen = (n: number, unit: PayUnit = 'hour') => formatAmount(n, n, unit, lang);
  const sp = lang === 'ja' ? '' : ' ';
  out.push(`${payLabel('base', lang)}${colon}${pay.base ? formatPay(pay.base, lang) : payLabel('noPay', lang)}`);
  if (pay.training) {
    const length = trainingLength(pay.training.months, lang);
    const months = length === null ? '' : lang === 'ja' ? `（${length}）` : ` (${length})`;
    out.push(`${payLabel('trainingLong', lang)}${months}${colon}${formatPay(pay.training, lang)}`);
  }
  const inc = pay.incentive;
  if (inc.kind !== 'none') {
    const details = [
      inc.perUnit !== null ? `${payLabel('perUnit', lang)}${sp}${yen(inc.perUnit)}` : '',
      inc.guaranteed !== null ? `${payLabel('guaranteed', lang)}${sp}${yen(inc.guaranteed)}` : '',
    ].filter(Boolean);
    const head = payLabel(inc.kind === 'only' ? 'incentiveOnly' : 'incentivePlus', lang);
    out.push(details.length ? `${head}${lang === 'ja' ? `（${details.join('、')}）` : ` (${details.join(', ')})`}` : head);
  }
  const ot = pay.fixedOvertime;
  if (ot) {
    const bits = [
      ot.hours !== null ? (lang === 'ja' ? `${ot.hours}${payLabel('hours', lang)}` : `${ot.hours} h`) : '',
      ot.amount !== null ? yen(ot.amount, 'month') : '',
      payLabel(ot.excessPaid === true ? 'excessPaid' : ot.excessPaid === false ? 'excessNotPaid' : 'excessUnknown', lang),
    ].filter(Boolean);
    out.push(`${payLabel('fixedOvertime', lang)}${lang === 'ja' ? `（${bits.join('、')}）` : ` (${bits.join(', ')})`}`);
  }
  const c = pay.commute;
  out.push(c.kind === 'capped' && c.cap !== null ? `${commuteLabel('capped', lang)}${lang === 'ja' ? `：${payLabel('cap', lang)}${yen(c.cap)}` : `: ${payLabel('cap', lang)} ${yen(c.cap)}`}` : commuteLabel(c.kind, lang));
  for (const x of pay.extras) out.push(extraLabel(x.id, lang));
  if (pay.note?.startsWith(OTHER_LINES)) out.push(payLabel('otherLines', lang));
  if (pay.note === INCENTIVE_WITHOUT_PAY) out.push(payLabel('incentiveNoPay', lang));
  return out;
}

/** The training period's length as a reader says it: whole months as stated (3ヶ月); a length read from weeks or days
 *  (months to a tenth) roughly, in weeks below a month (約2週間) and in months above (約1.5ヶ月). */
function trainingLength(months: number | null, lang: Lang): string | null {
  if (months === null || months <= 0) return null;
  if (Number.isInteger(months)) return `${months}${payLabel('months', lang)}`;
  if (months < 1) return `${payLabel('about', lang)}${Math.max(1, Math.round((months * 30) / 7))}${payLabel('weeks', lang)}`;
  return `${payLabel('about', lang)}${months}${payLabel('months', lang)}`;
}
