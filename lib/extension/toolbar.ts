// The toolbar button of a tab: a short job-type mark with the stress level as badge text, its colour by
// stress, and a title that says it in words. Nothing on pages that are not postings (or are 'other' work).
import type { JobType } from '../core/types';
import { jobTypeLabel, t, type Lang } from '../i18n/messages';
import type { TabStatus } from './protocol';

export interface ToolbarVerdict {
  status: TabStatus;
  jobType: JobType | null;
  stress: number | null;
  lang: Lang;
}

export interface ToolbarState {
  /** Badge text ('' = none): at most 4 characters, which is what fits. */
  text: string;
  color: string;
  /** The button's title, or null for the default (the manifest's, in the browser's language). */
  title: string | null;
}

const MARK: Record<Lang, Partial<Record<JobType, string>>> = {
  ja: { inbound: '受', outbound: '発', mixed: '受発', sales: '営' },
  en: { inbound: 'IN', outbound: 'OUT', mixed: 'I/O', sales: 'S' },
};

/** Calm, watch, strain: the same three steps for every job type. */
export function stressColor(stress: number): string {
  return stress <= 2 ? '#2a7f62' : stress === 3 ? '#b7791f' : '#c0392b';
}

const NAME: Record<Lang, string> = { ja: '求人レンズ', en: 'Kyujin Lens' };

export function toolbarState(v: ToolbarVerdict): ToolbarState {
  const none: ToolbarState = { text: '', color: '#666666', title: null };
  if (v.status === 'error') return { text: '!', color: '#666666', title: `${NAME[v.lang]}: ${v.lang === 'ja' ? '分析できませんでした' : 'analysis failed'}` };
  if (v.status !== 'final' || !v.jobType || v.stress === null) return none;
  const mark = MARK[v.lang][v.jobType];
  if (!mark) return none;
  const stress = Math.min(5, Math.max(1, Math.round(v.stress)));
  return {
    text: `${mark}${stress}`,
    color: stressColor(stress),
    title: `${NAME[v.lang]}: ${jobTypeLabel(v.jobType, v.lang)} · ${t('stress', v.lang)} ${stress}/5`,
  };
}
