// Stop 66: figures the work keeps for others (a clerk's record of the sales staff's targets) and the other readings
// this stop added. Postings and sentences of our own.
import { describe, expect, it } from 'vitest';
import { isTallied } from '../lib/analysis/context';
import { posting, run } from './helpers';

describe("targets the work keeps a record of are others' targets, not this job's (売上目標と実績の数値管理)", () => {
  it('a sales assistant who keeps the sales staff\'s targets and results', async () => {
    const r = await run(posting('営業事務（正社員）', '営業担当6名を支える事務のお仕事です。見積書と受注伝票の作成、営業担当ごとの売上目標と実績の数値管理（Excelで週次の表を更新）、来客の応対をお願いします。'));
    expect(r.quota).toBe('absent');
    expect(r.flags.filter((f) => f.category === 'quota' && f.polarity === 'present')).toEqual([]);
  });
  it('the marker after the target, and a target set on the worker beside it', () => {
    const s = '支店ごとの売上目標と実績の数値管理をお願いします。';
    expect(isTallied(s, s.indexOf('目標') + 2)).toBe(true);
    const own = '売上目標は月100万円です。';
    expect(isTallied(own, own.indexOf('目標') + 2)).toBe(false);
  });
  it('a target set on the worker stays', async () => {
    const r = await run(posting('ルート営業（正社員）', '既存のお客様を回り、消耗品のご提案をします。個人の売上目標は月150万円で、週に一度、実績を上司と確認します。'));
    expect(r.quota).toBe('stated');
  });
});

describe('calls split in halves, each half opening its clause (お電話の半分ほどは…かかってくるもの／残りの半分は…おかけするお電話)', () => {
  it('a desk whose calls are half taken and half made is mixed', async () => {
    const r = await run(posting('入居者サポートスタッフ（パート）', 'お電話の半分ほどは、入居者さまからかかってくるものです。設備の故障のご連絡を受けて、業者さんに修理を手配します。残りの半分は、こちらからおかけするお電話です。更新書類のご返送をお願いしたり、工事の日時をお知らせしたりします。'));
    expect(r.jobType).toBe('mixed');
    expect(r.callCenter).toBe(true);
  });
  it('a share said in tenths still reads as before, and a half of something else is no share of the calls', async () => {
    const r = await run(posting('受付スタッフ（パート）', 'お客様からかかってくるお電話に、マニュアルに沿ってお答えします。スタッフの半分は主婦の方です。'));
    expect(r.jobType).toBe('inbound');
  });
});
