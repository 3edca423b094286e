// Is this text a job posting? Decided from the shape of the text, not from job words: a posting has the fields
// of a posting (給与, 勤務地, 勤務時間, 応募資格, 雇用形態, an apply step), usually as labels; an article
// narrates, explains, carries a byline and dates. A feature-style article that ends in a 募集要項 is a posting.
// The weights of these features are fitted on labelled data (scripts/fit.ts → fitted-model.json).
import { alternation, postingField, type FieldId } from '../../text/posting-fields';

/** Words a posting uses for its fields besides their headings (lib/text/posting-fields.ts): employment types,
 *  pay units, the words of municipal ads (活動内容, 任期, 報償費) and of an apply step. */
const FIELD_WORDS: Partial<Record<FieldId, string[]>> = {
  job: ['活動内容', '業務の内容'],
  requirements: ['歓迎する方', '必須条件', '必要な資格'],
  pay: ['報償費', '月額', '日給', '年俸'],
  place: ['就業場所', '勤務場所'],
  hours: ['就業時間', '実働', '勤務日', '勤務条件', '活動時間'],
  holidays: ['休暇'],
  benefits: ['社会保険', '各種保険', '交通費'],
  employment: ['正社員', '契約社員', 'アルバイト', 'パート', '派遣社員', '業務委託', '会計年度任用職員', '嘱託', '任期', '雇用期間', '募集人数', '採用人数', '募集人員'],
  apply: ['選考', '面接', 'エントリー', '応募受付', '応募先', '問い合わせ先', 'お問合せ先', '応募締切', '提出書類', '応募書類'],
};
const FIELD_KINDS: FieldId[] = ['job', 'requirements', 'pay', 'place', 'hours', 'holidays', 'benefits', 'employment', 'apply'];

/** Posting fields, by kind (the one table's headings plus the words above): the same kind twice counts once. */
const FIELDS: Record<string, RegExp> = Object.fromEntries(
  FIELD_KINDS.map((id) => [id, new RegExp(alternation([...postingField(id).headings, ...(FIELD_WORDS[id] ?? [])]), 'i')]),
);

/** The same words standing as a label: at the start of a line, before a colon, bracket, tab or line end. */
const LABEL_LINE = new RegExp(
  `^[ \\t]*(?:[■□◆◇●○★☆▼▽▶►◎・*#【\\[(〔<\\-]+[ \\t]*)?(?:${Object.values(FIELDS).map((r) => r.source).join('|')})[^\\n]{0,6}?(?:[:：】\\])〕>\\t]|[ \\t]*$)`,
  'gm',
);

/** A block of requirements: 募集要項 and its kin. */
const REQUIREMENTS_BLOCK = /募集要項|募集概要|採用情報|求人情報|募集内容|採用要項|応募要項|求人票/;

const PAY_AMOUNT = /(?:時給|月給|日給|年収|年俸|月収|給与)[^\n]{0,16}?\d[\d,.]*\s*(?:円|万)/;

const RECRUIT_WORDS: RegExp[] = [/募集|採用|求人|求む/, /応募|エントリー|選考|面接/, /入社|入職|勤務|働き|働く|働け/, /スタッフ|社員|職員|メンバー|アルバイト|パート|バイト/, /歓迎|活躍|未経験|経験者|先輩/];

/** What articles have and postings do not: explainers, first-person narration, news and vendor pages. */
const ARTICLE_MARKERS: RegExp[] = [
  /この記事|本記事|記事では|当記事|関連記事|筆者|いかがでしたか|目次|まとめ[\n:：]|の記事/,
  /とは[?？、,]|とは\n|とは何か|の違いとは|の違いを|について解説|を解説します|を紹介します|をご紹介します|について紹介/,
  /のコツ|ポイントを|メリット・デメリット|向いている人|向いていない人|体験談|経験談|やめたい|辞めた/,
  /資料請求|導入事例|導入実績|お見積|サービス概要|無料相談|お問い合わせはこちら|貴社|ご検討の企業様|お取引をご検討|事業紹介|を受託しています/,
  /ニュース|報道|発表した|調査によると|によると、|明らかにした|と話す|と語る|記者|取材/,
  // Interviews: the interviewer's questions stand on their own lines after a dash.
  /インタビュー|お話を伺|話を伺|話を聞い|^[―—][^\n]{2,}/m,
  /僕は|僕が|私は|私が|わたしは|ぼくは|自分は/,
];

/** A posting speaks to the applicant about the job on offer; an article speaks about work in general. */
const OFFER_LANGUAGE: RegExp[] = [
  /お任せします|お任せいたします|担当していただ|していただきます|していただく|お願いします/,
  /募集します|募集しています|募集中|大募集|を募集/,
  /ご応募|応募をお待ち|お待ちしています|お待ちしております|ご連絡ください/,
  /歓迎します|大歓迎|いただける方|できる方|お持ちの方/,
];

/** A byline or a dated publication line near the top. */
const BYLINE = /(?:文|著|執筆|記者|編集部|ライター|投稿者|公開日|更新日|投稿日|掲載日)\s*[:：/|]|\d{4}[年/.]\d{1,2}[月/.]\d{1,2}日?/;

export const POSTING_FEATURES = [
  'fieldWords', 'fieldLabels', 'requirementsBlock', 'payAmount', 'recruitWords', 'articleMarkers', 'byline',
  'pastNarration', 'longLines', 'readerQuestions', 'offerLanguage',
] as const;

/** A posting states its fields early; the rest of a very long text adds nothing but time. */
const DETECTION_SPAN = 30_000;
/** An article says what it is in its opening (a byline, 「〜とは」, a news lead, 「僕は」); a long posting's FAQ and
 *  staff interviews come further down and do not make it one. */
const LEAD_SPAN = 1500;
/** Lines this long are paragraphs of prose, which postings seldom have. */
const PROSE_LINE = 100;

export function postingFeatures(fullText: string): number[] {
  const text = fullText.length > DETECTION_SPAN ? fullText.slice(0, DETECTION_SPAN) : fullText;
  const lead = text.slice(0, LEAD_SPAN);
  const fieldWords = FIELD_KINDS.filter((k) => FIELDS[k]!.test(text)).length;
  const labelled = new Set<string>();
  LABEL_LINE.lastIndex = 0;
  for (let m = LABEL_LINE.exec(text); m; m = LABEL_LINE.exec(text)) {
    if (m[0].length === 0) LABEL_LINE.lastIndex++;
    for (const k of FIELD_KINDS) if (FIELDS[k]!.test(m[0])) labelled.add(k);
  }
  const sentences = text.split(/[。！!？?\n]/).filter((s) => s.trim().length > 4);
  const past = sentences.filter((s) => /(?:ました|でした|だった|かった)$/.test(s.trim())).length;
  const lines = text.split('\n');
  const prose = lines.filter((l) => l.length >= PROSE_LINE).reduce((a, l) => a + l.length, 0);
  return [
    fieldWords / FIELD_KINDS.length,
    labelled.size / FIELD_KINDS.length,
    REQUIREMENTS_BLOCK.test(text) ? 1 : 0,
    PAY_AMOUNT.test(text) ? 1 : 0,
    RECRUIT_WORDS.filter((r) => r.test(text)).length / RECRUIT_WORDS.length,
    ARTICLE_MARKERS.filter((r) => r.test(lead)).length / 2,
    BYLINE.test(text.slice(0, 400)) ? 1 : 0,
    sentences.length ? past / sentences.length : 0,
    text.length ? prose / text.length : 0,
    Math.min(3, (lead.match(/でしょうか|ますか[?？]|ませんか[?？]/g) ?? []).length) / 3,
    OFFER_LANGUAGE.filter((r) => r.test(text)).length / OFFER_LANGUAGE.length,
  ];
}

/** A stated fixed wage (as opposed to pay by results only). */
export const BASE_PAY = /固定給|基本給|最低保証|(?:時給|月給|日給)[^\n]{0,12}?\d/;
