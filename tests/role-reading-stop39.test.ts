// Kinds of reading fixed at stop 39, each pinned by postings and sentences of our own.
import { describe, expect, it } from 'vitest';
import { normalize } from '../lib/text/normalize';
import { findSections } from '../lib/text/sections';
import { posting, run } from './helpers';

describe('stop 39: speech quoted in a duty is part of the duty', () => {
  it('a question quoted as what the staff say does not turn the duty into a question', async () => {
    const r = await run(posting('家電量販店での光回線のご案内スタッフ', '駅前の家電量販店の売り場に立ち、ご来店のお客様に「スマホのセット割、ご存じですか？」とお声がけします。\n興味を持たれた方には、カウンターで料金をご説明します。'));
    expect(r.flags.some((f) => f.id === 'sales.promotion' && f.polarity === 'present')).toBe(true);
  });
  it('an FAQ question on its own line is still a question', async () => {
    const r = await run(posting('受信スタッフ', 'お客様からのお電話を受けます。\nQ.「ノルマ」はありますか？\nA.ありません。'));
    expect(r.flags.some((f) => f.category === 'quota' && f.polarity === 'present')).toBe(false);
  });
});

describe('stop 39: a heading asked as a question (■どんなお仕事？) opens the job section', () => {
  it.each(['■どんなお仕事？', '＜どんな仕事？＞', '【どんなお仕事？】'])('%s', async (heading) => {
    const r = await run(`受注センターのスタッフ\n\n${heading}\nお客様からのお電話でご注文を承ります。\n\n■給与\n時給1,250円\n`);
    expect(r.flags.find((f) => f.category === 'inbound' && f.section !== 'title')?.section).toBe('job');
  });
  it('a question in the text that asks about the job is no heading', async () => {
    const r = await run('受注センターのスタッフ\n\nQ. どんなお仕事ですか？\nA. お客様からのお電話でご注文を承ります。\n');
    expect(r.flags.find((f) => f.category === 'inbound' && f.section !== 'title')?.section).not.toBe('job');
  });
});

describe('stop 39: sales calls a desk receives are not sales work', () => {
  it('a receptionist who turns away sales calls is not a seller', async () => {
    const r = await run(posting('オフィスビルの受付スタッフ', '・来客のお出迎えと会議室へのご案内\n・代表電話の取次ぎ\n・営業の電話は、担当者が不在とお伝えしてメモを残すだけで大丈夫です。'));
    expect(r.flags.some((f) => f.id === 'sales.eigyo' && f.polarity === 'present')).toBe(false);
    expect(r.jobType).not.toBe('sales');
  });
});

describe('stop 39: taking calls denied where no call is stated leaves no phone work', () => {
  it('data entry inside a center that never answers the phone is other work', async () => {
    const r = await run(posting('コールセンター内のデータ入力スタッフ', '・コールセンターのオペレーターが残したメモを、お客様情報のシステムに入力します。\n・電話に出ることはありません。\n・分からないことはオペレーターのリーダーに社内チャットで聞けます。'));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
  it('a center that denies only outbound calls still takes calls', async () => {
    const r = await run(posting('コールセンターのオペレーター', '・コールセンターで通販のお客様の対応をします。\n・こちらから発信することはありません。'));
    expect(r.callCenter).toBe(true);
  });
});

describe("stop 39: a site's menu left in the text is no section heading", () => {
  const page = (menu: string) => `さくら電話代行\n${menu}\nTOP ＞ 採用情報 ＞ 電話受付スタッフ\n\n電話受付スタッフ（パート）\n\n当社は中小企業さまの代表電話をお預かりしています。\nお客さまの会社名で電話に出て、ご用件を伺い、担当者さまへメールでお伝えします。\n\n■給与\n時給1,150円\n`;
  it('会社概要 among the menu items does not make the posting below the company profile', async () => {
    const text = page('サービス紹介\n料金プラン\n導入事例\n採用情報\n会社概要');
    const sections = findSections(normalize(text).text);
    expect(sections.some((s) => s.kind === 'company')).toBe(false);
    const r = await run(text);
    expect(r.flags.filter((f) => f.category === 'inbound').every((f) => f.section !== 'company')).toBe(true);
  });
  it('よくある質問 among the menu items is no FAQ heading', () => {
    const text = page('ホーム\n料金プラン\nよくある質問\nお問い合わせ');
    expect(findSections(normalize(text).text).some((s) => s.label === 'よくある質問')).toBe(false);
  });
  it('a company profile laid out as label and value lines stays the company profile', () => {
    const text = '電話受付スタッフ\n\n■仕事内容\nお電話の受付です。\n\nエントリー\n会社概要\n社名\n株式会社さくら電話代行\n所在地\n札幌市中央区\n';
    expect(findSections(normalize(text).text).some((s) => s.kind === 'company')).toBe(true);
  });
  it('a short heading line among short lines that are not a menu stays a heading', () => {
    const text = '電話受付スタッフ\n\n募集要項\n職種\n電話受付\n雇用形態\nパート\n会社概要\n株式会社さくら電話代行\n';
    expect(findSections(normalize(text).text).some((s) => s.kind === 'company')).toBe(true);
  });
});
