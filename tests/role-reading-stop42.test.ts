// Kinds of reading fixed at stop 42, each pinned by postings of our own.
import { describe, expect, it } from 'vitest';
import { posting, run } from './helpers';

describe('stop 42: a desk job named 〜の事務 or by its paperwork, with phone inquiries as one duty', () => {
  it('an admissions office clerk (入試事務) who also answers applicants\' calls is office work', async () => {
    const r = await run(
      posting('私立高校の入試事務（契約職員）', '入学試験の準備と当日の運営、願書の確認、合否通知など書類の発送をお願いします。受験生や保護者からの電話でのお問い合わせへの対応もあります。'),
    );
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
  it("a builder's office clerk (工務店の事務) likewise", async () => {
    const r = await run(posting('リフォーム会社の事務', 'お客様からのお問い合わせのお電話への対応、職人さんとの工事日程の調整、見積書や請求書の作成を担当します。'));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
  it('a care office\'s billing clerk (請求事務)', async () => {
    const r = await run(posting('訪問介護事業所のスタッフ', '介護報酬の請求事務と書類の発送、ご利用者様のご家族からのお電話でのお問い合わせへの対応をお願いします。'));
    expect(r.jobType).toBe('other');
  });
  it('a clerk of a law office (事務員) with the phones', async () => {
    const r = await run(posting('特許事務所の事務員', '出願書類の形式チェックとファイリング、お客様からのお電話の取次ぎ、郵便物の発送をお願いします。'));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
  it('a campaign office (〜事務局) that answers calls all day is still inbound', async () => {
    const r = await run(posting('キャンペーン事務局のオペレーター', 'プレゼントキャンペーンの事務局で、応募方法や発送状況についてのお客様からのお電話にお答えします。'));
    expect(r.jobType).toBe('inbound');
    expect(r.callCenter).toBe(true);
  });
  it("an insurer's inquiry desk answering policy holders by phone is still inbound", async () => {
    const r = await run(posting('保険会社のお客様窓口', 'ご契約者様からの住所変更や手続きについてのお電話を受け、マニュアルに沿ってご案内します。'));
    expect(r.jobType).toBe('inbound');
  });
});

describe('stop 42: a counter that also takes the phone (窓口や電話で)', () => {
  it('a ward office section answering at the counter and by phone is counter work', async () => {
    const r = await run(posting('市役所 国民年金係の窓口スタッフ（会計年度任用職員）', '窓口や電話でのお問い合わせへの対応、届出の受付と書類の確認をお願いします。'));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
  it('a phone line of a city (電話窓口) is still inbound', async () => {
    const r = await run(posting('市の総合案内コールセンター', '電話窓口で、市民の方からの各種手続きについてのお問い合わせにお答えします。'));
    expect(r.jobType).toBe('inbound');
  });
});
