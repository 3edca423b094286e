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

describe('a title that names other work, in or beside a center', () => {
  it('an infrastructure engineer of a contact center is not an operator', async () => {
    const r = await run(posting('インフラエンジニア（コンタクトセンターのネットワーク）', 'コンタクトセンターの拠点間ネットワークとクラウドPBXの設計・運用をお任せします。オペレーター席の増設に伴う機器の手配もあります。'));
    expect(r).toMatchObject({ jobType: 'other', callCenter: false });
  });
  it('building maintenance in a call-center building, field work sent by a customer center, a ryokan front desk', async () => {
    for (const [title, job] of [
      ['設備管理スタッフ（大型コールセンタービル常駐）', 'コールセンターが入るオフィスビルで、空調や電気設備の点検をします。センターのオペレーター業務ではありません。'],
      ['ガスの開閉栓スタッフ（訪問作業）', 'お申込みはお客様センターへ入り、センターが訪問日を決めます。スタッフはお宅でガス機器の安全点検を行います。'],
      ['温泉旅館のフロント・予約係', 'チェックイン・アウトの手続きとお部屋へのご案内をします。ご予約のお電話は日中に数件あります。'],
      ['損害保険会社の事務センターで書類の確認・入力', '届いた請求書類を確認して入力します。不備があった場合の確認のお電話（1日2〜3件程度）もあります。'],
    ]) {
      expect(await run(posting(title!, job!)), title).toMatchObject({ jobType: 'other', callCenter: false });
    }
  });
  it('an SV named with its gloss (SV（スーパーバイザー）候補) runs the center', async () => {
    const r = await run(posting('SV（スーパーバイザー）候補／受信センター', 'オペレーター約30名のチームを支えるSVをお任せします。新人オペレーターの育成、フィードバック面談、入電状況の確認をお願いします。入社後はオペレーターとしてお電話を受けながら業務を覚えていただきます。'));
    expect(r).toMatchObject({ jobType: 'other', callCenter: true });
  });
});

describe('example postings of our own, round 6 (tests/fixtures/roles/expected-6.json)', () => roleFixtureTests('expected-6.json'));
