// Does the text read as a job posting at all? An article about call-center work, or a service page that
// sells telemarketing to companies, uses the same words but has none of a posting's fields.

const POSTING_FIELDS: RegExp[] = [
  /仕事内容|業務内容|職務内容|募集職種|担当業務/,
  /応募資格|応募条件|求める人材|対象となる方|歓迎する方|必須条件|歓迎条件/,
  /給与|給料|時給|月給|日給|年収|年俸|報酬/,
  /勤務地|勤務先|就業場所|勤務場所/,
  /勤務時間|就業時間|シフト制|実働/,
  /休日|休暇/,
  /待遇|福利厚生|社会保険完備|各種保険/,
  /雇用形態|正社員|契約社員|アルバイト|パート|派遣社員|業務委託/,
  /応募方法|選考|面接|エントリー|募集/,
  /交通費/,
];

const PAY = /(?:時給|月給|日給|年収|年俸|月収)[^\n]{0,12}?\d[\d,.]*\s*(?:円|万)/;

// Words of recruiting in general: a feature-style ad or a recruit page may have no field labels at all.
const RECRUIT_WORDS: RegExp[] = [
  /募集|採用|求人|求む/,
  /応募|エントリー|選考|面接/,
  /入社|入職|勤務|働き|働く|働け/,
  /スタッフ|社員|職員|メンバー|アルバイト|パート|バイト/,
  /歓迎|活躍|未経験|経験者|先輩/,
];

const ARTICLE_MARKERS: RegExp[] = [
  /この記事|本記事|記事では|当記事|関連記事|筆者|いかがでしたか|僕は|僕が/,
  /とは[?？]|とは何か|の違いとは|の違いを|について解説|を解説します|を紹介します|をご紹介します/,
  /のコツ|ポイントを|メリット・デメリット|向いている人|向いていない人|体験談/,
  /資料請求|導入事例|導入実績|料金プラン|お見積|サービス概要|無料相談|お問い合わせはこちら|貴社/,
  /ニュース|報道|発表した|調査によると|によると、/,
];

export interface PostingVerdict {
  posting: boolean;
  score: number;
  fields: number;
  pay: boolean;
  recruit: number;
  articleMarkers: number;
}

/** A posting states its fields early; the rest of a very long text adds nothing but time. */
const DETECTION_SPAN = 30_000;

export function detectPosting(fullText: string): PostingVerdict {
  const text = fullText.length > DETECTION_SPAN ? fullText.slice(0, DETECTION_SPAN) : fullText;
  const fields = POSTING_FIELDS.filter((r) => r.test(text)).length;
  const pay = PAY.test(text);
  const recruit = RECRUIT_WORDS.filter((r) => r.test(text)).length;
  const articleMarkers = ARTICLE_MARKERS.filter((r) => r.test(text)).length;
  const score = fields + (pay ? 2 : 0) + 0.6 * recruit - 2 * articleMarkers;
  return { posting: score >= 2.5, score, fields, pay, recruit, articleMarkers };
}

/** A stated fixed wage (as opposed to pay by results only). */
export const BASE_PAY = /固定給|基本給|最低保証|(?:時給|月給|日給)[^\n]{0,12}?\d/;
