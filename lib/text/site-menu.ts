// A site's menu, left in a page's text by whoever extracted it: a line of items between separators, or items one to a
// line. Posting detection leaves it out of what it weighs; the section finder takes no heading from it.
import { endOfLine } from './lines';

/** A site's menu or breadcrumbs extracted with the page (ホーム ｜ 会社概要 ｜ ニュース ｜ 採用情報, ホーム > 採用情報 >
 *  営業職): three or more short items between separators. Its ニュース and 事業紹介 name the site's other pages,
 *  not what this page is. */
const MENU_SEPARATOR = /[ \t]*[｜|＞>›»／/][ \t]*|[ \t　]{2,}|　/;
const MENU_ITEM_MAX = 14;
export function isMenuLine(line: string): boolean {
  const items = line.split(MENU_SEPARATOR).map((x) => x.trim()).filter(Boolean);
  return items.length >= 3 && !/[。、]/.test(line) && items.every((x) => x.length <= MENU_ITEM_MAX);
}

// A site's menu as a crawler leaves it: its items one to a line, with no values between them (物件を探す ⏎ 店舗情報 ⏎
// 採用情報 ⏎ 会社概要 ⏎ TOP ＞ 採用情報 ＞ …). A 会社概要 or よくある質問 there is a link to another page, not a section's
// heading: as the company profile's, it would make the whole posting below it the company's. A profile laid out as
// label and value lines (会社概要 ⏎ 社名 ⏎ 株式会社〇〇) has its fields' words and values among the lines.
const MENU_ITEM = /^[ \t]*[^\s\d。、，,.:：!！?？()（）【】「」]{2,10}[ \t]*$/;
const SITE_MENU_WORD = /^[ \t]*(?:home|top|ホーム|トップ|採用情報|リクルート|お問い?合わ?せ|アクセス|サイトマップ|プライバシーポリシー|お知らせ|ニュース|ブログ|よくある(?:ご)?質問|faq|店舗(?:情報|一覧)|サービス(?:紹介|一覧)?|事業紹介|会社案内)[ \t]*$/;
const PROFILE_FIELD = /^[ \t]*(?:社名|会社名|商号|企業名|名称|所在地|本社|設立|創業|代表|資本金|従業員|売上|事業内容|株式会社|有限会社|合同会社)/;
const MENU_RUN = 4;

export function inSiteMenu(text: string, at: number): boolean {
  const ownEnd = endOfLine(text, at);
  const own = text.slice(at, ownEnd);
  if (!MENU_ITEM.test(own)) return false;
  // The lines touching the heading's (no blank line between), up and down, that read as menu items.
  const above: string[] = [];
  for (let k = at - 1; k > 0 && above.length < 12;) {
    const start = text.lastIndexOf('\n', k - 1) + 1;
    const line = text.slice(start, k);
    if (!MENU_ITEM.test(line)) break;
    above.push(line);
    k = start - 1;
  }
  const below: string[] = [];
  for (let k = ownEnd + 1; k < text.length && below.length < 12;) {
    const e = endOfLine(text, k);
    const line = text.slice(k, e);
    if (!MENU_ITEM.test(line) || PROFILE_FIELD.test(line)) break;
    below.push(line);
    k = e + 1;
  }
  const next = text.slice(ownEnd + 1, endOfLine(text, ownEnd + 1));
  if (PROFILE_FIELD.test(next)) return false;
  const run = [...above, own, ...below];
  return run.length >= MENU_RUN && run.some((l) => SITE_MENU_WORD.test(l));
}
