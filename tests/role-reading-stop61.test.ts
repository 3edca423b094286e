// Stop 61: complaints the job puts through to a team or desk of its own (ご不満は「料金相談デスク」へおつなぎください,
// 解約のご不満は会員管理部へ転送します) are that team's; heard first, or passed on only when they drag on, they are the
// job's. Lines of our own inside a small posting of our own.
import { describe, expect, it } from 'vitest';
import { posting, run } from './helpers';

const withLine = (line: string) =>
  run(posting('家電の操作案内（電話）', `お買い上げの家電の操作について、お電話でご説明します。\n${line}`, `【給与】\n時給1,300円\n【勤務地】\n東京都品川区`));

describe('complaints put through to a team', () => {
  it.each([
    '製品へのご不満は、「品質お客様窓口」へおつなぎください。',
    '返品や料金へのご不満は、本社の会員管理部に転送します。',
    'クレームのお電話は、専用のデスクへお回しください。',
    '解約へのご不満は、会員管理課が後日ご連絡します。',
    '料金へのお怒りの声は、お客様相談センターが折り返しご連絡します。',
  ])('are not the job’s: %s', async (line) => {
    const r = await withLine(line);
    expect(r.signals.complaints).toBe(false);
  });
  it.each([
    'ご不満をいただくこともありますが、長引く場合は「品質お客様窓口」へおつなぎします。',
    'クレームはまずあなたが伺い、そのあと会員管理部へ転送します。',
  ])('heard first, they are: %s', async (line) => {
    expect((await withLine(line)).signals.complaints).toBe(true);
  });
});

describe('a board’s list of jobs near the shop or on like terms', () => {
  const page = (heading: string) =>
    [
      '書店のレジ・品出しスタッフ',
      '時給1,180円　◯◯駅 徒歩3分',
      '仕事内容：レジでの会計と、届いた本の品出しをお願いします。',
      '［応募する］［キープする］',
      heading,
      'テレアポスタッフ　◯◯駅　時給1,400円　インセンティブあり',
      '引越しスタッフ　△△駅　日給1万円　歩合あり・未経験OK',
      '利用規約　プライバシーポリシー',
    ].join('\n');
  it.each(['このお店の近くのバイト', 'この条件に近いお仕事', '似た条件の求人'])('states none of this job’s terms: %s', async (heading) => {
    const r = await run(page(heading));
    expect(r.signals.incentive).toBe(false);
    expect(r.pay.incentive.kind).toBe('none');
    expect(r.pay.base).toMatchObject({ unit: 'hour', min: 1180 });
    expect(r.jobType).toBe('other');
  });
});

describe('appointments another team takes (アポイントは…チームが取ります)', () => {
  const visit = (line: string) =>
    run(
      posting(
        '業務用電力の切り替え提案（業務委託）',
        `商店や事務所を回り、業務用の電気の契約の切り替えをご案内します。\n${line}\nお申し込みの書類づくりまでお任せします。`,
        '【報酬】\n完全歩合制（1契約 15,000円）\n【勤務地】\n大阪市北区',
      ),
    );
  it.each(['お伺いする先の約束は、本社のテレアポ部門が取ります。', 'お伺いする日時の予約は、コールセンターのスタッフが取っています。'])('the calls are theirs, the job is the visit: %s', async (line) => {
    const r = await visit(line);
    expect(r.jobType).toBe('sales');
    expect(r.callCenter).toBe(false);
  });
});

describe('work another post does itself (担当の営業マンが直接対応します)', () => {
  it.each(['配送の遅れへのお叱りは、担当の営業マンが直接対応します。', 'ご不満の電話は、店長がすべて対応しています。'])('is theirs: %s', async (line) => {
    const r = await run(posting('受発注事務', `取引先からの注文を入力し、出荷の手配をします。\n${line}`));
    expect(r.signals.complaints).toBe(false);
  });
  it('said of the job itself, it is the job’s (お叱りにはあなたが直接対応します)', async () => {
    const r = await run(posting('受発注事務', '取引先からの注文を入力し、出荷の手配をします。\n配送の遅れへのお叱りには、まず事務スタッフが直接お電話で対応します。'));
    expect(r.signals.complaints).toBe(true);
  });
});
