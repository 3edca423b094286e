// Role red team 6: jobs that sit next to call centers or sales without being operator or sales work, the real
// call-center jobs that use the same words, and sales named without 営業. Each kind is pinned by sentences of our
// own here and by postings of our own in tests/fixtures/roles (expected-6.json says what each one is).
import { describe, expect, it } from 'vitest';
import { posting, roleFixtureTests, run } from './helpers';

describe('the sales staff a job works beside are not its work', () => {
  it('a sales assistant who keeps the salespeople\'s diary and quotes is office work', async () => {
    const r = await run(posting('営業アシスタント（商社）', '営業担当者4名のアシスタントです。営業担当者のスケジュール調整と見積書の作成、分からないことは担当の営業に引き継ぎます。'));
    expect(r).toMatchObject({ jobType: 'other', callCenter: false });
  });
  it('general affairs in a sales branch, with its salespeople counted, is office work', async () => {
    const r = await run(posting('営業所の庶務スタッフ', '営業担当10名が所属する営業所で、備品の発注や勤怠の集計をします。営業担当は日中ほとんど外に出ています。'));
    expect(r).toMatchObject({ jobType: 'other', callCenter: false });
  });
  it('but a title that names the salesperson is still sales', async () => {
    const r = await run(posting('営業スタッフ（法人向け）', '営業担当として、担当エリアの企業様を訪問し、新しい取引先を開拓していただきます。'));
    expect(r.jobType).toBe('sales');
  });
  it('a field sales team the calls hand over to is another team', async () => {
    const r = await run(posting('インサイドセールス', '資料請求をいただいた企業へ架電し、オンライン商談を設定します。獲得した商談はフィールドセールスへ引き継ぎます。'));
    expect(r.jobType).toBe('outbound');
  });
});

describe('example postings of our own, round 6 (tests/fixtures/roles/expected-6.json)', () => roleFixtureTests('expected-6.json'));
