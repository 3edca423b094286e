// Calls this job only passes on to the person who handles them are that person's work, not this job's.

/**
 * Calls the job only passes on to a person who handles them: お電話でのお問い合わせは、担当の係へおつなぎします,
 * 入塾のお問い合わせのお電話は教室長に引き継いでください. The receiver is a person or their post, not a department: a
 * switchboard that puts calls through to 各部署 answers them. Only calls: a complaint passed up to a supervisor
 * (クレームは責任者に引き継ぎます) was heard first.
 */
const PASSED_ON = /(?:は|については)[、,]?[^。、]{0,20}?(?:担当の(?:係|方|者|スタッフ)|担当者|担当スタッフ|係|教室長|店長|院長|所長|上司|社員|責任者|専門スタッフ)(?:の方|さん|様)?(?:へ|に)(?:お?つな|引き継|引継|お?回し|転送|お?取り次|お?取次)/;

/** Where a statement that the calls are passed on to someone ends in the sentence (calls before it are theirs), or -1. */
export function passedOnEnd(sentenceText: string): number {
  const m = PASSED_ON.exec(sentenceText);
  return m ? m.index + m[0].length : -1;
}
