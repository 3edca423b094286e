// The fields a Japanese job posting is built from (仕事内容, 給与, 勤務地 …) and the words that head them:
// one table for the section finder (text/sections.ts), the labelled-block finder (extract/generic.ts),
// the headings JSON-LD text is written with (extract/json-ld.ts) and posting detection.
import type { SectionKind } from '../core/types';

/** One field of a posting. `section` is where its text counts (SECTION_WEIGHT in text/sections.ts). */
export type FieldId =
  | 'job' // 仕事内容: what the work is
  | 'requirements' // 応募資格: who may apply
  | 'pay' // 給与
  | 'place' // 勤務地
  | 'hours' // 勤務時間, シフト
  | 'holidays' // 休日休暇
  | 'benefits' // 待遇・福利厚生
  | 'employment' // 雇用形態, 契約期間
  | 'apply' // 応募方法, 選考
  | 'company' // 会社概要
  | 'elsewhere' // この求人を見た人は…, 関連求人: other postings listed on the page
  | 'other'; // headings that end a section but say nothing of the job (FAQ, interviews)

export interface PostingField {
  id: FieldId;
  section: SectionKind;
  /** The heading we write for this field (JSON-LD text): 【仕事内容】. */
  name: string;
  /** Headings of a section of posting text: "【給与】", "■勤務地", "給与：時給1,200円" (text/sections.ts). */
  headings: readonly string[];
  /**
   * Labels of a posting's block on a page (extract/generic.ts): an element holding three kinds of them is
   * the posting. Fewer than the headings: a word that often heads other things (職種, 資格) would make
   * menus and search forms look like postings.
   */
  blockLabels: readonly string[];
  /**
   * Headings that name the field only in brackets (free papers' 【仕事】, 【時間】, 【場所】, 【応募】): bare, the word
   * starts prose and menus (仕事を探す, 時間帯, 応募はこちら).
   */
  bracketed?: readonly string[];
}

/** Other openings of the same owner, every way a board words them: 同じ(会社|職場|店舗 …)の(他の|ほかの)?(求人|お仕事|案件),
 *  この…の(他の|ほかの)…. */
/** A board's search aids around the posting: its popular searches (人気のキーワード：テレアポ 在宅 ／ 事務 電話なし).
 *  Their words are other jobs', not this one's; their list is short items (text/sections.ts ends them there). */
export const SEARCH_AIDS: readonly string[] = [
  '人気のキーワード', '人気キーワード', '注目のキーワード', '関連キーワード', '関連するキーワード', 'よく検索されるキーワード', '人気の検索キーワード',
  '人気の検索条件', '関連する検索',
];

function sameOwnerOpenings(): string[] {
  const owners = ['会社', '企業', '職場', 'オフィス', '事業所', '勤務地', '拠点', '店舗', 'お店', 'センター', '法人'];
  const out: string[] = [];
  // この職場のお仕事 alone may head this job's own duties; この…の他の and 同じ… name others.
  for (const owner of owners) for (const other of ['', '他の', 'ほかの', 'その他の']) for (const noun of ['求人', 'お仕事', '案件']) {
    out.push(`同じ${owner}の${other}${noun}`);
    if (other) out.push(`この${owner}の${other}${noun}`);
  }
  return out;
}

export const POSTING_FIELDS: readonly PostingField[] = [
  {
    id: 'other',
    section: 'other',
    name: 'その他',
    // 募集要項 and its kin open the block of the posting's terms: a company story before them ends there. A career
    // path (キャリアパス: 3年目〜リーダー, 5年目〜SV) names the steps after this job, not its work.
    headings: ['よくある質問', 'よくあるご質問', 'faq', 'q&a', 'スタッフの声', '先輩の声', '社員の声', 'メッセージ', '応募後の流れ', 'その他', '募集要項', '募集概要', '採用要項', '応募要項',
      'キャリアパス', 'キャリアステップ', 'キャリアプラン', 'キャリアモデル', '将来のキャリア', 'その後のキャリア', 'キャリアについて'],
    blockLabels: [],
  },
  {
    id: 'job',
    section: 'job',
    name: '仕事内容',
    headings: [
      '仕事内容', 'お仕事内容', '業務内容', '職務内容', '仕事の内容', '具体的な仕事内容', '具体的な業務内容', 'お仕事について',
      '募集職種', '職種', '職名', '募集内容', '担当業務', '主な業務', '業務詳細', '仕事の特徴', 'お任せする業務', 'お任せする仕事', 'お任せしたいこと', 'あなたにお任せしたいこと', 'お願いしたいこと', 'あなたにお願いしたいこと', 'お願いしたい仕事', 'この仕事について', '仕事の流れ', 'お仕事の流れ', '業務の流れ',
      '募集背景', '職場の雰囲気', 'お仕事のポイント', '仕事のやりがい', '1日の流れ', '一日の流れ', '研修について', '研修制度',
      // The same headings in other common wordings (■お仕事の内容, 【仕事の概要】, ＜主なお仕事＞, ■この仕事のポイント).
      'お仕事の内容', '業務の内容', '仕事の概要', 'お仕事の概要', '仕事の詳細', 'お仕事の詳細', '主なお仕事', '主な仕事', '具体的な業務', '仕事について',
      '仕事内容全文', '仕事内容の全文', 'お仕事の特徴', 'お仕事の中身', 'この仕事のポイント', 'このお仕事のポイント', 'この仕事の特徴', 'この仕事の魅力',
      'この仕事のやりがい', '仕事の魅力', 'この仕事の厳しさ', '仕事の厳しさ', 'こんなお仕事です', 'こんな仕事です', 'お仕事情報', '仕事情報',
      // Pages in English for jobs in Japan head the same fields in English (lower-cased by normalization).
      'job description', 'about the role', 'about this role', 'about the job', 'about this job', 'the role', 'your role', 'your job', 'what you will do', "what you'll do", 'responsibilities', 'key responsibilities', 'duties', 'main duties', 'job details', 'training',
    ],
    bracketed: ['仕事'],
    blockLabels: ['お仕事内容', '仕事内容', '業務内容', '職務内容'],
  },
  {
    id: 'requirements',
    section: 'requirements',
    name: '応募資格',
    headings: ['応募資格', '応募条件', '求める人材', '対象となる方', '必須スキル', '歓迎スキル', '求める経験', '必要な経験', '資格', 'こんな方を歓迎', '歓迎条件', '経験・資格', '応募資格・条件',
      // What the page asks of the applicant in its own words (■こんな経験が活かせます, 必須要件).
      'こんな経験が活かせます', '活かせる経験', '活かせる経験・スキル', '活かせるスキル', '必須条件', '必須要件', '歓迎要件', '応募要件', '求めるスキル', '求める人物像',
      'requirements', 'qualifications', 'who we are looking for', 'what we are looking for', "what we're looking for", 'required skills', 'preferred skills', 'nice to have'],
    blockLabels: ['応募資格', '対象となる方', '求める人材'],
  },
  {
    id: 'pay',
    section: 'pay',
    name: '給与',
    headings: ['給与', '給料', '給与体系', '賃金', '報酬', '時給', '月給', '初任給', '基本給', '年収', '想定年収', '昇給・賞与', '賞与', '収入例', '給与詳細', '給与・報酬', '給与・待遇', '給与等', '報酬等', '賃金等', '報償費',
      // Raises by results (時給アップ条件 ⏎ 成約 月10件以上 → +50円): the counts there are what pay rises with, not the work.
      '昇給', '昇給制度', '昇給について', '昇給条件', '時給アップ', '時給アップ制度', '時給アップ条件',
      'salary', 'pay', 'wage', 'wages', 'compensation', 'compensation and benefits', 'salary and benefits', 'pay and benefits'],
    blockLabels: ['給与', '時給', '月給', '給料'],
  },
  { id: 'place', section: 'conditions', name: '勤務地', headings: ['勤務地', '勤務先', '就業場所', 'アクセス', '勤務地・交通', '勤務地・アクセス', 'location', 'work location', 'work area'], bracketed: ['場所'], blockLabels: ['勤務地', '勤務先'] },
  { id: 'hours', section: 'conditions', name: '勤務時間', headings: ['勤務時間', '就業時間', '勤務日数', 'シフト', 'working hours', 'work hours', 'hours', 'shifts', 'schedule'], bracketed: ['時間'], blockLabels: ['勤務時間帯', '勤務時間'] },
  { id: 'holidays', section: 'conditions', name: '休日休暇', headings: ['休日', '休日等', '休日休暇', '休日・休暇', '休日・休暇など', 'holidays', 'days off'], blockLabels: ['休日休暇', '休日'] },
  {
    id: 'benefits',
    section: 'conditions',
    name: '待遇・福利厚生',
    headings: ['待遇', '福利厚生', '待遇・福利厚生', '加入保険', '受動喫煙対策', 'benefits', 'perks', 'what we offer'],
    blockLabels: ['待遇・福利厚生', '福利厚生', '待遇'],
  },
  { id: 'employment', section: 'conditions', name: '雇用形態', headings: ['雇用形態', '勤務期間', '契約期間', '試用期間', 'employment type', 'contract type'], blockLabels: ['雇用形態'] },
  { id: 'apply', section: 'conditions', name: '応募方法', headings: ['応募方法', '選考プロセス', '選考方法', 'how to apply', 'hiring process', 'selection process', 'application process'], bracketed: ['応募'], blockLabels: [] },
  {
    id: 'company',
    section: 'company',
    name: '会社概要',
    headings: [
      '会社概要', '企業概要', '会社情報', '企業情報', '事業内容', '会社名', '企業名', '代表者', '設立', '資本金', '従業員数', '所在地',
      '本社所在地', '事業所', '企業の特徴', '会社の特徴', '企業PR', '会社紹介', '企業紹介', '私たちについて', 'わたしたちについて',
      '会社について', '当社について', '弊社について', '企業について', '沿革', 'ホームページ', '売上高',
      // Non-profit employers (社会福祉法人, 医療法人, 組合) head the same profile by their own kind of body.
      '法人概要', '法人について', '当法人について', '法人紹介', '法人情報', '団体概要', '団体について', '病院概要', '医院概要', 'クリニック概要',
      'about us', 'about the company', 'company overview', 'company profile', 'who we are',
    ],
    blockLabels: [],
  },
  {
    // Other postings a page lists (a board's related jobs, a company's other openings) describe other jobs: like
    // the company profile, they never say what this job is, and their pay is not this job's.
    id: 'elsewhere',
    section: 'company',
    name: '他の求人',
    headings: [
      'この求人を見た人はこんな求人も見ています', 'この求人を見た人はこちらも見ています', 'この求人を見た人は、こんな求人も見ています',
      'この求人をチェックした人はこんな求人もチェックしています', 'この求人をチェックした人は、こんな求人もチェックしています', '関連求人', '関連する求人', '似た求人',
      '近くの似た求人', '近くの求人', 'この勤務地の近くの求人', '勤務地の近くの求人', 'この勤務地周辺の求人', 'この駅の近くの求人', '周辺エリアの求人', 'おすすめ求人', 'おすすめの求人', '新着求人',
      '他の求人', 'その他の求人', '募集中の職種', '現在募集中の職種', '募集職種一覧', '他の募集職種',
      // Other openings the same page names after this one's conditions (同時募集中 ⏎ ・営業職（正社員）月給25万円〜).
      '同時募集', '同時募集中', '同時募集の職種', '同時募集中の職種', '同時募集のお仕事', '同時募集中のお仕事', '同時募集中の求人', 'あわせて募集', 'あわせて募集中', '併せて募集中の職種', 'こちらも募集中', 'こちらも募集しています',
      '同時募集のポジション', '同時募集中のポジション', 'その他の募集中のポジション', '他の募集中のポジション', 'ほかの募集中のポジション', 'その他の募集中の職種', 'ほかの募集中の職種',
      'この会社の求人', 'この企業の求人', '募集中の求人', '現在募集中の求人', '掲載中の求人',
      // A board's suggestions under the posting (こんな求人もおすすめ, 近隣の求人, 他の求人を見る).
      'こんな求人もおすすめ', 'こんな求人も', 'あなたにおすすめの求人', '近隣の求人', '周辺の求人', 'この近くの求人', 'ほかの求人',
      '他の求人を見る', 'ほかの求人を見る', '人気の求人', '注目の求人',
      // Boards for part-time and 派遣 work call them お仕事 (その他の派遣のお仕事, 近くのお仕事).
      'その他のお仕事', '他のお仕事', 'ほかのお仕事', 'その他の派遣のお仕事', '他の派遣のお仕事', 'その他のアルバイト', 'その他のバイト',
      'おすすめのお仕事', '関連するお仕事', '近くのお仕事', '似たお仕事', 'このお仕事を見た人はこんなお仕事も見ています',
      '同じエリアのお仕事', '同じ職種のお仕事', 'このエリアのお仕事', '近隣のお仕事', '周辺のお仕事',
      // A board feature's list of the jobs it carries, above the one shown in full (特集掲載中のお仕事 ⏎ ▷ 在宅テレアポ｜…).
      '特集掲載中のお仕事', '特集掲載中の求人', 'この特集のお仕事', 'この特集の求人', '特集のお仕事', '特集の求人', '掲載中のお仕事',
      // Jobs near the shop or on like terms (このお店の近くのバイト, この条件に近いお仕事): a board's list, as 近くの求人 is.
      'この条件に近いお仕事', 'この条件に近い求人', '条件の近いお仕事', '条件の近い求人', '似た条件のお仕事', '似た条件の求人',
      '近くのバイト', 'この近くのバイト', 'このお店の近くのバイト', 'このお店の近くのお仕事', 'この店舗の近くのバイト', '近くのアルバイト', '周辺のバイト', '近隣のバイト', 'このエリアのバイト', 'おすすめのバイト', '似たバイト',
      // The other jobs of the same company, office, site or shop (同じ職場の求人, この会社の他の求人, 同じセンターのお仕事).
      ...sameOwnerOpenings(),
      'この求人に似た求人', 'このお仕事に似たお仕事', 'この案件に似た案件', '似ている求人', '似ているお仕事',
      // Classifieds boards and SNS list the poster's other posts (この投稿者の他の投稿).
      'この投稿者の他の投稿', 'この投稿者のほかの投稿', '投稿者の他の投稿', '同じ投稿者の投稿', 'この投稿者の求人', '関連する投稿', '似た投稿', 'おすすめの投稿',
      ...SEARCH_AIDS,
      // The postings the reader viewed before, which a board lists beside this one.
      '最近見た求人', '最近チェックした求人', '最近見たお仕事', '閲覧履歴', '閲覧した求人',
      // Staffing agencies call postings 案件.
      '同じ職種の求人', '同じ職種の案件', '同じエリアの求人', '同じエリアの案件', '関連案件', '似た案件', '近くの案件',
      'おすすめ案件', 'おすすめの案件', '新着案件', '他の案件', 'その他の案件', 'この案件を見た人はこんな案件も見ています',
    ],
    blockLabels: [],
  },
];

const BY_ID = new Map(POSTING_FIELDS.map((f) => [f.id, f]));

/** The field with this id. */
export function postingField(id: FieldId): PostingField {
  return BY_ID.get(id)!;
}

/** A string as a literal inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Words as one regex alternation, escaped, longest first (so 勤務時間帯 wins over 勤務時間). */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

/** Every heading word, lower-cased, with its field and its spelling in the table. */
export const HEADING_WORDS: ReadonlyMap<string, { field: PostingField; label: string }> = new Map(
  POSTING_FIELDS.flatMap((field) => [...field.headings, ...(field.bracketed ?? [])].map((label) => [label.toLowerCase(), { field, label }] as const)),
);

/** The headings that count only in brackets (PostingField.bracketed). */
export const BRACKETED_HEADINGS: readonly string[] = POSTING_FIELDS.flatMap((field) => field.bracketed ?? []);

/** Every block label with its field, longest first. */
export const BLOCK_LABELS: ReadonlyArray<{ word: string; field: FieldId }> = POSTING_FIELDS.flatMap((f) =>
  f.blockLabels.map((word) => ({ word, field: f.id })),
).sort((a, b) => b.word.length - a.word.length);
