// Kinds of reading fixed at stop 37, each pinned by postings and sentences of our own.
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../lib/sites/adapters';
import { normalize } from '../lib/text/normalize';
import { titleOf } from '../lib/text/sections';
import { roleFixtureTests, run } from './helpers';

const title = (text: string) => titleOf(normalize(text).text);

describe('stop 37: postings of our own (expected-stop37.json)', () => {
  roleFixtureTests('expected-stop37.json');
});

describe("stop 37: a board's name above the title is the site's logo, not the job", () => {
  it.each([
    ['バイトル'],
    ['doda｜正社員'],
    ['an（アン）'],
    ['Indeed'],
    ['リクナビNEXT'],
    ['ハローワークインターネットサービス'],
  ])('%s is read past', (logo) => {
    expect(title(`${logo}\nコールセンターの受信スタッフ／時給1,300円\n【仕事内容】\nお電話を受けます。`)).toContain('コールセンターの受信スタッフ');
  });
  it.each([['doda　　正社員　　千葉県柏市'], ['Indeed｜アルバイト・パート｜東京都新宿区'], ['マイナビバイト　大阪府大阪市北区']])('%s: the logo with the tags a board sets beside it', (logo) => {
    expect(title(`${logo}\n\n施工管理スタッフ（リフォーム）\n【仕事内容】\n現場の管理です。`)).toContain('施工管理スタッフ');
  });
  it("a board's name beside words that are not its tags stays the title (Indeed　営業事務)", () => {
    expect(title('Indeed　営業事務\n【仕事内容】\n書類の作成です。')).toBe('indeed 営業事務');
  });
  it('every board the extension reads has its name recognised', () => {
    for (const adapter of ADAPTERS) {
      expect(title(`${adapter.name}\n受付スタッフ\n【仕事内容】\n来客の対応です。`), adapter.name).toContain('受付スタッフ');
    }
  });
  it("a title that only starts with a board's name stays the title (Greenの植栽管理, typeの転職フェア)", () => {
    expect(title('Greenの植栽管理スタッフ\n【仕事内容】\n公園の手入れです。')).toBe('greenの植栽管理スタッフ');
    expect(title('typeの転職フェア運営スタッフ\n【仕事内容】\n会場の案内です。')).toBe('typeの転職フェア運営スタッフ');
  });
  it('the role read from the real title: a clinic reception under the logo stays other', async () => {
    const r = await run('タウンワーク\n歯科医院の受付スタッフ\n【仕事内容】\n患者さんの受付、お会計、ご予約のお電話への対応です。\n【給与】\n時給1,150円');
    expect(r.flags.find((f) => f.category === 'office' && f.polarity === 'present')?.section).toBe('title');
  });
});

describe('stop 37: complaints handed to a person as soon as they come', () => {
  const complaints = (r: Awaited<ReturnType<typeof run>>) => r.flags.filter((f) => f.category === 'complaints' && f.polarity === 'present');
  const page = (line: string) => `予約受付スタッフ\n【仕事内容】\nお客様からのご予約のお電話を受けます。${line}\n【給与】\n時給1,200円`;
  it.each([
    ['ご不満のお声をいただいた場合は、すぐに社員のリーダーへ引き継いでください。'],
    ['仕上がりへのご不満など、難しいお問い合わせは近くのリーダーに代わってもらえます。'],
    ['クレームは、後ろの席のSVがすぐに代わります。'],
    ['お叱りを受けそうな場面は、先輩に交代できます。'],
  ])('%s: not this job\'s complaints', async (line) => {
    expect(complaints(await run(page(line)))).toEqual([]);
  });
  it.each([
    ['ご不満をいただくこともありますが、難しい案件はリーダーが引き継ぎます。'],
    ['ご不満のお電話にも、まずはあなたが対応します（難しい場合はリーダーが引き継ぎます）。'],
    ['苦情は内容を記録して、リーダーに引き継ぎます。'],
    ['クレームで解決が難しい場合は、リーダーに代わってもらえます。'],
  ])('%s: the job hears the complaint first', async (line) => {
    expect(complaints(await run(page(line))).length).toBeGreaterThan(0);
  });
});

describe('stop 37: calls to the business customers the job serves', () => {
  it('お取引先へ電話で新商品をご案内し、ご注文をうかがいます is calling out', async () => {
    const r = await run('受注センタースタッフ\n【仕事内容】\n・お取引先からの電話・FAXでのご注文を受け、システムに入力します。\n・お取引先へ電話で新商品や特売品をご案内し、ご注文をうかがいます。\n【給与】\n月給20万円');
    expect(r.flags.some((f) => f.category === 'outbound' && f.polarity === 'present')).toBe(true);
    expect(r.jobType).toBe('mixed');
  });
  it('お取引先からのお電話 is still taking calls', async () => {
    const r = await run('受注スタッフ\n【仕事内容】\nお取引先からのお電話でのご注文を受け付けます。\n【給与】\n時給1,200円');
    expect(r.flags.some((f) => f.category === 'outbound' && f.polarity === 'present')).toBe(false);
  });
});

describe('stop 37: running a center named as what a consultant advises on', () => {
  const management = (r: Awaited<ReturnType<typeof run>>) => r.flags.filter((f) => f.category === 'management' && f.polarity === 'present');
  it('センター運営コンサルタント: the consultant runs no center', async () => {
    const r = await run('コールセンター運営コンサルタント\n【仕事内容】\nお客様企業のセンターの課題を分析し、改善策をご提案します。\n【給与】\n年収500万円');
    expect(management(r).filter((f) => f.section === 'title')).toEqual([]);
  });
  it('センター運営のリーダー still runs one', async () => {
    const r = await run('センター運営リーダー\n【仕事内容】\nオペレーター20名のシフト管理と育成を担当します。\n【給与】\n月給26万円');
    expect(management(r).length).toBeGreaterThan(0);
  });
});

describe('stop 37: work a named department takes (営業は営業部が担当します)', () => {
  it('工事の受注（営業）は営業部が担当します: the selling is that department\'s', async () => {
    const r = await run('施工管理\n【仕事内容】\nリフォーム工事の段取りと現場の管理をお任せします。\n工事の受注（営業）は営業部が担当します。\n【給与】\n月給28万円');
    expect(r.flags.filter((f) => f.category === 'sales' && f.polarity === 'present')).toEqual([]);
  });
  it('営業部の事務 in the title is still named', async () => {
    const r = await run('営業部の事務スタッフ\n【仕事内容】\n見積書の作成と電話の取り次ぎです。\n【給与】\n時給1,200円');
    expect(r.jobType).toBe('other');
  });
});

describe('stop 37: a target held by another role, the topic inside the words', () => {
  const quota = (r: Awaited<ReturnType<typeof run>>) => r.flags.filter((f) => f.category === 'quota' && f.polarity === 'present');
  it('数字の目標は営業担当が持ち: the reps\' target, not the planner\'s', async () => {
    const r = await run('販売企画スタッフ\n【仕事内容】\n販促キャンペーンの企画と売上データの分析を担当します。数字の目標は営業担当が持ち、企画チームは施策の振り返りを行います。\n【給与】\n月給25万円');
    expect(quota(r)).toEqual([]);
    expect(r.quota).toBe('absent');
  });
  it('a target the title\'s own role holds stays the job\'s (店長候補: 売上の目標は店長が持ちます)', async () => {
    const r = await run('店長候補\n【仕事内容】\n店舗の運営を学びます。お店の売上の目標は店長が持ち、毎月振り返ります。\n【給与】\n月給24万円');
    expect(quota(r).length).toBeGreaterThan(0);
  });
});

describe("stop 37: phone work named as the business of the company the job joins", () => {
  const calls = (r: Awaited<ReturnType<typeof run>>) => r.flags.filter((f) => ['inbound', 'outbound', 'mixed'].includes(f.category) && f.polarity === 'present');
  it('テレマーケティングを請け負っている当社で、…リストを作るお仕事: the company\'s business, not the job\'s calls', async () => {
    const r = await run('データ入力スタッフ\n【仕事内容】\n企業向けのテレマーケティングを請け負っている当社で、営業先の会社情報をExcelにまとめるお仕事です。\n【給与】\n時給1,150円');
    expect(calls(r)).toEqual([]);
  });
  it('受電業務を受託している当社のセンターで、お客様からのお電話を受けます: the job\'s own calls after the clause still count', async () => {
    const r = await run('コールスタッフ\n【仕事内容】\n通販会社の受電業務を受託している当社のセンターで、お客様からのお電話を受けます。\n【給与】\n時給1,250円');
    expect(calls(r).length).toBeGreaterThan(0);
    expect(r.jobType).toBe('inbound');
  });
});
