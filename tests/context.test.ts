// Each context rule the product depends on, checked through the whole analyzer.
import { describe, expect, it } from 'vitest';
import { flagKeys, posting, run } from './helpers';

const has = async (text: string, key: string) => expect(flagKeys(await run(text, 'high')), text).toContain(key);
const lacksCategory = async (text: string, category: string) =>
  expect((await run(text, 'high')).flags.filter((f) => f.category === category && f.polarity === 'present').map((f) => f.text), text).toEqual([]);

describe('negation', () => {
  it.each([
    ['ノルマなし', 'quota.norma:negated'],
    ['ノルマは一切ありません。', 'quota.norma:negated'],
    ['ノルマのない職場です。', 'quota.norma:negated'],
    ['発信業務はありません。', 'inbound.only:present'],
    ['テレアポなし', 'outbound.teleapo:negated'],
    ['営業ではありません。', 'sales.eigyo:negated'],
    ['営業ではなく、事務のお仕事です。', 'sales.eigyo:negated'],
    ['ノルマ：なし', 'quota.norma:negated'],
  ])('%s', async (text, key) => has(text, key));

  it('a term that ends in its own verdict is a whole item: a negation after the comma is the next item\'s', async () => {
    await has('【応募資格】\n未経験歓迎、高校生不可', 'beginner.welcome:present');
    await has('【応募資格】\n未経験OK、ブランクOK、Wワーク不可', 'beginner.welcome:present');
    // Nouns in a list still share the one predicate after them.
    await has('ノルマ、罰金はありません。', 'quota.norma:negated');
  });

  it('does not negate across a clause that ends affirmatively', async () => {
    const r = await run('目標件数はありますが、ノルマはありません。', 'high');
    expect(flagKeys(r)).toEqual(expect.arrayContaining(['quota.targets:present', 'quota.norma:negated']));
  });

  it('reads a past form that modifies a noun as inside the clause: 〜に応じた手当はありません denies it', async () => {
    await has('成果に応じた手当はありません。', 'incentive.pay:negated');
    await has('成果に応じた手当を毎月お支払いします。', 'incentive.pay:present');
    await has('テレアポをしたことがない方も歓迎します。', 'outbound.teleapo:present');
  });

  it('reads "no experience needed" as the work being present', async () => {
    await has('テレアポの経験がなくても大丈夫です。', 'outbound.teleapo:present');
  });

  it('reads "nothing but" as present', async () => {
    await has('テレアポ以外の業務はありません。', 'outbound.teleapo:present');
  });

  it('reads an invitation (〜ませんか) as asking the reader to do the work, not as denying it', async () => {
    await has('お客様相談室で一緒に働きませんか', 'inbound.support-desk:present');
    await has(posting('通信会社のサポートセンターで働きませんか', 'ご契約者様からのご質問にお答えします。'), 'inbound.support-desk:present');
    await has(posting('テレアポのお仕事、始めてみませんか。', '法人のお客様へ新商品のご案内をします。'), 'outbound.teleapo:present');
    // The denial itself is still one: 〜ません。 and 〜ませんが.
    await has('テレアポはありません。', 'outbound.teleapo:negated');
    await has('ノルマはありませんが、目安はあります。', 'quota.norma:negated');
  });

  it('does not let a label\'s value negate the word inside the label', async () => {
    await has('研修中給与：変更なし', 'training.onboarding:present');
  });
});

describe('outbound ruled out', () => {
  it.each(['受信のみのお仕事です。', '受電専門のセンターです。'])('%s', async (text) => {
    const r = await run(`コールセンタースタッフ募集\n【仕事内容】\n${text}\nお客様からのお問い合わせにお答えします。`);
    expect(r.jobType).toBe('inbound');
    expect(r.reasons.map((x) => x.id)).toContain('inboundOnly');
  });
});

describe('other senses of the same words', () => {
  it.each([
    ['営業時間は9時から18時です。', 'sales'],
    ['営業日は平日のみ。', 'sales'],
    ['全国の営業所で勤務。', 'sales'],
    ['会社の魅力を情報発信します。', 'outbound'],
    ['SNSで発信するのが好きな方。', 'outbound'],
    ['発信力のある方歓迎。', 'outbound'],
    ['メール受信の確認をします。', 'inbound'],
    ['受信料のお支払い方法をご案内します。', 'inbound'],
    ['インバウンド観光の企画です。', 'inbound'],
    ['訪日インバウンドの対応をするホテルです。', 'inbound'],
  ])('%s', async (text, category) => lacksCategory(text, category));
});

describe('quota euphemisms', () => {
  it.each(['目標件数', '獲得目標', 'ボーダー', '成績'])('%s counts as quota-like pressure even with ノルマなし, and says so', async (word) => {
    const r = await run(`テレアポスタッフ募集\n【仕事内容】\nテレアポのお仕事。ノルマなし！\n${word}があり、達成状況を毎週確認します。`);
    expect(r.quota).toBe('stated');
    expect(r.reasons.map((x) => x.id)).toContain('quota.euphemism');
    expect(r.questions.map((q) => q.id)).toContain('quota.euphemism');
  });
});

describe('where a word stands', () => {
  it('weighs a term under 会社概要 less than under 仕事内容', async () => {
    const job = await run('スタッフ募集\n【仕事内容】\nテレマーケティングのお仕事です。');
    // (テレマーケティング事業 names the company's trade and is no term at all: the profile lists its services here.)
    const company = await run('スタッフ募集\n【仕事内容】\n書類のスキャンです。\n【会社概要】\n事業内容：テレマーケティング、データ入力代行');
    const w = (r: Awaited<ReturnType<typeof run>>) => r.flags.find((f) => f.id === 'outbound.telemarketing')!;
    expect(w(job).section).toBe('job');
    expect(w(company).section).toBe('company');
    expect(w(company).weight).toBeLessThan(w(job).weight);
    expect(company.jobType).toBe('other');
    expect(job.jobType).toBe('outbound');
  });
});
