// Stop 65: phone work done in the gaps of the main work, and phone work told as someone's former job. Postings and
// sentences of our own.
import { describe, expect, it } from 'vitest';
import { isOccasional } from '../lib/analysis/context';
import { posting, run } from './helpers';

describe('phone work in the gaps of the main work (〜の合間に) is a side task', () => {
  it.each([
    '来庁された方の届出を受け付け、システムに入力します。窓口の合間には、電話でのお問い合わせにもお答えします。',
    '患者さまの受付と会計をお願いします。受付の合間に、ご予約のお電話にも対応していただきます。',
    '商品の検品と発送準備が中心です。作業の合間を見て、お客様からのお電話を受けることもあります。',
  ])('%s', async (job) => {
    const r = await run(posting('受付スタッフ（パート）', job));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
  it('the marker before the task or after it', () => {
    const s = '窓口の合間に電話でのお問い合わせにもお答えします。';
    expect(isOccasional(s, s.indexOf('電話'), s.indexOf('にも'))).toBe(true);
    const plain = '電話でのお問い合わせにお答えします。';
    expect(isOccasional(plain, 0, plain.indexOf('に'))).toBe(false);
    const main = 'お電話の合間に、受付内容を入力します。';
    expect(isOccasional(main, 0, 3)).toBe(false);
  });
  it('a center whose calls fill the day is still a center (お電話の合間に入力 names the calls as the main work)', async () => {
    const r = await run(posting('コールセンタースタッフ（受信）', 'お客様からのお電話を受けて、ご注文をお受けします。お電話の合間に、受付内容をシステムに入力します。'));
    expect(r.jobType).toBe('inbound');
  });
});

describe("phone work told as someone's former job is not this job's", () => {
  it.each([
    ['前職はテレアポの会社で、毎日100件ほど電話をかけていました。今は事務所で伝票を入力しています。', 'outbound'],
    ['以前は通販のコールセンターで電話を受けていました。今は倉庫で出荷の準備をしています。', 'inbound'],
  ])('%s', async (voice, category) => {
    const r = await run(posting('倉庫内の出荷スタッフ（パート）', `商品のピッキングと梱包をお願いします。\n【スタッフの声】\n${voice}`));
    expect(r.flags.filter((f) => f.category === category || f.category === 'callCenter')).toEqual([]);
    expect(r.jobType).toBe('other');
  });
  it("the job's own phone work beside a word of the past stays (前職の経験は問いません)", async () => {
    const r = await run(posting('コールセンタースタッフ（受信）', '前職の経験は問いません。お客様からのお電話を受けて、ご注文をお受けします。'));
    expect(r.jobType).toBe('inbound');
  });
});

describe('work said to be done by another team, as who does it (〜のは相談室のスタッフです)', () => {
  it('the calls are the team\'s, not this job\'s', async () => {
    const r = await run(posting('書類チェックスタッフ（パート）', '申込書の記入漏れを確認し、システムに入力します。お客様からのお電話を受けるのは受付センターのスタッフで、このお仕事で電話に出ることはありません。'));
    expect(r.flags.filter((f) => f.category === 'inbound' && f.polarity === 'present')).toEqual([]);
    expect(r.jobType).toBe('other');
  });
});

describe('the phone said to be most of the job decides it, whatever the office words (業務の8割が電話)', () => {
  it.each([
    ['一般事務（パート）', '来店されたお客様のご案内と書類の整理、郵便物の仕分け、データ入力をお願いします。ただし業務の8割はお客様からのお電話の受付です。'],
    ['受付事務スタッフ', '書類のファイリングや備品の発注もありますが、1日の大半はお電話での受付です。お客様からのご依頼を伺い、システムに登録します。'],
  ])('%s', async (title, job) => {
    const r = await run(posting(title, job));
    expect(r.jobType).toBe('inbound');
    expect(r.callCenter).toBe(true);
  });
  it('電話対応だけでなく (not only the phone) says nothing of the share', async () => {
    const r = await run(posting('一般事務（パート）', '電話対応だけでなく、来客対応や書類の作成、データ入力、備品の管理、郵便物の発送もお願いします。'));
    expect(r.jobType).toBe('other');
  });
});

describe('a task said to be only a part of the work right after its name (電話での受注は一部です) is a side task', () => {
  it('marks the calls occasional', () => {
    const s = '注文の多くはシステムで届くため、電話での受注は一部です。';
    const at = s.indexOf('電話での受注');
    expect(isOccasional(s, at, at + '電話での受注'.length)).toBe(true);
    const steady = '電話での受注が中心です。';
    expect(isOccasional(steady, 0, '電話での受注'.length)).toBe(false);
  });
  it('an entry clerk who takes a few orders by phone is an entry clerk', async () => {
    const r = await run(posting('入力事務（パート）', '取引先から届く注文データを入力し、内容をチェックします。お電話でのご注文の受付もありますが、電話でのご注文は一部です。'));
    expect(r.jobType).toBe('other');
  });
});
