// Posting or article: a page that discloses its advertising (この記事にはプロモーションが含まれています, 当サイトは紹介した
// サービスへの登録によって報酬を受け取ることがあります), as affiliate career quizzes and blogs must, recruits no one; a posting
// for a job that runs affiliate ads is still a posting. The quiz was badged before. Pages of our own in
// tests/fixtures/posting-shapes, listed in expected-stop28.json.
import { describe, expect, it } from 'vitest';
import { checkPages, markersIn } from './posting-shapes-helpers';

describe('posting or article: an advertising disclosure (expected-stop28.json)', () => checkPages('expected-stop28.json'));

describe('article markers: an advertising disclosure', () => {
  it('the page, article or site says it carries promotions or earns from what it links', () => {
    expect(markersIn('転職診断\n\n本ページはプロモーション（アフィリエイト広告）を含みます')).toBe(1);
    expect(markersIn('転職診断\n\nこのサイトにはプロモーションが含まれます。')).toBe(1);
    expect(markersIn('転職診断\n\n当サイトはアフィリエイトプログラムを利用しています。')).toBe(1);
    expect(markersIn('転職診断\n\n当サイトが紹介したサービスから報酬を得る場合があります。')).toBe(1);
  });
  it('a job that works with ads is no disclosure', () => {
    expect(markersIn('広告運用\n\nアフィリエイト広告の入稿作業をお願いします。')).toBe(0);
    expect(markersIn('営業\n\n当社の広告を掲載していただける企業を開拓します。')).toBe(0);
  });
});
