// Labels of the result-list filters (bar, hidden line, settings section), the history page and the
// comparison, in the same style as messages.ts: one place for every string those surfaces show.
import type { HideReason, JobType, KeywordProblem } from '../core/types';
import { keywordErrorMessage } from './settings-messages';
import type { Lang } from './messages';

const JOB_TYPE_SHORT: Record<JobType, Record<Lang, string>> = {
  inbound: { ja: '受信', en: 'inbound' },
  outbound: { ja: '発信', en: 'outbound' },
  mixed: { ja: '受発信', en: 'mixed' },
  sales: { ja: '営業', en: 'sales' },
  other: { ja: 'その他', en: 'other' },
};
export const jobTypeShort = (j: JobType, lang: Lang) => JOB_TYPE_SHORT[j][lang];

const TEXT = {
  // The collapsed line and the bar on result lists.
  hiddenBy: { ja: '求人レンズが非表示にしました（{reasons}）', en: 'Hidden by Kyujin Lens ({reasons})' },
  show: { ja: '表示する', en: 'Show' },
  barTitle: { ja: '絞り込み', en: 'Filters' },
  barHidden: { ja: '{n}件を非表示', en: '{n} hidden' },
  barNone: { ja: '非表示の求人はありません', en: 'Nothing hidden' },
  barShowAll: { ja: 'すべて表示', en: 'Show all' },
  hideAgain: { ja: '条件どおり隠す', en: 'Hide them again' },
  barMoreSettings: { ja: 'キーワードなどの設定', en: 'Keywords and more' },
  barOwnRules: { ja: 'このサイトだけの条件', en: 'Rules for this site only' },
  barSettings: { ja: '条件を変更', en: 'Change rules' },
  barOff: { ja: '絞り込みはオフです', en: 'Filters are off' },
  barTurnOn: { ja: 'オンにする', en: 'Turn on' },
  // Settings section 「絞り込み」.
  filtersHeading: { ja: '絞り込み', en: 'Filters' },
  filtersIntro: {
    ja: '検索結果の一覧で、条件に合う求人を細い行にたたみます（消しはしません。「表示する」でいつでも戻せます）。要約からの判定は確度0.7以上のときだけ使い、開いた求人は全文の判定を使います。',
    en: 'Collapses matching jobs on result lists to a thin line (never removed: “Show” brings one back). A summary verdict counts only at confidence 0.7 or more; a posting you opened is judged by its full text.',
  },
  filterOn: { ja: '絞り込みを使う', en: 'Use filters' },
  hideJobType: { ja: '{type}を隠す', en: 'Hide {type}' },
  hideQuota: { ja: 'ノルマありを隠す', en: 'Hide jobs with a quota' },
  hideIncentiveOnly: { ja: 'インセンティブのみ（固定給なし）を隠す', en: 'Hide incentive-only pay (no base pay)' },
  hideStress: { ja: 'ストレスで隠す', en: 'Hide by stress' },
  stressOff: { ja: '使わない', en: 'Off' },
  stressAtLeast: { ja: 'ストレス{n}以上', en: 'Stress {n} or more' },
  filterKeywords: { ja: '隠すキーワード（カードの文中にあれば隠す）', en: 'Keywords to hide (in the card’s text)' },
  filterKeywordAdd: { ja: '追加', en: 'Add' },
  filterKeywordRemove: { ja: '削除', en: 'Remove' },
  filterSitesHeading: { ja: 'サイトだけの条件', en: 'Rules of a site’s own' },
  filterSitesEmpty: {
    ja: 'すべてのサイトで上の条件を使います。サイトだけの条件は、一覧ページの絞り込みバーで作れます。',
    en: 'Every site uses the rules above. A site’s own rules are made from the filter bar on its result list.',
  },
  filterSiteRemove: { ja: '共通の条件に戻す', en: 'Use the common rules' },
  // History.
  historyHeading: { ja: '閲覧履歴', en: 'History' },
  historyOn: { ja: '開いた求人を履歴に残す（このブラウザの中だけに保存し、どこにも送りません）', en: 'Keep the postings you open in a history (kept in this browser only, never sent anywhere)' },
  historyClear: { ja: '履歴をすべて削除', en: 'Delete all history' },
  historyClearConfirm: { ja: '履歴をすべて削除しますか？', en: 'Delete the whole history?' },
  historyCleared: { ja: '履歴を削除しました', en: 'History deleted' },
  historyOpen: { ja: '履歴と比較を開く', en: 'Open history and comparison' },
  historyTitle: { ja: '求人レンズ — 閲覧履歴と比較', en: 'Kyujin Lens — history and comparison' },
  historyIntro: {
    ja: '開いた求人の判定です（新しい順、最大{max}件。このブラウザの中だけに保存しています）。2〜4件を選ぶと並べて比較できます。',
    en: 'Verdicts of the postings you opened (newest first, {max} at most, kept in this browser only). Choose 2–4 to compare them side by side.',
  },
  historyEmpty: { ja: 'まだ履歴はありません。求人ページを開くとここに残ります。', en: 'No history yet. Postings you open appear here.' },
  historyOff: { ja: '履歴はオフになっています（設定で変更できます）。', en: 'History is off (change it in the settings).' },
  historyDropped: {
    ja: '上限の{max}件を超えたため、古いものから{n}件を削除しました。',
    en: 'Over the limit of {max}: the {n} oldest were removed.',
  },
  historyCorrupt: { ja: '読み取れない履歴{n}件を飛ばしました。', en: '{n} unreadable entries were skipped.' },
  historyCount: { ja: '{n}件', en: '{n} postings' },
  search: { ja: '検索', en: 'Search' },
  searchPlaceholder: { ja: '職種・会社名・理由など', en: 'Title, company, reasons…' },
  allJobTypes: { ja: 'すべての種類', en: 'All job types' },
  allSites: { ja: 'すべてのサイト', en: 'All sites' },
  sortBy: { ja: '並び順', en: 'Sort' },
  sortDate: { ja: '新しい順', en: 'Newest first' },
  sortStress: { ja: 'ストレスの高い順', en: 'Highest stress first' },
  sortStressLow: { ja: 'ストレスの低い順', en: 'Lowest stress first' },
  select: { ja: '比較に選ぶ', en: 'Compare' },
  compare: { ja: '選んだ求人を比較', en: 'Compare the chosen' },
  compareHint: { ja: '比較するには2〜4件を選んでください（{n}件選択中）', en: 'Choose 2 to 4 to compare ({n} chosen)' },
  compareTooMany: { ja: '比較できるのは4件までです', en: 'At most 4 can be compared' },
  closeCompare: { ja: '比較を閉じる', en: 'Close comparison' },
  openOriginal: { ja: '元の求人を開く', en: 'Open the posting' },
  remove: { ja: '削除', en: 'Delete' },
  exportCsv: { ja: 'CSVで書き出す', en: 'Export CSV' },
  exportJson: { ja: 'JSONで書き出す', en: 'Export JSON' },
  seenAt: { ja: '閲覧日時', en: 'Seen' },
  site: { ja: 'サイト', en: 'Site' },
  company: { ja: '会社', en: 'Company' },
  title: { ja: '求人', en: 'Posting' },
  incentive: { ja: 'インセンティブ', en: 'Incentive' },
  pay: { ja: '給与', en: 'Pay' },
  payNotRead: { ja: '読み取れず', en: 'not read' },
  incentiveOnly: { ja: 'インセンティブのみ', en: 'incentive only' },
  incentivePlus: { ja: '固定給＋インセンティブ', en: 'base pay plus incentive' },
  incentiveMentioned: { ja: 'あり', en: 'mentioned' },
  incentiveNone: { ja: 'なし', en: 'none' },
  recent: { ja: '最近見た求人', en: 'Recently opened' },
  noCompany: { ja: '—', en: '—' },
} satisfies Record<string, Record<Lang, string>>;

export type FilterMessageKey = keyof typeof TEXT;

/** A label; `{name}` placeholders are filled from `vars`. */
export function ft(key: FilterMessageKey, lang: Lang, vars: Record<string, string | number> = {}): string {
  return TEXT[key][lang].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** One reason, short: 発信, ノルマあり, インセンティブのみ, ストレス4, 「テレアポ」. */
export function reasonLabel(r: HideReason, lang: Lang): string {
  const ja = lang === 'ja';
  switch (r.kind) {
    case 'jobType':
      return jobTypeShort(r.jobType, lang);
    case 'quota':
      return ja ? 'ノルマあり' : 'quota';
    case 'incentiveOnly':
      return ja ? 'インセンティブのみ' : 'incentive only';
    case 'stress':
      return ja ? `ストレス${r.level}` : `stress ${r.level}`;
    case 'keyword':
      return ja ? `「${r.text}」` : `“${r.text}”`;
  }
}

/** The reasons of one card: 「発信・ストレス4」 / "outbound · stress 4". */
export const reasonsLabel = (reasons: readonly HideReason[], lang: Lang) => reasons.map((r) => reasonLabel(r, lang)).join(lang === 'ja' ? '・' : ' · ');

/** The collapsed line's text: 「求人レンズが非表示にしました（発信・ストレス4）」. */
export const hiddenLineText = (reasons: readonly HideReason[], lang: Lang) => ft('hiddenBy', lang, { reasons: reasonsLabel(reasons, lang) });

/** Why a hiding keyword was refused, in the page language (the same words as for your own keywords). */
export const filterKeywordErrorMessage: (p: KeywordProblem, lang: Lang) => string = keywordErrorMessage;
