// How long a training or trial period lasts, in months, from the words that state it (3ヶ月, 2週間, 90日間, 半年).
const MONTHS = /(\d+(?:\.\d+)?)[ \t]*(?:[~〜][ \t]*\d+[ \t]*)?(?:[ヶかカケヵ箇]月|月間)/;
// A length in weeks or days (研修期間2週間, 研修中（約10日間）, 試用期間90日間), or half a year: in months, to a tenth
// (a month counted as 30 days). Days only with 間, so that 1日8時間 is no length.
const WEEKS_OR_DAYS = /(\d+(?:\.\d+)?)[ \t]*(?:[~〜][ \t]*\d+[ \t]*)?(週間|日間)|(半年)/;

/** The period's length in months, from the first stretch that states one in months, else in weeks or days. */
export function monthsIn(...stretches: string[]): number | null {
  for (const x of stretches) {
    const m = MONTHS.exec(x);
    if (m) return Number(m[1]);
  }
  for (const x of stretches) {
    const w = WEEKS_OR_DAYS.exec(x);
    if (w) return w[3] ? 6 : Math.round((Number(w[1]) * (w[2] === '週間' ? 7 : 1) * 10) / 30) / 10;
  }
  return null;
}
