// Words inside a request or question the page quotes (「発信リストを取り込みたい」といった依頼, 「受信できない」という
// お問い合わせ) are the asker's: they say what someone wants, not what this job does. The job is what answers them,
// said outside the quotes (依頼に応える, お問い合わせに対応).

/** One quote, and more after it (「…」「…」, 「…」、「…」). */
const MORE_QUOTES = /^(?:[、,・ \t]*「[^「」]{0,60}」)*/;
/** What follows quoted requests: といった/という/などの, then a word for a request or a question. A voice (〜という
 *  先輩の声) is left out: staff voices describe the job in their own words. */
const REQUEST_AFTER = /^(?:[ \t]*など)?[ \t]*(?:といった|という|とか|などの|のような|みたいな|との)[^。「」\n]{0,12}?(?:依頼|要望|要請|リクエスト|ニーズ|相談|問い合わせ|問合せ|質問|お困りごと|お悩み)/;

/** Whether the text from `start` to `end` of the sentence lies inside a quote that is a request or question. */
export function isInQuotedRequest(sentenceText: string, start: number, end: number): boolean {
  const open = sentenceText.lastIndexOf('「', start - 1);
  if (open === -1 || sentenceText.lastIndexOf('」', start - 1) > open) return false;
  const close = sentenceText.indexOf('」', end);
  if (close === -1 || sentenceText.slice(open + 1, close).includes('「')) return false;
  const rest = sentenceText.slice(close + 1);
  return REQUEST_AFTER.test(rest.slice(MORE_QUOTES.exec(rest)![0].length));
}
