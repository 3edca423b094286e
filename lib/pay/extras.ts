// Pay facts worth a line of their own: when pay can be had (日払い, 週払い, 前払い) and the late-night
// premium (深夜手当, 22時以降は時給…).
import { isCompanyProfile, underOtherOpenings, type PayText, MAX_MENTIONS } from './context';
import { gated, matchesOf, type GatedScan } from '../text/gated-scan';

export interface ExtraFinding {
  id: 'dailyPay' | 'weeklyPay' | 'advancePay' | 'lateNight';
  start: number;
  end: number;
}

const EXTRAS: [ExtraFinding['id'], GatedScan][] = [
  ['dailyPay', gated(/即日払い?|(?<![\d月末毎])日払い?(?:可|ok|制度|対応|あり|制)?/g)],
  ['weeklyPay', gated(/週払い?(?:可|ok|制度|対応|あり|制)?/g)],
  ['advancePay', gated(/前払い?(?:可|ok|制度|対応|あり|制)?/g)],
  ['lateNight', gated(/深夜(?:手当|割増|勤務手当)|22(?:時|:00)(?:以降|から|~|〜)[^\n。]{0,16}?(?:割増|時給\s*\d[\d,]*円|\d[\d,]*円|手当)/g)],
];
const NEGATED_AFTER = /^[^\n。]{0,3}?(?:なし|不可|無し|ではありません|はありません|は行っていません|できません)/;

export function findExtras(t: PayText): ExtraFinding[] {
  const out: ExtraFinding[] = [];
  for (const [id, re] of EXTRAS) {
    for (const m of matchesOf(re, t.text, MAX_MENTIONS)) {
      const end = m.index + m[0].length;
      // Another opening's 日払い (【日払い】物流倉庫の仕分け under この求人を見た人は…) is that job's.
      if (isCompanyProfile(t, m.index) || underOtherOpenings(t, m.index) || NEGATED_AFTER.test(t.text.slice(end, end + 10))) continue;
      out.push({ id, start: m.index, end });
      break; // one line per kind is enough
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
