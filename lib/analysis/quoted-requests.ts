// Words inside a request or question the page quotes (「発信リストを取り込みたい」といった依頼, 「受信できない」という
// お問い合わせ) are the asker's: they say what someone wants, not what this job does. The job is what answers them,
// said outside the quotes (依頼に応える, お問い合わせに対応). So are words the page quotes as words (「ノルマなし」「未経験歓迎」
// といった決まり文句, 「テレアポ」という言葉): it talks about them, as an ad writer or an article does, and uses none.

/** One quote, and more after it (「…」「…」, 「…」、「…」). */
const MORE_QUOTES = /^(?:[、,・ \t]*「[^「」]{0,60}」)*/;
/** What follows quoted requests: といった/という/などの, then a word for a request or a question. A voice (〜という
 *  先輩の声) is left out: staff voices describe the job in their own words. */
const REQUEST_AFTER = /^(?:[ \t]*など)?[ \t]*(?:といった|という|とか|などの|のような|みたいな|との)[^。「」\n]{0,12}?(?:依頼|要望|要請|リクエスト|ニーズ|相談|問い合わせ|問合せ|質問|お困りごと|お悩み)/;

/** What follows words quoted as words: といった/という/などの, then a word for words; or a name the page gives them
 *  (保険金請求（社内では「クレーム」とも呼びます）, 「クレーム部門」という呼び名): it says what a word means there. */
const WORDS_AFTER = /^(?:[ \t]*など)?[ \t]*(?:(?:といった|という|などの|のような|みたいな)[^。「」\n]{0,6}?(?:言葉|表現|決まり文句|文句|フレーズ|キャッチコピー|コピー|文言|用語|単語|ワード|宣伝文句|呼び名|呼び方)|(?:とも|と)(?:呼|よ)[びばぶんべ])/;

/** The sentence's words after the quote around `start`–`end` and the quotes that follow it, or null when the text is
 *  not inside one quote. */
function afterQuotes(sentenceText: string, start: number, end: number): string | null {
  const open = sentenceText.lastIndexOf('「', start - 1);
  if (open === -1 || sentenceText.lastIndexOf('」', start - 1) > open) return null;
  const close = sentenceText.indexOf('」', end);
  if (close === -1 || sentenceText.slice(open + 1, close).includes('「')) return null;
  const rest = sentenceText.slice(close + 1);
  return rest.slice(MORE_QUOTES.exec(rest)![0].length);
}

/** Whether the text from `start` to `end` of the sentence lies inside a quote that is a request or question. */
export function isInQuotedRequest(sentenceText: string, start: number, end: number): boolean {
  const rest = afterQuotes(sentenceText, start, end);
  return rest !== null && REQUEST_AFTER.test(rest);
}

/** Whether the text from `start` to `end` lies inside a quote of words the page talks about as words. */
export function isInQuotedWords(sentenceText: string, start: number, end: number): boolean {
  const rest = afterQuotes(sentenceText, start, end);
  return rest !== null && WORDS_AFTER.test(rest);
}
