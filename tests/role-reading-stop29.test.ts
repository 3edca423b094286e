// Stop 29: field sales of a new product named by its title and duties in words the lexicon lacked: セールス職, 法人セールス,
// 拡販 (拡販活動: pushing a product's sales), beside development words that describe the product, not this job. From real
// job records in public repositories, labelled by a helper; postings of our own in tests/fixtures/roles
// (expected-stop29.json).
import { describe, expect, it } from 'vitest';
import { roleFixtureTests, run } from './helpers';

describe('stop 29: sales named as セールス職 and 拡販', () => {
  roleFixtureTests('expected-stop29.json');
  it('a page that makes the sales team\'s tools is not sales', async () => {
    const r = await run('デザイナー\n仕事内容\n営業部門が使う拡販ツールや製品カタログをデザインします。\n給与：月給24万円\n勤務地：名古屋市');
    expect(r.jobType).toBe('other');
  });
});

describe('stop 29: beside a call center, not its operators\' work nor over them', () => {
  it('quality review and building the center\'s systems lead no operators (center-qa-reviewer.txt, center-systems-engineer.txt above)', async () => {
    const r = await run('応対品質チェック担当\n仕事内容\nコンタクトセンターの通話録音を聞いて応対評価を行い、呼量予測のデータをまとめます。\n給与：月給23万円\n勤務地：仙台市');
    expect(r.callCenter).toBe(false);
  });
  it('leading operators stays call-center work (SV named on the 職種 line, シフト管理 and 育成 in the duties)', async () => {
    const r = await run('センター運営スタッフ\n職種：スーパーバイザー\n仕事内容\nコールセンターのオペレーター10名のシフト管理と新人の育成をお任せします。\n給与：月給26万円\n勤務地：仙台市');
    expect(r.callCenter).toBe(true);
  });
  it('work the page gives to the teams\' SVs is theirs (〜は各チームのSVが行います)', async () => {
    const r = await run('データ集計スタッフ\n仕事内容\nコールセンターの応対記録を集計します。オペレーターへの指導やシフトの作成は各チームのSVが行います。\n給与：時給1,250円\n勤務地：仙台市');
    expect(r.flags.filter((f) => f.category === 'management' && f.polarity === 'present')).toEqual([]);
  });
  it('work given to others after も is theirs too (オペレーターの管理も各拠点のSVが行います)', async () => {
    const r = await run('要員計画アナリスト\n仕事内容\nコンタクトセンターの必要人数をデータで計画します。電話の応対は行いません。オペレーターの管理も各拠点のSVが行います。\n給与：月給32万円\n勤務地：東京都港区');
    expect(r.flags.filter((f) => (f.category === 'management' || f.id === 'callCenter.operator') && f.polarity === 'present')).toEqual([]);
  });
  it('calls the center takes by phone are the center\'s (ご依頼は当社のコールセンターが電話で受け付け)', async () => {
    const r = await run('保険事務\n仕事内容\n住所変更のご依頼は当社のコールセンターが電話で受け付け、届いた書類を確認してシステムに入力するお仕事です。\n給与：時給1,200円\n勤務地：仙台市');
    expect(r.flags.some((f) => f.category === 'callCenter' && f.polarity === 'present' && f.section === 'job')).toBe(false);
  });
  it('a list of things the job does not do (〜すること、〜することはありません) denies each of them', async () => {
    const r = await run('ネットワークエンジニア\n仕事内容\n社内ネットワークの保守を担当します。お客様からのお電話に応対すること、オペレーターを管理することはありません。\n給与：月給30万円\n勤務地：仙台市');
    expect(r.flags.filter((f) => f.category === 'inbound' && f.polarity === 'present')).toEqual([]);
  });
});

describe('stop 29: a desk that takes reports by phone', () => {
  it('お電話で受け付け and a 受付ダイヤル are calls taken (accident-reporting-desk.txt above); an application taken by phone is not', async () => {
    const r = await run('倉庫内軽作業\n仕事内容\n商品の検品と梱包をお願いします。\n給与：時給1,150円\n応募方法\nご応募はお電話で受け付けています。面接は電話で受付後にご案内します。');
    expect(r.flags.filter((f) => f.category === 'inbound')).toEqual([]);
  });
});

describe('stop 29: a model house\'s reception', () => {
  it('greeting visitors (お出迎え) at a model house is counter work, its booking calls a side task (model-house-reception.txt above); the advisor who sells there stays sales', async () => {
    const r = await run('住まいのアドバイザー\n仕事内容\n住宅展示場にご来場のお客様に、間取りや資金計画をご提案し、ご契約までを担当します。\n給与：月給28万円＋歩合\n勤務地：千葉県印西市');
    expect(r.jobType).toBe('sales');
  });
});
