// The analyzer's stable output. The CLI's --json prints exactly this shape; the README documents it.

export type JobType = 'inbound' | 'outbound' | 'mixed' | 'sales' | 'other';
export type QuotaStatus = 'stated' | 'negated' | 'absent';
export type Polarity = 'present' | 'negated';
export type Sensitivity = 'low' | 'standard' | 'high';

export const SENSITIVITIES: readonly Sensitivity[] = ['low', 'standard', 'high'];

/** Every category a lexicon entry (or a user keyword) can belong to. */
export const CATEGORIES = [
  'inbound', // answering calls: 受信, 受電, インバウンド
  'inboundOnly', // rules outbound out: 受信のみ, 受電専門
  'outbound', // placing calls: 発信, 架電, テレアポ
  'mixed', // both: 受発信
  'sales', // 営業 in the sense of selling
  'quota', // ノルマ and its euphemisms
  'incentive', // インセンティブ, 歩合, 成果報酬
  'complaints', // クレーム, 苦情
  'collections', // 督促, 債権回収
  'techSupport', // ヘルプデスク, テクニカルサポート
  'training', // マニュアル完備, 研修, トークスクリプト
  'beginner', // 未経験歓迎
  'experience', // 経験者のみ, 資格必須: the job asks for proven skill
  'callCenter', // コールセンター, オペレーター
  'management', // SV, センター長: running a center rather than taking calls
  'office', // 事務, データ入力: the job is something other than calls
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Where in the posting a word stands; a word under 会社概要 says less about the job than one under 仕事内容. */
export type SectionKind = 'title' | 'job' | 'requirements' | 'pay' | 'conditions' | 'company' | 'other';

export interface Flag {
  /** Lexicon entry id, e.g. "outbound.teleapo"; user keywords are "user.<n>". */
  id: string;
  category: Category;
  polarity: Polarity;
  /** The matched words, as written in the original text. */
  text: string;
  /** UTF-16 offsets into the original (un-normalized) text: text === input.slice(start, end). */
  start: number;
  end: number;
  /** The sentence (or line) the words stand in, from the original text. */
  sentence: string;
  /** Entry weight times the weight of the section it stands in. */
  weight: number;
  section: SectionKind;
  /** Said of an occasional or light task (〜こともあります, 電話は1日10件ほど). Its weight is halved where the words
   *  themselves are so qualified; a count at the end of the clause (…も担当します（1日10件ほど）) leaves it whole. */
  occasional?: true;
}

export interface Effect {
  difficulty: number;
  stress: number;
}

export interface Reason {
  id: string;
  ja: string;
  en: string;
  effect: Effect;
  /** Indexes into `flags` of the evidence behind this reason (empty for reasons about what is missing). */
  evidence: number[];
}

export interface Question {
  id: string;
  ja: string;
  en: string;
}

export interface Signals {
  incentive: boolean;
  complaints: boolean;
  collections: boolean;
  techSupport: boolean;
  manualTraining: boolean;
  beginnerOk: boolean;
  /** The posting requires experience or a licence (経験3年以上, 資格必須), as opposed to preferring it. */
  experienceRequired: boolean;
}

export interface AnalysisResult {
  posting: boolean;
  /** The page says this posting has closed (この求人の掲載は終了しました): not a posting any more. */
  postingClosed: boolean;
  callCenter: boolean;
  jobType: JobType;
  quota: QuotaStatus;
  signals: Signals;
  difficulty: number;
  stress: number;
  confidence: number;
  flags: Flag[];
  reasons: Reason[];
  questions: Question[];
  /** What the posting pays, each fact with its words (see PayFacts below). */
  pay: PayFacts;
  meta: {
    sensitivity: Sensitivity;
    /**
     * 'full': tokenized with kuromoji. 'provisional': prefilter plus the rough tokenizer, while kuromoji loads.
     * 'mixed': kuromoji, but it failed on some windows, which the rough tokenizer read instead.
     */
    mode: 'full' | 'provisional' | 'mixed';
    /** Characters of the input that were analyzed; less than `inputLength` when a huge text was capped. */
    analyzedLength: number;
    inputLength: number;
    truncated: boolean;
    /** Spans (windows around candidate terms) handed to the tokenizer; 0 when the prefilter found none. */
    tokenizedSpans: number;
  };
}

// ── Pay (issue: pay read the way a job seeker reads it). Every fact carries its words and offsets. ──
export type PayUnit = 'hour' | 'day' | 'week' | 'month' | 'year' | 'piece';
export interface PaySpan {
  text: string;
  start: number;
  end: number;
}
export interface PayFacts {
  base: ({ unit: PayUnit; min: number | null; max: number | null } & PaySpan) | null;
  training: ({ unit: PayUnit; min: number | null; max: number | null; months: number | null } & PaySpan) | null;
  incentive: { kind: 'plus' | 'only' | 'none'; perUnit: number | null; guaranteed: number | null } & Partial<PaySpan>;
  fixedOvertime: ({ hours: number | null; amount: number | null; excessPaid: boolean | null } & PaySpan) | null;
  commute: { kind: 'full' | 'capped' | 'partial' | 'none' | 'unstated'; cap: number | null } & Partial<PaySpan>;
  /** 日払い, 週払い, 深夜割増 … */
  extras: ({ id: string } & PaySpan)[];
  /** e.g. other roles' pay exists */
  note: string | null;
}

// ── Settings problems: what parseSettings could not read, as data; lib/i18n/settings-messages.ts words them. ──
/** Why a user keyword cannot be added (keywordError) or was dropped from stored settings. */
export type KeywordProblem =
  | { code: 'notKeyword' } // not an object with a text
  | { code: 'empty' }
  | { code: 'tooLong'; max: number } // characters, measured after normalization
  | { code: 'unknownCategory' }
  | { code: 'weightOutOfRange'; min: number; max: number }
  | { code: 'duplicate' }
  | { code: 'tooMany'; max: number }
  | { code: 'hasComma' }; // result-list filter keywords only

/** A settings field a problem is about: a top-level field, or one category's switch. */
export type SettingsField =
  | 'sensitivity'
  | 'categories'
  | 'highlight'
  | 'lang'
  | 'sites'
  | 'userKeywords'
  | 'hideQuietMark'
  | 'badge'
  | 'history'
  | 'tokenizerIdleMinutes'
  | `categories.${Category}`
  | `filters${'' | `.${string}`}`; // filters, filters.on, filters.global.jobTypes.sales, filters.sites.<host>.quota …

/** One thing parseSettings (or loading them) could not read; the rest of the settings is kept. */
export type SettingsProblem =
  | { code: 'notObject' } // the whole value: defaults used
  | { code: 'newerVersion'; version: number; supported: number } // read what this version understands
  | { code: 'unreadable'; field: SettingsField } // that field falls back to its default
  | { code: 'siteDropped'; host: string } // host cut to 40 characters
  | { code: 'keywordDropped'; text: string; reason: KeywordProblem } // text cut to 40 characters
  | { code: 'keywordsOverLimit'; count: number; max: number }
  | { code: 'filterKeywordDropped'; at: `filters.${string}`; text: string; reason: KeywordProblem } // text cut to 40
  | { code: 'filterSiteDropped'; host: string } // a per-site filter whose key is no host name
  | { code: 'readFailed'; message: string }; // storage could not be read: defaults used

/** Why a result-list card is hidden (lib/extension/filter-rules.ts decides, lib/i18n/filter-messages.ts words it). */
export type HideReason =
  | { kind: 'jobType'; jobType: JobType }
  | { kind: 'quota' }
  | { kind: 'incentiveOnly' }
  | { kind: 'stress'; level: number }
  | { kind: 'keyword'; text: string };
