// Words for pay facts, in Japanese and English: the badge's pay line, the popup's list and the CLI use them.
import type { PayFacts, PayUnit } from '../core/types';
import type { Lang } from './messages';

type Commute = PayFacts['commute']['kind'];
type Extra = 'dailyPay' | 'weeklyPay' | 'advancePay' | 'lateNight';

export const PAY_TEXT = {
  unit: {
    hour: { ja: '時給', en: 'an hour' },
    day: { ja: '日給', en: 'a day' },
    week: { ja: '週給', en: 'a week' },
    month: { ja: '月給', en: 'a month' },
    year: { ja: '年収', en: 'a year' },
    piece: { ja: '出来高', en: 'per piece' },
  } satisfies Record<PayUnit, Record<Lang, string>>,
  commute: {
    full: { ja: '交通費全額支給', en: 'commuting paid in full' },
    capped: { ja: '交通費支給（上限あり）', en: 'commuting paid up to a cap' },
    partial: { ja: '交通費支給（規定による）', en: 'commuting paid by company rules' },
    none: { ja: '交通費支給なし', en: 'commuting not paid' },
    unstated: { ja: '交通費の記載なし', en: 'commuting not mentioned' },
  } satisfies Record<Commute, Record<Lang, string>>,
  extra: {
    dailyPay: { ja: '日払いあり', en: 'daily pay available' },
    weeklyPay: { ja: '週払いあり', en: 'weekly pay available' },
    advancePay: { ja: '前払いあり', en: 'advance pay available' },
    lateNight: { ja: '深夜割増あり', en: 'late-night premium' },
  } satisfies Record<Extra, Record<Lang, string>>,
  label: {
    pay: { ja: '給与', en: 'Pay' },
    base: { ja: '基本の給与', en: 'Base pay' },
    training: { ja: '研修中', en: 'training' },
    trainingLong: { ja: '研修・試用期間中', en: 'During training or trial' },
    months: { ja: 'ヶ月', en: ' months' },
    weeks: { ja: '週間', en: ' weeks' },
    about: { ja: '約', en: 'about ' },
    incentivePlus: { ja: 'インセンティブあり', en: 'incentive pay' },
    incentiveOnly: { ja: '完全歩合（固定給なし）', en: 'commission only (no base pay)' },
    perUnit: { ja: '1件あたり', en: 'per success' },
    guaranteed: { ja: '最低保証', en: 'guaranteed minimum' },
    fixedOvertime: { ja: '固定残業代込み', en: 'includes fixed overtime' },
    hours: { ja: '時間分', en: ' h' },
    excessPaid: { ja: '超過分は支給', en: 'excess paid' },
    excessNotPaid: { ja: '超過分の支給なし', en: 'excess not paid' },
    excessUnknown: { ja: '超過分の扱いは記載なし', en: 'excess hours: not stated' },
    cap: { ja: '上限', en: 'cap' },
    noPay: { ja: '給与の記載なし', en: 'pay not stated' },
    amountUnstated: { ja: '金額の記載なし', en: 'amount not stated' },
    otherLines: { ja: 'ほかの職種・給与の記載あり', en: 'other roles or pay lines are listed' },
    incentiveNoPay: { ja: 'インセンティブの記載のみ（金額の記載なし）', en: 'an incentive is named, but no pay is stated' },
  } satisfies Record<string, Record<Lang, string>>,
};

export type PayLabelKey = keyof typeof PAY_TEXT.label;
export const payLabel = (k: PayLabelKey, lang: Lang) => PAY_TEXT.label[k][lang];
export const payUnitLabel = (u: PayUnit, lang: Lang) => PAY_TEXT.unit[u][lang];
export const commuteLabel = (c: Commute, lang: Lang) => PAY_TEXT.commute[c][lang];
export const extraLabel = (id: string, lang: Lang) => (PAY_TEXT.extra as Record<string, Record<Lang, string>>)[id]?.[lang] ?? id;
