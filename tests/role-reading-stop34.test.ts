// Kinds of reading fixed at stop 34, each pinned by postings and sentences of our own.
import { describe, expect, it } from 'vitest';
import { roleFixtureTests, run } from './helpers';
import { findSections, titleOf } from '../lib/text/sections';
import { normalize } from '../lib/text/normalize';

describe('stop 34: postings of our own (expected-stop34.json)', () => {
  roleFixtureTests('expected-stop34.json');
});

describe('stop 34: work said to be done by staff of another job', () => {
  const inbound = (r: Awaited<ReturnType<typeof run>>) => r.flags.filter((f) => f.category === 'inbound' && f.polarity === 'present');
  it('予約の電話は受付スタッフが担当します, on a hygienist\'s page: the calls are the reception\'s', async () => {
    const r = await run('歯科衛生士（正社員）\n【仕事内容】\nクリーニングと歯科保健指導をお任せします。予約の電話は受付スタッフが担当します。');
    expect(inbound(r)).toEqual([]);
  });
  it('the same words on the reception\'s own page are its work', async () => {
    const r = await run('受付スタッフ（パート）\n【仕事内容】\n来院された方の受付とお会計です。予約の電話は受付スタッフが担当します。');
    expect(inbound(r).length).toBeGreaterThan(0);
  });
  it('all the staff, the applicant among them, take the calls', async () => {
    const r = await run('ホールスタッフ\n【仕事内容】\n料理の配膳です。予約の電話は全スタッフが交代で受けます。');
    expect(inbound(r).length).toBeGreaterThan(0);
  });
});

describe('stop 34: a verb term in its plain form', () => {
  it('a term written as the stem matches the plain form (ご家庭を訪ねる, 声をかける)', async () => {
    const visit = await run('訪問スタッフ\n【仕事内容】\n地域のご家庭を訪ねる仕事で、新しい電気プランのご契約をご案内します。');
    expect(visit.flags.some((f) => f.id === 'sales.visit')).toBe(true);
    expect(visit.jobType).toBe('sales');
    const promo = await run('イベントスタッフ\n【仕事内容】\nショッピングモールの通路で、お客様に声をかける仕事です。');
    expect(promo.flags.some((f) => f.id === 'sales.promotion')).toBe(true);
  });
  it('the plain form of a term\'s own verb (お電話を受け付ける) is the term, whole', async () => {
    const r = await run('受付スタッフ\n【仕事内容】\n修理のご依頼のお電話を受け付ける仕事です。');
    expect(r.flags.find((f) => f.category === 'inbound')?.text).toBe('お電話を受け付け');
  });
  it('the stem and the whole verb in one place are one mention', async () => {
    const r = await run('コールスタッフ\n【仕事内容】\n基本は受信ですが、折り返しのお電話をかけることもあります。');
    expect(r.flags.filter((f) => f.category === 'outbound')).toHaveLength(1);
    expect(r.jobType).toBe('inbound');
  });
});

describe('stop 34: a desk named as where other work was done', () => {
  it('a center where visits were booked is where, not this job (センターで日程が決まったお宅)', async () => {
    const r = await run('設置スタッフ\n【仕事内容】\nメーカーのコールセンターで日程が決まったお宅へ伺い、取り付けをします。');
    expect(r.flags.filter((f) => f.category === 'inbound' || f.category === 'callCenter')).toEqual([]);
  });
  it('a center where the job takes its calls stays the job\'s', async () => {
    const r = await run('受付スタッフ\n【仕事内容】\nコールセンターで、修理のご依頼のお電話を受け付けます。');
    expect(r.jobType).toBe('inbound');
    expect(r.callCenter).toBe(true);
  });
});

describe('stop 34: a light count of calls after the rest of their noun', () => {
  it('お電話での予約受付・変更（1日10件ほど） is a side of the work', async () => {
    const r = await run('フロントスタッフ\n【仕事内容】\n・お電話での予約受付・変更（1日10件ほど）');
    const booking = r.flags.find((f) => f.id === 'inbound.phone-booking')!;
    const plain = (await run('フロントスタッフ\n【仕事内容】\n・お電話での予約受付・変更')).flags.find((f) => f.id === 'inbound.phone-booking')!;
    expect(booking.weight).toBeLessThan(plain.weight);
  });
});

describe('stop 34: a target per period', () => {
  it('個人の四半期目標は受注30件です is a stated quota', async () => {
    expect((await run('法人営業（正社員）\n■目標\n個人の四半期目標は、新規の受注30件です。')).quota).toBe('stated');
    expect((await run('ルート営業\n【仕事内容】\n年間目標は売上3,000万円で、達成度は賞与に反映されます。')).quota).toBe('stated');
  });
  it('a yearly goal without a count or an amount is no quota', async () => {
    expect((await run('一般事務\n【仕事内容】\n年間目標を立てて、上司と半年ごとに振り返ります。')).quota).toBe('absent');
  });
});

describe('stop 34: a breadcrumb is chrome, not a heading', () => {
  it('募集職種一覧 ＞ … ＞ 法人営業 under a company\'s Recruit line opens no list of other jobs', () => {
    const text = normalize('株式会社サンプル Recruit\n募集職種一覧 ＞ ビジネス職 ＞ 法人営業\n\n法人営業（正社員）\n■目標\n個人の四半期目標は受注30件です。').text;
    const sections = findSections(text);
    expect(sections.some((s) => s.field === 'elsewhere')).toBe(false);
    expect(text.slice(sections[0]!.start, sections[0]!.end)).toContain('法人営業(正社員)');
  });
});

describe('stop 34: an employment tag above the title', () => {
  it('[A] アルバイト・パート under a breadcrumb is chrome: the title is the line below it', () => {
    expect(titleOf('サイト ＞ 千葉県 ＞ 販売\n\n[a] アルバイト・パート\n寝具売場の販売スタッフ\n店名')).toBe('サイト ＞ 千葉県 ＞ 販売\n\n[a] アルバイト・パート\n寝具売場の販売スタッフ');
    expect(titleOf('【正社員】\n法人営業\n本文')).toBe('【正社員】\n法人営業');
  });
  it('a title that names its employment beside the job stays one line', () => {
    expect(titleOf('正社員・コールセンタースタッフ\n本文')).toBe('正社員・コールセンタースタッフ');
  });
});
