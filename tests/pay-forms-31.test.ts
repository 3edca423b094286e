// Whose pay a line states: an earlier holder's income said in the same sentence as this job's results pay is an
// example (前任の者は年収で…でした), not another role's pay line; results pay named under a heading for the company's
// other jobs (ほかの職種も募集中) is theirs. Lines of our own, inside small postings of our own.
import { describe, expect, it } from 'vitest';
import { readPayChecked } from './pay-helpers';

describe("an earlier holder's income beside the job's results pay", () => {
  const posting = (line: string) =>
    ['【求人】中古車の販売スタッフ 1名', '販売担当の退職にともない、代わりの方を1名募集します。', line, '', '基本給：月給23万円', '休日：火曜・水曜', '応募：店頭かお電話で'].join('\n');
  it.each([
    '基本給に加えて、販売台数に応じた歩合が出ます。辞める担当者は年収で600万円ほどでした。',
    'ほかに粗利の10%をお支払いします。先輩スタッフは月収40万円くらいです。',
    '固定給＋売上の5％を歩合で支給。在籍スタッフの平均は年収520万円です。',
  ])('%s', (line) => {
    const pay = readPayChecked(posting(line));
    expect(pay.base).toMatchObject({ unit: 'month', min: 230000 });
    expect(pay.incentive.kind).toBe('plus');
  });
  it('a line that labels another role with its pay is still that role’s (店長候補は月給30万円＋歩合)', () => {
    const pay = readPayChecked(
      ['【求人】中古車の洗車・整備補助スタッフ', '仕事内容：展示車の洗車と簡単な点検です。', '給与：月給21万円', '店長候補は月給30万円＋歩合', '応募：お電話で'].join('\n'),
    );
    expect(pay.base).toMatchObject({ unit: 'month', min: 210000 });
    expect(pay.incentive.kind).toBe('none');
  });
});

describe('results pay under a heading for the company’s other jobs', () => {
  it.each(['■ほかの職種も募集中', '【他の職種も募集しています】', '◆その他のポジション'])('%s', (heading) => {
    const pay = readPayChecked(
      [
        '通販サイトのお問い合わせ窓口（電話・メール）',
        '■仕事内容',
        'ご注文やお届けについてのお問い合わせに、電話とメールでお答えします。',
        '■給与',
        '時給1,250円',
        '交通費：全額支給',
        heading,
        '・個人宅向け営業（成果給あり・未経験歓迎）',
        '・商品企画（経験者のみ）',
        '■応募方法',
        '応募フォームからどうぞ',
      ].join('\n'),
    );
    expect(pay.base).toMatchObject({ unit: 'hour', min: 1250 });
    expect(pay.incentive.kind).toBe('none');
  });
});

describe('the note on other pay the page states', () => {
  const page = (heading: string) =>
    ['受付スタッフ', '【給与】', '時給1,250円', heading, '経理事務：時給1,150円〜1,350円', '法人営業：月給24万円＋インセンティブ', '【勤務地】', '横浜市西区'].join('\n');
  it.each(['【他の職種】', '■その他の募集', '◆同時募集中の職種'])('names the company’s other openings’ pay under %s', (heading) => {
    const pay = readPayChecked(page(heading));
    expect(pay.base).toMatchObject({ unit: 'hour', min: 1250 });
    expect(pay.incentive.kind).toBe('none');
    expect(pay.note).toContain('時給1,150円〜1,350円');
    expect(pay.note).toContain('月給24万円');
  });
  it('says nothing of a board’s list of other postings', () => {
    const pay = readPayChecked(page('この求人を見た人はこんな求人も見ています'));
    expect(pay.base).toMatchObject({ unit: 'hour', min: 1250 });
    expect(pay.note).toBeNull();
  });
});

describe('commuting costs named with another cost', () => {
  const posting = (line: string) =>
    ['訪問販売スタッフ（業務委託）', '仕事内容：ご家庭を回り、浄水器のご案内をします。', '報酬：時給1,200円', line, '勤務地：静岡市葵区'].join('\n');
  it.each([
    ['・お客様宅までの交通費、高速料はご自身のご負担となります', 'none'],
    ['交通費、駐車場代は自己負担となります', 'none'],
    ['交通費と駐車場代は全額支給します', 'full'],
  ])('%s', (line, kind) => {
    expect(readPayChecked(posting(line)).commute.kind).toBe(kind);
  });
  it('a bare mention in a list is still the benefit listed (交通費、社会保険完備)', () => {
    expect(readPayChecked(posting('待遇：交通費、社会保険完備')).commute.kind).toBe('partial');
  });
});

describe('the words a pay is tied to', () => {
  it('under a heading that names no unit, are the amount’s line, not the heading (【給与】 ⏎ ¥1,200/時)', () => {
    const text = '受付スタッフ\n【給与】\n¥1,200/時\n【勤務地】\n福岡市中央区';
    const pay = readPayChecked(text);
    expect(pay.base).toMatchObject({ unit: 'hour', min: 1200, text: '¥1,200/時' });
    expect(text.slice(pay.base!.start, pay.base!.end)).toBe('¥1,200/時');
  });
  it('a unit word alone on the line above stays with its amount (時給 ⏎ 1,100円)', () => {
    expect(readPayChecked('受付スタッフ\n時給\n1,100円\n勤務地：福岡市').base?.text).toBe('時給\n1,100円');
  });
});
