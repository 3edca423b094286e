// A small message catalog shared by the CLI and the extension: one place for every user-facing label.
import type { JobType, QuotaStatus } from '../analysis/types';

export type Lang = 'ja' | 'en';

const JOB_TYPE: Record<JobType, Record<Lang, string>> = {
  inbound: { ja: '受信（インバウンド）', en: 'Inbound (answering calls)' },
  outbound: { ja: '発信（アウトバウンド）', en: 'Outbound (placing calls)' },
  mixed: { ja: '受発信', en: 'Mixed (answering and placing calls)' },
  sales: { ja: '営業', en: 'Sales' },
  other: { ja: 'その他', en: 'Other' },
};

const QUOTA: Record<QuotaStatus, Record<Lang, string>> = {
  stated: { ja: 'ノルマあり', en: 'Quota stated' },
  negated: { ja: 'ノルマなし明記', en: 'No quota (stated)' },
  absent: { ja: '記載なし', en: 'Quota not mentioned' },
};

const TEXT = {
  verdict: { ja: '判定', en: 'Verdict' },
  callCenter: { ja: 'コールセンターの仕事', en: 'call-center work' },
  notCallCenter: { ja: 'コールセンターの仕事ではありません', en: 'not call-center work' },
  notPosting: { ja: '求人票ではないようです（記事など）', en: 'does not read as a job posting (an article?)' },
  difficulty: { ja: '難易度', en: 'Difficulty' },
  stress: { ja: 'ストレス', en: 'Stress' },
  quota: { ja: 'ノルマ', en: 'Quota' },
  confidence: { ja: '確度', en: 'Confidence' },
  reasons: { ja: '理由', en: 'Reasons' },
  questions: { ja: '面接で確認したいこと', en: 'Worth asking at the interview' },
  noSignals: { ja: 'コールセンター・営業の手がかりは見つかりませんでした。', en: 'No call-center or sales signals found.' },
  truncated: { ja: '長すぎるため、先頭の一部だけを分析しました。', en: 'Too long: only the beginning was analyzed.' },
  negated: { ja: '否定', en: 'negated' },
} satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof TEXT;

export function t(key: MessageKey, lang: Lang): string {
  return TEXT[key][lang];
}
export const jobTypeLabel = (j: JobType, lang: Lang) => JOB_TYPE[j][lang];
export const quotaLabel = (q: QuotaStatus, lang: Lang) => QUOTA[q][lang];
