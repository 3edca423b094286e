// A posting typed into a box of fixed width (a public employment office's form, a text e-mail) has its lines cut at
// that width wherever the words stand: ノルマはあ ⏎ りません. Normalize joins such lines back; the page's other lines
// stay as they are. Texts of our own.
import { describe, expect, it } from 'vitest';
import { normalize, originalRange } from '../lib/text/normalize';
import { run } from './helpers';

const BODY =
  '通信会社のお客様窓口で、料金やご契約内容についてのお問い合わせのお電話を受け、画面の案内に沿ってお答えいただくお仕事です。お客様へこちらから電話をかけることはありません。ノルマはありませんので、一件ずつ丁寧な対応をお願いします。';
const wrap = (text: string, width: number) => text.replace(new RegExp(`(.{${width}})(?=.)`, 'g'), '$1\n');
const formPage = (job: string) =>
  `求人番号　13010-00000000\n事業所名　株式会社みなとコール\n職種　コールセンターオペレーター\n仕事内容\n${job}\n賃金　時間額 1,150円～1,300円\n就業時間　9時00分～18時00分\n必要な経験等　不問`;

describe('normalize joins the lines of a box of fixed width', () => {
  it('cut every 30 characters: one line again, mapped back to the original', () => {
    const original = wrap(BODY, 30);
    expect(original.split('\n')).toHaveLength(4);
    const n = normalize(original);
    expect(n.text).toBe(BODY);
    const at = n.text.indexOf('ノルマはありません');
    expect(original.slice(...originalRange(n, at, at + 9))).toBe('ノルマはあ\nりません');
  });

  it("the form's short lines around the box stay lines", () => {
    const lines = normalize(formPage(wrap(BODY, 30))).text.split('\n');
    expect(lines).toContain('仕事内容');
    expect(lines).toContain('必要な経験等 不問');
    expect(lines).toContain(BODY);
  });

  it('a list item or a label after a cut line starts a line of its own', () => {
    const text = `${wrap(BODY, 30)}\n・土日祝休み\n給与：時給1,200円`;
    const lines = normalize(text).text.split('\n');
    expect(lines).toContain('・土日祝休み');
    expect(lines).toContain('給与:時給1,200円');
  });

  it("a frame's lines (│ …) are each a line of their own, however long", () => {
    // Each framed line is 22 characters, as a card list's lines may be; none ends a sentence.
    const card = ['┌──────────', '│ 受付スタッフ（平日のみ・週3日から）／駅', '│ 株式会社サンプルサービス　千葉市中央区役', '│ 時給1,200円～　｜　未経験の方も歓迎', '│ 【仕事内容】来客の受付と電話の取次ぎでの', '└──────────'];
    expect(card.slice(1, 5).map((l) => [...l].length)).toEqual([22, 22, 22, 22]);
    const text = [...card, ...card.map((l) => l.replace('受付', '事務'))].join('\n');
    expect(normalize(text).text.split('\n')).toHaveLength(12);
  });

  it('rules of marks as long as each other are no box (◇◆◇◆…)', () => {
    const rule = '◇◆'.repeat(12);
    const text = [rule, '募集背景', rule, '新しいセンターを開きます', rule, '仕事内容', rule].join('\n');
    expect(normalize(text).text).toBe(text);
  });

  it('the same line repeated (a thread’s handle) is no box', () => {
    const handle = ' ↳ みどり @midori_example_handle_xx';
    const text = [handle, 'ありがとうございます', handle, '私も気になっていました', handle, '応募してみます'].join('\n');
    expect(normalize(text).text.split('\n')).toHaveLength(6);
  });

  it("where lines of the width are few among the page's long lines, only those cut inside a phrase go on", () => {
    // Three lines of 28 characters among many longer ones: the one that ends in を goes on, the ones that end in a
    // noun stay lines.
    const filler = Array.from({ length: 10 }, (_, k) => `ご案内の文章がここに入ります。長さをそろえていない普通の行です（${k + 1}）。`);
    const cut = 'お客様からのお申し込みの内容を確認し、不足している書類を';
    const nounA = 'データ入力と書類の確認、ファイリングなど一般的な事務作業';
    const nounB = '倉庫内での商品の検品と梱包、出荷前のラベル貼りと伝票整理';
    expect([...cut].length).toBe([...nounA].length);
    expect([...nounB].length).toBe([...nounA].length);
    const text = [...filler, cut, 'ご案内します。', nounA, '未経験歓迎', nounB, '週3日から'].join('\n');
    const lines = normalize(text).text.split('\n');
    expect(lines).toContain(`${cut}ご案内します。`);
    expect(lines).toContain(nounA);
    expect(lines).toContain(nounB);
  });
});

describe('a posting read through its cut lines', () => {
  it('ノルマはあ ⏎ りません denies a quota, as the uncut text does', async () => {
    const cut = await run(formPage(wrap(BODY, 30)));
    const whole = await run(formPage(BODY));
    expect(cut).toMatchObject({ jobType: 'inbound', callCenter: true, quota: 'negated' });
    expect(cut.quota).toBe(whole.quota);
  });
});

describe('a line cut inside a word, whatever the page\'s width', () => {
  it.each([
    ['個人ノルマはあり\nません。', '個人ノルマはありません。'],
    ['お問い合わせに対応いたしま\nす。', 'お問い合わせに対応いたします。'],
    ['電話でご案内し\r\nました。', '電話でご案内しました。'],
    ['まずはお気軽にご応募くださ\nい。', 'まずはお気軽にご応募ください。'],
    ['先輩がフォローしま\nす、ご安心を', '先輩がフォローします、ご安心を'],
  ])('%j', (original, joined) => {
    expect(normalize(`法人営業スタッフ\n${original}\n給与：月給22万円`).text).toContain(`\n${joined}\n`);
  });
  it.each([
    ['ノルマ\nなし', 'a value on the line below its label'],
    ['ご案内します。\nまた、資料もお送りします。', 'a sentence that starts its line'],
    ['電話受付\nーーーーーーーー', 'a rule of long-vowel marks'],
    ['経験\nいりません', 'a value that starts with a word of its own'],
  ])('%j stays two lines: %s', (original) => {
    expect(normalize(original).text).toContain('\n');
  });
  it('個人ノルマはあり ⏎ ません。 denies a quota', async () => {
    const r = await run('飲料のルートセールス\n【仕事内容】\n取引先を社用車で訪問し、新商品をご案内します。個人ノルマはあり\nません。\n【給与】\n月給22万円');
    expect(r.quota).toBe('negated');
  });
});
