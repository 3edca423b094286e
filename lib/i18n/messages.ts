// A small message catalog shared by the CLI and the extension: one place for every user-facing label.
import type { Category, JobType, QuotaStatus } from '../core/types';

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
  postingClosed: { ja: 'この求人は掲載が終了しています', en: 'this posting has closed' },
  difficulty: { ja: '難易度', en: 'Difficulty' },
  stress: { ja: 'ストレス', en: 'Stress' },
  quota: { ja: 'ノルマ', en: 'Quota' },
  confidence: { ja: '確度', en: 'Confidence' },
  reasons: { ja: '理由', en: 'Reasons' },
  questions: { ja: '面接で確認したいこと', en: 'Worth asking at the interview' },
  noSignals: { ja: 'コールセンター・営業の手がかりは見つかりませんでした。', en: 'No call-center or sales signals found.' },
  truncated: { ja: '長すぎるため、先頭の一部だけを分析しました。', en: 'Too long: only the beginning was analyzed.' },
  negated: { ja: '否定', en: 'negated' },
  appName: { ja: '求人レンズ', en: 'Kyujin Lens' },
  provisional: { ja: '仮の判定（詳しい分析中…）', en: 'Provisional (full analysis running…)' },
  tentative: {
    ja: 'この求人からは仕事の種類がはっきり読み取れません。下の「面接で確認したいこと」で確かめてください。',
    en: 'This posting does not make the kind of work clear: check it with the questions below.',
  },
  failed: { ja: '分析できませんでした', en: 'Analysis failed' },
  failedHint: { ja: '判定は表示していません。拡張機能を再読み込みするか、再インストールしてください。', en: 'No verdict is shown. Reload or reinstall the extension.' },
  unreadable: { ja: 'この求人を読み取れませんでした', en: 'Could not read this posting' },
  siteChanged: {
    ja: 'このサイトの表示が変わったため、読み取りが不完全な可能性があります',
    en: 'This site’s pages have changed, so this posting may not have been read completely',
  },
  reportProblem: { ja: '読み取りの問題を報告', en: 'Report a reading problem' },
  reportCopied: {
    ja: '報告をクリップボードにコピーしました。求人の本文は含まれていません。プロジェクトの issue に貼り付けてください（自動では何も送信されません）。',
    en: 'The report was copied to the clipboard. It holds no posting text. Paste it into the project’s issue tracker (nothing is sent automatically).',
  },
  reportCopyFailed: {
    ja: 'クリップボードにコピーできませんでした。下の報告を選択してコピーしてください。',
    en: 'Could not copy to the clipboard. Select the report below and copy it.',
  },
  quiet: { ja: 'コールセンター・営業の手がかりなし', en: 'No call-center signals' },
  expand: { ja: '理由を表示', en: 'Show reasons' },
  collapse: { ja: '閉じる', en: 'Close' },
  move: { ja: '位置を移動', en: 'Move' },
  highlightOn: { ja: '根拠をハイライト', en: 'Highlight evidence' },
  highlightOff: { ja: 'ハイライトを消す', en: 'Remove highlights' },
  partial: { ja: '長いため一部のみ分析', en: 'Only part was read (long page)' },
  jobType: { ja: '仕事の種類', en: 'Job type' },
  badgeLabel: { ja: '求人レンズの判定', en: 'Kyujin Lens verdict' },
  notPostingPage: { ja: '求人ページではありません', en: 'Not a job posting page' },
  postingClosedPage: { ja: 'この求人は掲載が終了しています（応募できません）', en: 'This posting has closed (no longer open to applications)' },
  analyzing: { ja: '分析中…', en: 'Analyzing…' },
  offOnSite: { ja: 'このサイトではオフになっています', en: 'Turned off on this site' },
  siteSwitch: { ja: 'このサイトで有効', en: 'On for this site' },
  openSettings: { ja: '設定を開く', en: 'Open settings' },
  flagsByCategory: { ja: '見つかった手がかり', en: 'Signals found' },
  topReasons: { ja: '主な理由', en: 'Top reasons' },
  reloadHint: { ja: 'ページを再読み込みすると分析します。', en: 'Reload the page to analyze it.' },
  analyzeThisSite: { ja: 'このサイトで分析する', en: 'Analyze this site' },
  summaryOnly: { ja: '一覧の要約からの判定', en: 'judged from the summary only' },
  summaryShort: { ja: '要約', en: 'summary' },
  cardsOnPage: { ja: 'このページの求人', en: 'Jobs on this page' },
} satisfies Record<string, Record<Lang, string>>;

const CATEGORY: Record<Category, Record<Lang, string>> = {
  inbound: { ja: '受信', en: 'Inbound' },
  inboundOnly: { ja: '受信のみの明記', en: 'Inbound only (stated)' },
  outbound: { ja: '発信', en: 'Outbound' },
  mixed: { ja: '受発信', en: 'Mixed' },
  sales: { ja: '営業', en: 'Sales' },
  quota: { ja: 'ノルマ・目標', en: 'Quota and targets' },
  incentive: { ja: 'インセンティブ・歩合', en: 'Incentives and commission' },
  complaints: { ja: 'クレーム', en: 'Complaints' },
  collections: { ja: '督促・回収', en: 'Collections' },
  techSupport: { ja: 'テクニカルサポート', en: 'Technical support' },
  training: { ja: '研修・マニュアル', en: 'Training and manuals' },
  beginner: { ja: '未経験歓迎', en: 'Beginners welcome' },
  experience: { ja: '経験・資格必須', en: 'Experience required' },
  callCenter: { ja: 'コールセンター', en: 'Call center' },
  management: { ja: 'SV・運営', en: 'Supervision and management' },
  office: { ja: '事務・その他の仕事', en: 'Office and other work' },
};
export const categoryLabel = (c: Category, lang: Lang) => CATEGORY[c][lang];

export type MessageKey = keyof typeof TEXT;

export function t(key: MessageKey, lang: Lang): string {
  return TEXT[key][lang];
}
export const jobTypeLabel = (j: JobType, lang: Lang) => JOB_TYPE[j][lang];
/** The job type as the verdict states it: a tentative verdict (confidence below the firm level) is never a
 *  firm call, only a possibility. */
export const verdictLabel = (j: JobType, tentative: boolean, lang: Lang) =>
  !tentative ? JOB_TYPE[j][lang] : lang === 'ja' ? `${JOB_TYPE[j].ja}の可能性` : `Possibly ${JOB_TYPE[j].en.charAt(0).toLowerCase()}${JOB_TYPE[j].en.slice(1)}`;
export const quotaLabel = (q: QuotaStatus, lang: Lang) => QUOTA[q][lang];
