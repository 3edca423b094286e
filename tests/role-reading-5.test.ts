// Role red team 5: which job it is when the posting does not use the usual words. Each kind is pinned by
// sentences of our own here and by postings of our own in tests/fixtures/roles (expected-5.json says what
// each one is; those marked "failed before" in the commit were read wrong before this round).
import { describe, expect, it } from 'vitest';
import { posting, roleFixtureTests, run } from './helpers';

describe('call-center work worded without its usual words', () => {
  it('picking up the phone, a phone window, a dedicated line and a support desk are answering calls', async () => {
    for (const [title, job] of [
      ['お客様窓口スタッフ', '鳴った電話をとって、お客様のご用件を伺う仕事です。'],
      ['年金相談の電話窓口スタッフ', 'ご本人やご家族からのご質問に、手引きに沿ってお答えします。'],
      ['給付金の専用ダイヤルの応対スタッフ', '市民の方からのご質問に、Q&A集を見ながらお答えします。'],
      ['会計ソフトのサポートデスク', '導入企業の経理担当者様からのご質問にお答えします。'],
    ]) {
      expect(await run(posting(title!, job!)), title).toMatchObject({ jobType: 'inbound', callCenter: true });
    }
  });
  it('mail and LINE support answer customers in writing: inbound', async () => {
    expect(await run(posting('メールサポートスタッフ', 'ネット通販のお客様から届くメールに、文例をもとにお返事を作成します。'))).toMatchObject({ jobType: 'inbound', callCenter: true });
    expect(await run(posting('お問い合わせ対応スタッフ', '公式LINEに届くお客様のご質問に、チャットで返信していただきます。'))).toMatchObject({ jobType: 'inbound', callCenter: true });
  });
  it("a center's jargon (アウトコール, インコール, コール対応) names the direction", async () => {
    expect((await run(posting('アウトコールスタッフ', 'ご契約中のお客様へ新しいプランをご案内するアウトコール業務です。'))).jobType).toBe('outbound');
    expect((await run(posting('インコールスタッフ', 'サポート窓口で、インコール対応をしていただきます。'))).jobType).toBe('inbound');
    expect(await run(posting('コール対応スタッフ（配送受付）', '配送・設置日の変更を希望されるお客様からのコール対応です。'))).toMatchObject({ jobType: 'inbound', callCenter: true });
  });
  it('a desk for mail only is not read as phone work by its perks (メールサポートあり)', async () => {
    const r = await run(posting('データ入力スタッフ（在宅）', '届いたアンケートの回答を入力します。在宅の方にも担当者のメールサポートあり。'));
    expect(r).toMatchObject({ jobType: 'other', callCenter: false });
  });
});

describe('calls the job passes on to someone are not its work', () => {
  it('a counter that puts phone inquiries through to the person in charge is counter work', async () => {
    const r = await run(posting('銀行の窓口スタッフ', '窓口にお越しになったお客様の入出金と振込のお手続きを担当します。お電話でのお問い合わせは、担当の係へおつなぎします。'));
    expect(r).toMatchObject({ jobType: 'other', callCenter: false });
  });
  it('but a desk that answers and passes on only what it cannot answer stays inbound', async () => {
    const r = await run(posting('お客様相談室スタッフ', 'お客様からのお電話を受けて、商品のご質問にお答えします。専門的なご質問は、担当者へおつなぎします。'));
    expect(r).toMatchObject({ jobType: 'inbound', callCenter: true });
  });
  it('and complaints passed up to a supervisor were heard first', async () => {
    const r = await run(posting('お客様窓口スタッフ', 'お客様からのお電話を受けて、ご注文を承ります。クレームは責任者に引き継ぎます。'));
    expect(r.signals.complaints).toBe(true);
  });
});

describe('counters and titles that name other work', () => {
  it('a city-hall counter with phone inquiries among its tasks is counter work', async () => {
    const r = await run(posting('市民課窓口の事務補助', '証明書の交付、転入届の受付、電話によるお問い合わせへの対応、窓口のご案内をお願いします。'));
    expect(r).toMatchObject({ jobType: 'other', callCenter: false });
  });
  it("a call center's systems engineer and a lathe operator are not operators", async () => {
    const se = await run(posting('【社内SE】コールセンターのシステム担当', 'コールセンターの電話システムの運用・保守と、オペレーターのPCのキッティングを担当します。'));
    expect(se).toMatchObject({ jobType: 'other', callCenter: false });
    const lathe = await run(posting('NC旋盤オペレーター', '自動車部品を削るNC旋盤の操作をお任せします。'));
    expect(lathe).toMatchObject({ jobType: 'other', callCenter: false });
  });
  it('airport customer service at the counter is counter work', async () => {
    const r = await run(posting('空港カスタマーサービス（グランドスタッフ）', '空港のカウンターでのチェックイン手続き、搭乗口でのご案内をお任せします。'));
    expect(r).toMatchObject({ jobType: 'other', callCenter: false });
  });
  it('a repairer titled カスタマーサポート who visits homes, sent jobs by the support center, is field work', async () => {
    const r = await run(posting('カスタマーサポート（訪問修理スタッフ）', '故障したお客様のご自宅へ伺い、点検と修理を行います。修理のご依頼は受付センターから届きます。'));
    expect(r).toMatchObject({ jobType: 'other', callCenter: false });
  });
  it('headings in single angle brackets (〈仕事内容〉) head their sections', async () => {
    const r = await run('コールセンターのシステム担当\n〈業務内容〉\n電話システムの運用・保守を担当します。\n〈勤務地〉\n仙台市');
    expect(r.flags.find((f) => f.text === '運用・保守')?.section).toBe('job');
  });
});

describe('sales named without 営業', () => {
  it('titles of sales jobs (MR, アカウントエグゼクティブ, カーライフアドバイザー, 提案スタッフ, 代理店開拓) are sales', async () => {
    for (const [title, job] of [
      ['MR（医薬情報担当者）', '担当エリアの医師に自社の医薬品の情報をお伝えします。'],
      ['アカウントエグゼクティブ（広告）', '企業のマーケティング担当者様に、動画広告のプランをご提案します。'],
      ['カーライフアドバイザー', 'ご来店のお客様に新型車のご説明と試乗のご案内をします。'],
      ['法人向けソリューション提案スタッフ', '中小企業の経営者様に、クラウド会計をご提案します。'],
      ['代理店開拓スタッフ', '浄水器を扱っていただく販売代理店を増やす仕事です。'],
    ]) {
      expect(await run(posting(title!, job!)), title).toMatchObject({ jobType: 'sales', callCenter: false });
    }
  });
});

describe('example postings of our own, round 5 (tests/fixtures/roles/expected-5.json)', () => roleFixtureTests('expected-5.json'));
