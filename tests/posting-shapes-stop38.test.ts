// Stop 38's marks of a page that lists jobs, on pages and lines of our own: an agency's feature that numbers each
// job it shows (お仕事No.MW-30418 …), and a breadcrumb that ends in a named feature of jobs (特集一覧 ＞ 扶養内でOKの
// お仕事特集). A recruit site's bare ＞ 特集 may lead to one job's story with its 募集要項: still a posting.
import { describe, expect, it } from 'vitest';
import { articleMarkerCount } from '../lib/analysis/decide/article-markers';
import { normalize } from '../lib/text/normalize';

const markers = (text: string) => {
  const t = normalize(text).text;
  return articleMarkerCount(t, t, t);
};
const body = '\n扶養内で働きたい方に向けたページです。\n';

describe('a page that numbers three jobs or more lists jobs', () => {
  it('three numbers mark it, two do not', () => {
    const job = (n: number) => `お仕事No.MW-3041${n}\n受付スタッフ\n時給1,200円\n`;
    expect(markers(`みどりワークス${body}${job(1)}${job(2)}${job(3)}`)).toBe(1);
    expect(markers(`みどりワークス${body}${job(1)}${job(2)}`)).toBe(0);
  });
  it("a posting's own number, said twice, is one number", () => {
    expect(markers(`受付スタッフ\n求人番号 13010-12345\n${body}求人番号 13010-12345\n求人番号：13010-12345`)).toBe(0);
  });
});

describe('a breadcrumb that ends in a named feature of jobs', () => {
  it.each([['トップ ＞ 特集一覧 ＞ 主婦・主夫さん歓迎！扶養内でOKのお仕事特集'], ['お仕事検索 ＞ 特集 ＞ 未経験OKのコールセンター特集']])('%s', (crumb) => {
    expect(markers(`${crumb}${body}`)).toBe(1);
  });
  it("a recruit site's bare 特集 crumb is no such mark", () => {
    expect(markers(`はやせ印刷 採用サイト ＞ 特集${body}`)).toBe(0);
  });
});
