// The pay reader on the ways ads join a wage word to its figure outside a 給与 section: a slash or an arrow
// (時給/1,100円, 時給→1,300円), and the cheer of an ad (時給なんと1,500円！, 時給が1,200円). Before, such a figure in a
// title or an opening line read as no pay at all. Also a figure whose 万円 a flattened page put on the next line, and a
// per-success rate named to say there is none (〜円といった歩合はありません), which read as results pay.
import { describe, expect, it } from 'vitest';
import { readPayChecked } from './pay-helpers';

// A short ad with no pay section: the title and the opening line carry the pay.
const ad = (title: string, opening = '駅チカのオフィスで、お客様からのお電話にお答えするお仕事です。') =>
  `${title}\n\n${opening}\n\n勤務地\n大阪市北区\n\n応募方法\nWebからご応募ください。\n`;

describe('a wage word joined to its figure by a mark or a cheer', () => {
  it('a slash', () => {
    const p = readPayChecked(ad('電話受付スタッフ　時給/1,150円'));
    expect(p.base).toMatchObject({ unit: 'hour', min: 1150, max: 1150 });
    expect(p.base!.text).toBe('時給/1,150円');
  });
  it('an arrow', () => {
    const p = readPayChecked(ad('コールスタッフ【日給→9,800円】'));
    expect(p.base).toMatchObject({ unit: 'day', min: 9800, max: 9800 });
  });
  it('なんと', () => {
    const p = readPayChecked(ad('受付スタッフ大募集！ 時給なんと1,450円〜'));
    expect(p.base).toMatchObject({ unit: 'hour', min: 1450, max: null });
  });
  it('が in the opening prose', () => {
    const p = readPayChecked(ad('お客様窓口スタッフ', 'はじめての方でも時給が1,250円からスタートします。'));
    expect(p.base).toMatchObject({ unit: 'hour', min: 1250 });
  });
});

describe('guards: the marks do not make other figures wages', () => {
  it('two pay words side by side: the one next to the figure names it', () => {
    const p = readPayChecked(ad('事務スタッフ　年収/月給 24万円〜'));
    expect(p.base).toMatchObject({ unit: 'month', min: 240000 });
  });
  it('a wage word with no figure after it reads no pay', () => {
    const p = readPayChecked(ad('事務スタッフ', '時給が上がる仕組みがあります。交通費/全額支給。'));
    expect(p.base).toBeNull();
  });
});

describe('a figure broken from its 万円 by a page turned into text', () => {
  const card = (pay: string) => `SV候補（コールセンター）\n\n仕事内容\nオペレーターのサポートと育成をお任せします。\n\n給与\n${pay}\n\n勤務地\n札幌市\n`;
  it('月給 ⏎ 25 ⏎ 万円〜', () => {
    const p = readPayChecked(card('月給\n25\n万円〜'));
    expect(p.base).toMatchObject({ unit: 'month', min: 250000, max: null });
  });
  it('a range broken the same way', () => {
    const p = readPayChecked(card('月給\n24\n万円〜\n30\n万円'));
    expect(p.base).toMatchObject({ unit: 'month', min: 240000, max: 300000 });
  });
});

describe('a per-success rate named to say there is none', () => {
  const tele = (pay: string) => `テレアポスタッフ\n\n仕事内容\n企業様へお電話し、サービスのご案内をします。\n\n給与\n${pay}\n\n勤務地\n横浜市\n`;
  it('〜円といった歩合はありません: no results pay', () => {
    const p = readPayChecked(tele('時給1,250円\n※アポ1件につき2,000円といった歩合はありません'));
    expect(p.base).toMatchObject({ unit: 'hour', min: 1250 });
    expect(p.incentive).toMatchObject({ kind: 'none', perUnit: null });
  });
  it('〜円の手当はなく: likewise, and the rate is no wage either', () => {
    const p = readPayChecked(tele('日給9,500円\n成約1件あたり3,000円の手当はなく、日給のみです'));
    expect(p.base).toMatchObject({ unit: 'day', min: 9500, max: 9500 });
    expect(p.incentive.kind).toBe('none');
  });
  it('a rate that is paid stays results pay, and another item denied after it does not deny it', () => {
    const p = readPayChecked(tele('時給1,250円＋アポ1件につき1,000円、通勤手当なし'));
    expect(p.incentive).toMatchObject({ kind: 'plus', perUnit: 1000 });
  });
});

describe('results pay with no cap is results pay (インセンティブ上限なし)', () => {
  const tele = (pay: string) => `テレアポスタッフ\n\n仕事内容\n企業様へお電話し、サービスのご案内をします。\n\n給与\n${pay}\n\n勤務地\n横浜市\n`;
  for (const line of ['時給1,250円＋インセンティブ上限なし', '時給1,250円＋インセンティブ（上限なし）', '時給1,250円＋歩合（上限はありません）']) {
    it(line, () => {
      expect(readPayChecked(tele(line)).incentive.kind).toBe('plus');
    });
  }
  it('results pay said plainly not to exist (歩合はなく) is none', () => {
    expect(readPayChecked(tele('月給21万円\n歩合はなく、固定給のみのお支払いです')).incentive.kind).toBe('none');
  });
});
