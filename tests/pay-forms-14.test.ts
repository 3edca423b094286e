// The pay reader on pages that set out several numbered positions (and, below, training paid by the hour beside pay
// per call), pinned with a page of our own: the title's
// position is the first one, and results pay stated under a later one (〔募集2〕法人営業 ⏎ 給与 月給＋インセンティブ) is
// that job's, not this one's.
import { describe, expect, it } from 'vitest';
import { readPayChecked } from './pay-helpers';

const page = (title: string) =>
  `${title}\n\n今回は2つの職種を募集しています。\n\n【募集1】受注事務（正社員）\n■仕事内容\n見積書と発注書の作成、納期のご連絡\n■給与\n月給20万円～24万円\n■応募資格\n未経験歓迎\n\n【募集2】法人営業（正社員）\n■仕事内容\n企業を訪問し、オフィス家具をご提案します\n■給与\n月給25万円～32万円＋インセンティブ（受注1件につき10,000円～）\n■応募資格\n法人営業の経験2年以上\n\n勤務地：仙台市宮城野区\n交通費：規定支給\n`;

describe('results pay under a later position is that job\'s', () => {
  it('the first position\'s pay has no incentive', () => {
    const p = readPayChecked(page('株式会社とうわ家具｜採用情報'));
    expect(p.base).toMatchObject({ unit: 'month', min: 200000, max: 240000 });
    expect(p.incentive.kind).toBe('none');
  });
  it('a title that names the later position takes its pay and its incentive', () => {
    const p = readPayChecked(page('法人営業（正社員）｜株式会社とうわ家具'));
    expect(p.incentive.kind).toBe('plus');
  });
});

describe('a reason before the commute statement', () => {
  it.each([
    ['交通費 | 在宅でのお仕事のため、支給はありません', 'none'],
    ['交通費：完全在宅のため、なし', 'none'],
    ['交通費：ご自宅からの距離により、一律500円/日を支給', 'partial'],
  ])('%s → %s', (line, kind) => {
    const p = readPayChecked(`在宅テレアポスタッフ\n【給与】\n時給1,200円\n${line}\n`);
    expect(p.commute.kind).toBe(kind);
  });
});

describe('training pay under a heading of its own is the job\'s, whatever pay line stands above it', () => {
  it('two pay lines by weekly hours, then 研修時の給与', () => {
    const p = readPayChecked('受付スタッフ\n\n給与（週20時間以上の方）\n時給1,300円\n給与（週20時間未満の方）\n時給1,250円\n研修時の給与\n研修（5日間）中は時給1,200円\n');
    expect(p.base).toMatchObject({ unit: 'hour', min: 1300 });
    expect(p.training).toMatchObject({ unit: 'hour', min: 1200 });
  });
  it('under another role\'s pay line without a heading, it stays that role\'s', () => {
    const p = readPayChecked('オペレーター\n\n給与\nオペレーター：時給1,300円\nSV：時給1,600円\n※SVは研修期間中は時給1,500円\n');
    expect(p.training).toBeNull();
  });
});

describe('training paid by the hour beside pay per call', () => {
  it('研修の時間は時給… is the training\'s pay, not a wage: the work is paid per call', () => {
    const p = readPayChecked('在宅の受注スタッフ（業務委託）\n\n報酬\n・ご注文を受けた1コールにつき150円\n\n研修\nオンラインで3時間×2回。研修の時間は時給1,050円でお支払いします。\n');
    expect(p.base).toMatchObject({ unit: 'piece', min: 150 });
    expect(p.incentive.kind).toBe('only');
    expect(p.training).toMatchObject({ unit: 'hour', min: 1050 });
  });
  it('and beside an hourly wage it is the training\'s own rate', () => {
    const p = readPayChecked('受信スタッフ\n\n給与\n時給1,300円\n研修の時間は時給1,100円でお支払いします。\n');
    expect(p.base).toMatchObject({ unit: 'hour', min: 1300 });
    expect(p.training).toMatchObject({ unit: 'hour', min: 1100 });
  });
});

describe('給与形態 heads the pay like 報酬形態', () => {
  it('給与形態 ⏎ 歩合制 and nothing else: paid by results only', () => {
    const p = readPayChecked('保険の営業スタッフ\n\n雇用形態\n業務委託\n給与形態\n歩合制\n勤務地\n福岡市博多区\n');
    expect(p.base).toMatchObject({ unit: 'piece' });
    expect(p.incentive.kind).toBe('only');
  });
});
