// The settings page's labels, in the same style as messages.ts: one place for every string the page shows.
// Also words the problems that parseSettings and keywordError report (codes with their data) in the page language.
import { categoryLabel } from './messages';
import type { Category, KeywordProblem, Sensitivity, SettingsField, SettingsProblem } from '../core/types';
import type { Lang } from './messages';

const SENSITIVITY: Record<Sensitivity, { label: Record<Lang, string>; hint: Record<Lang, string> }> = {
  low: {
    label: { ja: '低め', en: 'Low' },
    hint: { ja: '明確で強い手がかりだけを使います。', en: 'Only clear, strong signals count.' },
  },
  standard: {
    label: { ja: '標準', en: 'Standard' },
    hint: { ja: '文脈で判断する一般的な語も使います。', en: 'Also common words judged by their context.' },
  },
  high: {
    label: { ja: '高め', en: 'High' },
    hint: {
      ja: '目標・成果・電話対応などの弱い手がかりも使います。',
      en: 'Also weak signals such as targets, results or handling phone calls.',
    },
  },
};

// One line about each category; their names are in messages.ts (shared with the badge and popup).
const CATEGORY: Record<Category, { hint: Record<Lang, string> }> = {
  inbound: {
    hint: { ja: 'かかってきた電話に応対する仕事（受電・インバウンド）', en: 'Answering incoming calls' },
  },
  inboundOnly: {
    hint: { ja: '「受信のみ」「発信なし」など、電話をかけることはないという記載', en: 'The posting says there are no outgoing calls' },
  },
  outbound: {
    hint: { ja: 'こちらから電話をかける仕事（架電・テレアポ）', en: 'Placing calls: cold calls, telemarketing appointments' },
  },
  mixed: {
    hint: { ja: '受信と発信の両方をする仕事', en: 'Both answering and placing calls' },
  },
  sales: {
    hint: { ja: '商品やサービスを売り込む仕事', en: 'Selling products or services' },
  },
  quota: {
    hint: { ja: 'ノルマや、その言い換え（目標件数など）', en: 'Quotas and their euphemisms, such as target counts' },
  },
  incentive: {
    hint: { ja: '成果に応じて増える報酬（歩合・成果報酬）', en: 'Pay that grows with results' },
  },
  complaints: {
    hint: { ja: '苦情・クレームへの対応', en: 'Handling complaints' },
  },
  collections: {
    hint: { ja: '支払いの督促や債権回収', en: 'Payment reminders and debt collection' },
  },
  techSupport: {
    hint: { ja: 'ヘルプデスクなど、技術的な問い合わせへの対応', en: 'Help desk and technical questions' },
  },
  training: {
    hint: { ja: '研修・マニュアル・トークスクリプトがあるという記載', en: 'Training, manuals or call scripts are provided' },
  },
  beginner: {
    hint: { ja: '経験がなくても応募できるという記載', en: 'No experience needed' },
  },
  experience: {
    hint: { ja: '経験年数や資格が必須という記載', en: 'Years of experience or a licence are required' },
  },
  callCenter: {
    hint: { ja: 'コールセンター・オペレーターの仕事であること', en: 'Call-center or operator work' },
  },
  management: {
    hint: { ja: 'SV・センター長など、センターを運営する側の仕事', en: 'Running a center: supervisors, center managers' },
  },
  office: {
    hint: { ja: '事務・データ入力など、電話以外が中心の仕事', en: 'Clerical work, data entry: mostly not on the phone' },
  },
};

const TEXT = {
  pageTitle: { ja: '求人レンズの設定', en: 'Kyujin Lens settings' },
  intro: {
    ja: '変更はすぐに保存され、開いている他のタブにも反映されます。',
    en: 'Changes are saved at once and reach the other open tabs.',
  },
  loading: { ja: '読み込み中…', en: 'Loading…' },
  saved: { ja: '保存しました', en: 'Saved' },
  saveFailed: { ja: '保存できませんでした', en: 'Could not save' },
  saveTooLarge: {
    ja: '設定が大きすぎるため保存できませんでした。キーワードやサイトを減らしてください',
    en: 'The settings are too large to save. Remove some keywords or sites',
  },
  loadProblems: {
    ja: '一部の設定を読み込めなかったため既定値に戻しました',
    en: 'Some settings could not be read and were set back to their defaults',
  },
  dismiss: { ja: '閉じる', en: 'Dismiss' },
  moreProblems: { ja: 'ほか {n} 件', en: '{n} more' },

  analysisHeading: { ja: '分析', en: 'Analysis' },
  sensitivityLabel: { ja: '感度', en: 'Sensitivity' },
  categoriesHeading: { ja: '使う手がかりの分類', en: 'Categories of signals' },
  categoriesIntro: {
    ja: 'オフにした分類の手がかりは分析で数えません。',
    en: 'Signals in a category turned off are not counted.',
  },

  displayHeading: { ja: '表示', en: 'Display' },
  highlightLabel: { ja: '根拠となった語をページ上で強調する', en: 'Highlight the evidence on the page' },
  hideQuietMarkLabel: {
    ja: '手がかりがない求人に出る控えめな印を隠す',
    en: 'Hide the quiet mark on postings with no call-center signals',
  },
  langLabel: { ja: '表示言語', en: 'Language' },

  memoryHeading: { ja: 'メモリ', en: 'Memory' },
  idleLabel: { ja: '使わないときに辞書を解放するまでの時間', en: 'Unload the dictionary when unused for' },
  idleMinutes: { ja: '{n} 分', en: '{n} min' },
  idleNever: { ja: '解放しない', en: 'Never' },
  idleHint: {
    ja: '求人を分析していない間は、形態素解析の辞書（メモリで約 40 MB）を外します。次の求人で読み込み直します（1〜2 秒）。',
    en: 'While no posting is being analyzed, the tokenizer dictionary (about 40 MB in memory) is unloaded. The next posting loads it again (1–2 s).',
  },

  sitesHeading: { ja: 'サイトごとの設定', en: 'Sites' },
  sitesIntro: {
    ja: 'サイトごとに分析のオン・オフを切り替えます。ここにないサイトは既定の動作になります。',
    en: 'Turn the analysis on or off per site. Sites not listed here behave as by default.',
  },
  sitesPermissionNote: {
    ja: '新しいサイトをオンにするには、そのサイトでポップアップの「このサイトで分析する」から権限の許可も必要です。',
    en: 'Turning a new site on also needs its permission: open the popup on that site and choose “Analyze this site”.',
  },
  sitesEmpty: { ja: 'まだサイトはありません。', en: 'No sites yet.' },
  siteOn: { ja: 'オン', en: 'On' },
  siteOff: { ja: 'オフ', en: 'Off' },
  siteAnalyze: { ja: '分析する', en: 'Analyze' },
  siteHostLabel: { ja: 'ホスト名', en: 'Host name' },
  siteHostPlaceholder: { ja: '例: example.com、127.0.0.1:8080', en: 'e.g. example.com, 127.0.0.1:8080' },
  siteStateLabel: { ja: '状態', en: 'State' },
  siteAdd: { ja: 'サイトを追加', en: 'Add site' },
  siteRemove: { ja: '削除', en: 'Remove' },
  siteInvalid: {
    ja: 'ホスト名として読み取れません。example.com や 127.0.0.1:8080 のように入力してください。',
    en: 'Not a host name. Enter something like example.com or 127.0.0.1:8080.',
  },
  siteEmptyInput: { ja: 'ホスト名を入力してください', en: 'Enter a host name' },

  keywordsHeading: { ja: '自分のキーワード', en: 'Your keywords' },
  keywordsIntro: {
    ja: '求人票にこの語があれば、選んだ分類の手がかりとして数えます。',
    en: 'When a posting contains one of these words, it counts as a signal of the chosen category.',
  },
  kwTextLabel: { ja: 'キーワード', en: 'Keyword' },
  kwCategoryLabel: { ja: '分類', en: 'Category' },
  kwWeightLabel: { ja: '重み（0.1〜10）', en: 'Weight (0.1–10)' },
  kwAdd: { ja: '追加', en: 'Add' },
  kwLiteralNote: {
    ja: 'キーワードは書いたとおりの文字列として探します（正規表現ではありません）。全角・半角や大文字・小文字の違いは区別しません。',
    en: 'Keywords are matched as literal text, not as regular expressions. Full-width and half-width forms and letter case are treated alike.',
  },
  kwEmpty: { ja: 'まだキーワードはありません。', en: 'No keywords yet.' },
  kwRemove: { ja: '削除', en: 'Remove' },
  kwWeight: { ja: '重み', en: 'weight' },
  kwCount: { ja: '{n} / {max} 個', en: '{n} of {max}' },

  backupHeading: { ja: '書き出し・読み込み', en: 'Export and import' },
  exportButton: { ja: '設定を JSON で書き出す', en: 'Export settings as JSON' },
  exportNote: {
    ja: 'ファイルはこのコンピューターに保存され、どこにも送信されません。',
    en: 'The file is saved on this computer and sent nowhere.',
  },
  importLabel: { ja: 'JSON ファイルから読み込む（今の設定は置き換えられます）', en: 'Import from a JSON file (replaces the current settings)' },
  importDone: { ja: '設定を読み込みました。', en: 'Settings imported.' },
  importDoneWithProblems: {
    ja: '設定を読み込みました。次の項目は読み取れなかったため既定値を使います:',
    en: 'Settings imported. These fields could not be read and use their defaults:',
  },
  importNotJson: {
    ja: 'このファイルは JSON として読めません。設定は変更していません。',
    en: 'This file is not valid JSON. Nothing was changed.',
  },
  importNotObject: {
    ja: 'このファイルは求人レンズの設定ではありません。設定は変更していません。',
    en: 'This file does not hold Kyujin Lens settings. Nothing was changed.',
  },
  importNothingReadable: {
    ja: 'このファイルには読み取れる設定がありません。設定は変更していません。',
    en: 'This file holds no settings that can be read. Nothing was changed.',
  },
  importNewerNothing: {
    ja: 'このファイルは新しいバージョンの求人レンズで書き出されたもので、読み取れる設定がありません。設定は変更していません。',
    en: 'This file was exported by a newer version of Kyujin Lens and holds nothing this version can read. Nothing was changed.',
  },
  importTooLarge: {
    ja: 'ファイルが大きすぎます（1 MB まで）。設定は変更していません。',
    en: 'The file is too large (1 MB at most). Nothing was changed.',
  },
  importReadFailed: {
    ja: 'ファイルを読めませんでした。設定は変更していません。',
    en: 'The file could not be read. Nothing was changed.',
  },

  resetHeading: { ja: '初期化', en: 'Reset' },
  resetButton: { ja: 'すべての設定を既定値に戻す', en: 'Reset all settings to defaults' },
  resetConfirm: {
    ja: 'すべての設定（サイトとキーワードを含む）を既定値に戻します。よろしいですか？',
    en: 'Reset all settings, sites and keywords included, to their defaults?',
  },
  resetDone: { ja: '既定値に戻しました', en: 'Reset to defaults' },
} satisfies Record<string, Record<Lang, string>>;

export type SettingsMessageKey = keyof typeof TEXT;

/** A page label; `{name}` placeholders are filled from `vars`. */
export function st(key: SettingsMessageKey, lang: Lang, vars: Record<string, string | number> = {}): string {
  return TEXT[key][lang].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
export const sensitivityLabel = (s: Sensitivity, lang: Lang) => SENSITIVITY[s].label[lang];
export const sensitivityHint = (s: Sensitivity, lang: Lang) => SENSITIVITY[s].hint[lang];
export { categoryLabel };
export const categoryHint = (c: Category, lang: Lang) => CATEGORY[c].hint[lang];

/** The languages offered, each named in itself. */
export const LANG_NAMES: Record<Lang, string> = { ja: '日本語', en: 'English' };

/** A keyword problem (keywordError's result, or why a stored keyword was dropped) in the page language. */
export function keywordErrorMessage(p: KeywordProblem, lang: Lang): string {
  const ja = lang === 'ja';
  switch (p.code) {
    case 'empty':
      return ja ? 'キーワードを入力してください' : 'Enter a keyword';
    case 'tooLong':
      return ja ? `キーワードは ${p.max} 文字以内にしてください` : `Keep the keyword to ${p.max} characters or fewer`;
    case 'unknownCategory':
      return ja ? '分類を選んでください' : 'Choose a category';
    case 'weightOutOfRange':
      return ja ? `重みは ${p.min} から ${p.max} の数で指定してください` : `The weight must be a number from ${p.min} to ${p.max}`;
    case 'duplicate':
      return ja ? 'このキーワードはすでに追加されています' : 'This keyword is already in the list';
    case 'tooMany':
      return ja ? `キーワードは ${p.max} 個までです` : `At most ${p.max} keywords`;
    case 'notKeyword':
      return ja ? 'キーワードの形式ではありません' : 'Not a keyword';
    case 'hasComma':
      // The reasons of a hidden card are written comma-separated (result-list filters).
      return ja ? 'キーワードに読点・カンマは使えません' : 'A keyword cannot contain a comma';
  }
}

const FIELD_NAMES: Record<Exclude<SettingsField, `categories.${string}` | `filters${string}`>, Record<Lang, string>> = {
  sensitivity: { ja: '感度', en: 'sensitivity' },
  categories: { ja: '分類', en: 'categories' },
  highlight: { ja: '強調表示', en: 'highlighting' },
  lang: { ja: '表示言語', en: 'language' },
  sites: { ja: 'サイトごとの設定', en: 'sites' },
  userKeywords: { ja: '自分のキーワード', en: 'your keywords' },
  hideQuietMark: { ja: '控えめな印を隠す', en: 'hiding the quiet mark' },
  badge: { ja: 'バッジの位置・表示', en: 'badge position' },
  history: { ja: '閲覧履歴', en: 'history' },
  tokenizerIdleMinutes: { ja: '辞書を解放するまでの時間', en: 'dictionary unload time' },
};

/** A settings field as the page calls it. */
function fieldName(field: SettingsField, lang: Lang): string {
  const ja = lang === 'ja';
  // Any field of the result-list filters: 「絞り込み」 and the part (filters.global.stressAtLeast …).
  if (field.startsWith('filters')) return ja ? `「絞り込み」の設定（${field}）` : `the filters (${field})`;
  if (field.startsWith('categories.')) {
    const c = field.slice('categories.'.length) as Category;
    return ja ? `分類「${categoryLabel(c, lang)}」` : `category “${categoryLabel(c, lang)}”`;
  }
  const n = FIELD_NAMES[field as keyof typeof FIELD_NAMES][lang];
  return ja ? `「${n}」` : n;
}

/** One problem from parseSettings / loadSettings in the page language. */
export function problemMessage(p: SettingsProblem, lang: Lang): string {
  const ja = lang === 'ja';
  switch (p.code) {
    case 'notObject':
      return ja ? '設定の形式が正しくないため、すべて既定値を使います' : 'The settings are not an object; using the defaults';
    case 'newerVersion':
      return ja
        ? `設定のバージョン ${p.version} はこの拡張機能（${p.supported}）より新しいため、読み取れる項目だけを使います`
        : `The settings' version ${p.version} is newer than this extension's (${p.supported}); only what it understands is used`;
    case 'readFailed':
      return ja ? `設定を読み込めなかったため既定値を使います（${p.message}）` : `The settings could not be read (${p.message}); using the defaults`;
    case 'siteDropped':
      return ja ? `サイト「${p.host}」を読み取れないため除きました` : `Site “${p.host}” could not be read and was dropped`;
    case 'keywordDropped': {
      const reason = keywordErrorMessage(p.reason, lang);
      return ja ? `キーワード「${p.text}」を除きました（${reason}）` : `Keyword “${p.text}” was dropped (${reason})`;
    }
    case 'filterKeywordDropped': {
      const reason = keywordErrorMessage(p.reason, lang);
      return ja ? `絞り込みのキーワード「${p.text}」を除きました（${reason}）` : `Filter keyword “${p.text}” was dropped (${reason})`;
    }
    case 'filterSiteDropped':
      return ja ? `サイト「${p.host}」だけの絞り込みを読み取れないため除きました` : `The filters of site “${p.host}” could not be read and were dropped`;
    case 'keywordsOverLimit':
      return ja ? `上限（${p.max}件）を超えたキーワード${p.count}件を除きました` : `${p.count} keyword(s) over the limit of ${p.max} were dropped`;
    case 'unreadable':
      return ja ? `${fieldName(p.field, lang)}を読み取れないため既定値を使います` : `Could not read ${fieldName(p.field, lang)}; using the default`;
  }
}
