// What the history page shows, decided in Node-testable code: search, filters, sort, the comparison's
// rows and a posting's pay in one line.
import { formatPay } from '../pay/summary';
import type { JobType, PayFacts } from '../core/types';
import { normalize } from '../text/normalize';
import type { Lang } from '../i18n/messages';
import { jobTypeShort, ft } from '../i18n/filter-messages';
import { quotaLabel } from '../i18n/messages';
import type { HistoryEntry } from './history';

export type HistorySort = 'date' | 'stress-desc' | 'stress-asc';
export const MIN_COMPARE = 2;
export const MAX_COMPARE = 4;

export interface HistoryQuery {
  text: string;
  jobType: JobType | '';
  site: string;
  sort: HistorySort;
}

const fold = (s: string) => normalize(s).text.toLowerCase().replace(/\s+/g, '');

/** Every word of the search in the title, company, site or reasons (ja and en). */
function matchesText(e: HistoryEntry, words: string[]): boolean {
  if (!words.length) return true;
  const hay = fold([e.title, e.company ?? '', e.site, e.url, ...e.verdict.reasons.flatMap((r) => [r.ja, r.en])].join('\n'));
  return words.every((w) => hay.includes(w));
}

export function queryHistory(entries: readonly HistoryEntry[], q: HistoryQuery): HistoryEntry[] {
  // The words as the user typed them apart: normalize would join a name that ends like a particle to the next word
  // (みなと 発信), as it does in a posting's prose.
  const words = q.text.split(/[\s\u3000]+/).map(fold).filter(Boolean);
  const out = entries.filter((e) => (!q.jobType || e.verdict.jobType === q.jobType) && (!q.site || e.site === q.site) && matchesText(e, words));
  const byDate = (a: HistoryEntry, b: HistoryEntry) => b.seenAt - a.seenAt;
  if (q.sort === 'stress-desc') return out.sort((a, b) => b.verdict.stress - a.verdict.stress || byDate(a, b));
  if (q.sort === 'stress-asc') return out.sort((a, b) => a.verdict.stress - b.verdict.stress || byDate(a, b));
  return out.sort(byDate);
}

/** The sites present, for the site filter. */
export const historySites = (entries: readonly HistoryEntry[]) => [...new Set(entries.map((e) => e.site))].sort();

/** Base pay in one line, as the badge and the CLI write it (時給1,300〜1,500円); null when none was read. */
export function basePayLabel(pay: PayFacts | null, lang: Lang): string | null {
  const b = pay?.base;
  if (!b || (b.min === null && b.max === null)) return null;
  return formatPay(b, lang); // 〜1,500円 when only the upper end is stated
}

/** The incentive as the comparison says it: only, plus base pay, mentioned, none. */
export function incentiveLabel(e: HistoryEntry, lang: Lang): string {
  const kind = e.pay?.incentive.kind;
  if (kind === 'only') return ft('incentiveOnly', lang);
  if (kind === 'plus') return ft('incentivePlus', lang);
  return e.verdict.incentive ? ft('incentiveMentioned', lang) : ft('incentiveNone', lang);
}

export interface CompareRow {
  key: 'jobType' | 'difficulty' | 'stress' | 'quota' | 'incentive' | 'pay' | 'reasons' | 'questions';
  label: string;
  /** One cell per posting; reasons and questions are lists. */
  cells: (string | string[])[];
}

/** The comparison, one row per aspect, one cell per posting (in the order chosen). */
export function compareRows(entries: readonly HistoryEntry[], lang: Lang, topReasons = 3): CompareRow[] {
  const ja = lang === 'ja';
  return [
    { key: 'jobType', label: ja ? '仕事の種類' : 'Job type', cells: entries.map((e) => jobTypeShort(e.verdict.jobType, lang)) },
    { key: 'difficulty', label: ja ? '難易度' : 'Difficulty', cells: entries.map((e) => `${e.verdict.difficulty}/5`) },
    { key: 'stress', label: ja ? 'ストレス' : 'Stress', cells: entries.map((e) => `${e.verdict.stress}/5`) },
    { key: 'quota', label: ja ? 'ノルマ' : 'Quota', cells: entries.map((e) => quotaLabel(e.verdict.quota, lang)) },
    { key: 'incentive', label: ft('incentive', lang), cells: entries.map((e) => incentiveLabel(e, lang)) },
    { key: 'pay', label: ft('pay', lang), cells: entries.map((e) => basePayLabel(e.pay, lang) ?? ft('payNotRead', lang)) },
    { key: 'reasons', label: ja ? '主な理由' : 'Top reasons', cells: entries.map((e) => e.verdict.reasons.slice(0, topReasons).map((r) => r[lang])) },
    { key: 'questions', label: ja ? '面接で確認したいこと' : 'Worth asking', cells: entries.map((e) => e.verdict.questions.map((q) => q[lang])) },
  ];
}

/** Toggles one id in the chosen list; refuses a fifth. */
export function toggleChosen(chosen: readonly string[], id: string): { chosen: string[]; refused: boolean } {
  if (chosen.includes(id)) return { chosen: chosen.filter((c) => c !== id), refused: false };
  if (chosen.length >= MAX_COMPARE) return { chosen: [...chosen], refused: true };
  return { chosen: [...chosen, id], refused: false };
}
