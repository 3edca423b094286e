// Training pay written as a step up: 時給1,100円→研修後1,200円, 時給1,100円（研修中）→1,200円,
// 時給1,250円→1,400円（研修後）. The figure before the arrow is the training pay; the one after is the pay.
import { amountIn, type AmountRange } from './amounts';
import { isCompanyProfile, type PayText } from './context';
import type { TrainingFinding } from './training';
import { monthsIn } from './training-length';
import { gated, matchesOf } from '../text/gated-scan';

const ARROW = gated(/[→⇒➡]/g);
// Before the arrow: the amount, then perhaps the period in brackets (（研修中）, （試用期間3ヶ月）).
const BEFORE = /\((?:研修|試用|見習)[^()\n]{0,8}\)[ \t]*$/;
const LENGTH = String.raw`\d+[ \t]*(?:[ヶかカケヵ箇]月|週間|日間)|半年`;
// The end of the period, perhaps with its length (研修後, 試用期間終了後, 見習い明け後, 研修10日間終了後).
const PERIOD_END = String.raw`(?:研修|試用期間?|見習い?)(?:期間)?(?:${LENGTH})?(?:終了|明け)?後`;
// After the arrow, up to the next amount: when the step comes (研修後, 本採用後, 3ヶ月後, 半年後), and the unit word.
const AFTER = new RegExp(String.raw`^[ \t]*(?:(${PERIOD_END}|本採用後?|(?:${LENGTH})(?:後|目以降))[ \t:はの]*)?(?:時給|日給|月給)?[ \t:]*$`);
// Or after the second amount: 1,400円（研修後）.
const AFTER_SECOND = new RegExp(String.raw`^[ \t]*\(${PERIOD_END}\)`);

export function arrowTraining(t: PayText, amounts: AmountRange[]): TrainingFinding | null {
  for (const m of matchesOf(ARROW, t.text, 20)) {
    const at = m.index;
    const a = amounts.findLast((x) => x.end <= at && at - x.end <= 16 && x.money);
    const b = amountIn(amounts, at + 1, at + 24, (x) => x.money);
    if (!a || !b || isCompanyProfile(t, a.start)) continue;
    const between = t.text.slice(a.end, at);
    if (!/^[ \t]*(?:\([^()\n]{0,12}\))?[ \t]*$/.test(between)) continue;
    const after = AFTER.exec(t.text.slice(at + 1, b.start));
    if (!after) continue;
    // A training word must say which side is the period's: before the arrow, after it, or after the second figure.
    const said = BEFORE.test(t.text.slice(a.end, at)) || Boolean(after[1]) || AFTER_SECOND.test(t.text.slice(b.end, b.end + 12));
    if (!said || b.min <= a.min) continue;
    // From the Nth month on (3ヶ月目以降): the period is the months before it.
    const monthFrom = /(\d+)[ \t]*[ヶかカケヵ箇]月目以降/.exec(after[0]);
    return { unit: a.per && a.per !== 'piece' ? a.per : null, min: a.min, max: a.max, months: monthFrom ? Number(monthFrom[1]) - 1 : monthsIn(between, after[0]), relative: false, start: a.start, end: a.end, amount: a };
  }
  return null;
}
