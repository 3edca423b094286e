// A page that breaks its lines after a clause (ノルマは、 ⏎ ありません。) says one sentence over two lines; the analysis
// reads lines as sentences, so such a break must not cut the sentence. Lines and postings of our own.
import { describe, expect, it } from 'vitest';
import { normalize, originalRange } from '../lib/text/normalize';
import { run } from './helpers';

describe('normalize joins a line that ends in 、 to the next', () => {
  it.each([
    ['お問い合わせの多くは、\n　料金についてです。', 'お問い合わせの多くは、料金についてです。'],
    ['お問い合わせの多くは、\r\n料金についてです。', 'お問い合わせの多くは、料金についてです。'],
    ['研修では、  \nマニュアルを使います。', '研修では、マニュアルを使います。'],
    ['ご案内は，\n丁寧に行います。', 'ご案内は、丁寧に行います。'],
  ])('%j', (original, text) => {
    expect(normalize(original).text).toBe(text);
  });

  it('maps the joined text back to the original', () => {
    const original = 'お問い合わせの多くは、\n　料金についてです。';
    const n = normalize(original);
    const at = n.text.indexOf('料金');
    expect(original.slice(...originalRange(n, at, at + 2))).toBe('料金');
  });

  it.each([
    ['電話対応、\n・データ入力', 'a list item starts a line of its own'],
    ['未経験でも、\n給与：時給1,000円', "a field's label too"],
    ['主な業務は、\n【受付】', 'and a heading'],
    ['以上、\n\nよろしくお願いします。', 'a blank line is a paragraph break'],
    ['電話対応。\n次の行', 'a line that ends in 。 ends its sentence'],
  ])('%j stays two lines: %s', (original) => {
    expect(normalize(original).text).toContain('\n');
  });
});

const posting = (body: string) => `コールセンタースタッフ募集\n仕事内容：\n${body}\n給与：時給1,300円\n勤務地：東京都新宿区\n応募方法：応募フォームから`;

describe('a sentence broken after 、 reads as one', () => {
  it('ノルマは、 ⏎ ありません。 denies a quota', async () => {
    expect((await run(posting('ノルマは、\nありません。通販のお客様からのお問い合わせに電話でお答えします。'))).quota).toBe('negated');
  });
  it('a complaint call that a leader takes over at once is not the job', async () => {
    const r = await run(posting('通販のお客様からのお問い合わせに電話でお答えします。\n強いご不満のお電話は、\nすぐにリーダーが代わりますので安心してください。'));
    expect(r.signals.complaints).toBe(false);
  });
});
