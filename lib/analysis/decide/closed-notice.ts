// Has the posting closed? A board keeps a closed posting's page up and says so (この求人の掲載は終了しました, 現在、
// この求人への応募はできません), often with similar jobs listed below: the page offers no job any more, whatever else
// it still shows. Said of this posting only: 前回の募集は終了しました on a new round's posting is not such a notice.
// A page that says no one is sought at all now (saysNoOpeningNow) offers no job either, but closed nothing.

const THIS_POSTING = '(?:この|本|こちらの)(?:求人|募集|お仕事|仕事|案件)(?:情報)?';
const CLOSED = '(?:終了しました|終了いたしました|終了致しました|終了しています|終了となりました|締め切りました|締め切らせていただきました|停止しています)';

const NOTICES: readonly RegExp[] = [
  // この求人の掲載は終了しました, 本求人の募集は締め切りました, こちらのお仕事は募集を終了しました.
  new RegExp(`${THIS_POSTING}(?:の掲載|の募集|への応募|の受付|の応募受付)?(?:は|を)?[、,]?\\s*(?:すでに|現在)?[、,]?\\s*(?:掲載|募集|受付|応募受付|公開)?(?:を)?${CLOSED}`),
  // 現在、この求人への応募はできません.
  new RegExp(`${THIS_POSTING}(?:へ|に)の?応募は(?:現在)?[、,]?(?:できません|受け付けておりません|受け付けていません)`),
  // 掲載終了 / 募集終了しました / 【受付終了】 alone on a line, as a board's label.
  /^[\s【■◆[]*(?:掲載終了|募集終了|受付終了)(?:求人|しました|いたしました|のお知らせ)?[\s】\]]*$/m,
];

/** Whether the page says this posting has closed. `text` is normalized. */
export const saysPostingClosed = (text: string): boolean => NOTICES.some((r) => r.test(text));

/** A page that says no one is sought now (現在、募集中の職種はありません; ※現在、お客様センターのスタッフ募集は行っておりません),
 *  in a sentence that opens with 現在: it offers no job, though no posting of it has closed (not 夜勤は現在募集していません,
 *  which names one shift beside the posted job). */
const NO_OPENING_NOW = /(?:^|[。\n])[ \t]*※?[ \t]*現在[、,]?[ \t]*(?:募集中の(?:職種|求人|お仕事|ポジション)は(?:ありません|ございません)|[^。\n、]{0,20}?募集は(?:行って|おこなって)(?:おりません|いません))/m;
export const saysNoOpeningNow = (text: string): boolean => NO_OPENING_NOW.test(text);
