// Stop 70: calls a desk takes that this job is not at, a desk named only as where office work sits, a recruit FAQ that
// sends readers to the job pages, the pace of incoming calls beside ノルマなし, shares said past notes in brackets and
// a supervisor's center named as where the role sits. Pages of our own.
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

/** A posting of our own in the common field order: title, 仕事内容, then the conditions. */
const page = (title: string, job: string, pay = '時給1,250円', place = '埼玉県さいたま市', hours = '9:00〜18:00（シフト制）') =>
  `${title}\n【仕事内容】\n${job}\n【給与】${pay}\n【勤務地】${place}\n【勤務時間】${hours}\n【応募方法】応募フォームからご応募ください。`;

describe('calls taken at a desk this job is not at', () => {
  const patrol = (says: string) =>
    page('ロードサービス隊員（正社員）', `故障した車のもとへ作業車で向かい、現場でバッテリー交換やレッカー移動を行う仕事です。\n${says}\n先輩隊員と同乗して3か月ほど仕事を覚えます。`, '月給24万円〜');
  it('お客様からの電話の受付はセンターで行います, under a title that names no desk: the calls are the center\'s', async () => {
    const r = await run(patrol('お客様からの電話の受付はセンターで行います。'));
    expect(r.callCenter).toBe(false);
    expect(r.jobType).toBe('other');
  });
  it('a desk\'s operators named as who sends the job out (オペレーターから無線で出動の指示) are people beside it', async () => {
    const r = await run(patrol('受付センターのオペレーターから無線や携帯電話で出動の指示が入ります。'));
    expect(r.callCenter).toBe(false);
    expect(r.flags.some((f) => f.category === 'inbound' || f.category === 'callCenter')).toBe(false);
  });
  it('the same words under a title that names the desk (お客様センター受付スタッフ) are the job\'s own calls', async () => {
    const r = await run(page('お客様センター受付スタッフ', 'お客様からの電話の受付はセンターで行います。ご注文やお届け日のご相談に、マニュアルを見ながらお応えします。'));
    expect(r.callCenter).toBe(true);
    expect(r.jobType).toBe('inbound');
  });
});

describe('a desk named as where office work sits', () => {
  it('予約センター事務 over web bookings entered into the system is office work', async () => {
    const r = await run(
      page(
        '予約センター事務（Web予約の入力）',
        '市内に5院ある整骨院の予約センター事務として、予約フォームから届いたご予約をシステムに登録し、Excelで月ごとの件数をまとめます。\nお電話でのご予約は各院の受付スタッフが承っています。',
      ),
    );
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
  it('再配達・お問い合わせ受付 takes requests about deliveries; drivers named beside it are colleagues', async () => {
    const r = await run(
      page(
        '宅配便の再配達・お問い合わせ受付（千葉）',
        'お荷物を受け取るお客様からのお電話にお応えするお仕事です。\n・再配達のご依頼の受付\n・お届け日時の変更\nお荷物の状況を画面で確かめ、ドライバーのいる営業所へ連絡します。\n最初の3日間は研修があり、応対マニュアルもあります。',
      ),
    );
    expect(r.jobType).toBe('inbound');
    expect(r.callCenter).toBe(true);
    expect(r.flags.some((f) => f.id === 'office.other-work')).toBe(false);
  });
});

describe('a recruit site\'s FAQ that sends readers to the job pages', () => {
  const faq = (closing: string) =>
    [
      'よくあるご質問｜採用サイト｜株式会社みなみテレサービス',
      'Q．どんなお仕事がありますか？',
      'A．通販会社や保険会社のお客様窓口を運営しています。お仕事の中心は、かかってくるお電話にお応えする受信業務です。',
      'Q．時給はいくらですか？',
      'A．拠点やお仕事によって違います。札幌の受信業務では1,200円台からです。',
      'Q．週何日から働けますか？',
      'A．週3日から相談できるお仕事が多くあります。',
      'Q．研修はありますか？',
      'A．入社後4日間の座学と、SVが隣につくOJTがあります。',
      closing,
    ].join('\n');
  it('募集中のお仕事は各求人ページで, このページからの応募は受け付けておりません: no posting', async () => {
    const r = await run(faq('Q．応募はどこからできますか？\nA．募集中のお仕事は、求人サイトの各求人ページでご確認ください。このページからの応募は受け付けておりません。'));
    expect(r.posting).toBe(false);
  });
  it('an FAQ for one job that takes applications itself is still that job\'s posting', async () => {
    const r = await run(faq('Q．応募はどこからできますか？\nA．このページ下の応募フォームからどうぞ。札幌センターの受信スタッフとして、面接は1回です。'));
    expect(r.posting).toBe(true);
  });
});

describe('the pace of incoming calls beside ノルマなし', () => {
  it('1時間に4～6件が目安の流れです at an order desk with 販売のノルマもありません: the denial stands', async () => {
    const r = await run(page('ご注文受付スタッフ（在宅）', 'テレビ通販をご覧になったお客様からのお電話を受けて、ご注文をうかがいます。1時間に4～6件が目安の流れです。\nこちらからお電話をおかけすることはなく、販売のノルマもありません。'));
    expect(r.quota).toBe('negated');
  });
  it('calls the worker makes at a pace (1時間に30コールを目安にお電話) beside ノルマはありません are still pressure', async () => {
    const r = await run(page('光回線のご案内スタッフ（発信）', 'ノルマはありません。ただ、1時間に30コールを目安にお電話していただいています。'));
    expect(r.quota).toBe('stated');
  });
});

describe('a share said past notes in brackets', () => {
  it('受けるお電話（…）と、こちらからおかけするお電話（…）が半々くらい is a mixed desk', async () => {
    const r = await run(
      page(
        '予約センター受付スタッフ（自動車教習所）',
        '教習生のみなさんの予約を支える、予約センターの受付スタッフを募集します。教習のご予約や入校のお問い合わせに対応する予約センターでのお仕事です。\n受けるお電話（教習のご予約・変更、入校のお問い合わせ）と、こちらからおかけするお電話（資料をご請求いただいた方への入校のご案内）が半々くらいです。勤務時間のほとんどは電話の対応です。',
      ),
    );
    expect(r.jobType).toBe('mixed');
  });
});

describe('the center a supervisor runs, named as where the role sits', () => {
  it('SV（受発信センター／…）and 受発信センターで、SVとして: the center\'s directions are not the role\'s', async () => {
    const r = await run(
      page(
        'コールセンターSV（受発信センター／オペレーター25名）',
        '保険会社から受託している受発信センターで、SVとしてオペレーター約25名のチームをまとめていただきます。\nセンターでは、ご契約内容の変更のお電話を受ける受信と、更新のご案内をおかけする発信を行っています。\n・シフトの作成と人員配置\n・通話モニタリングとオペレーターへのフィードバック\n・難しいお客様からのお電話の引き継ぎ',
        '月給27万円〜',
      ),
    );
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(true);
  });
});

describe('the reader addressed as tired of it', () => {
  const remodel = (lead: string) =>
    page('リフォームの反響営業（正社員）', `${lead}\nお問い合わせをいただいたお客様のご自宅へ伺い、プランとお見積りをご提案します。`, '月給25万円〜');
  it('ノルマに追われる営業に疲れた方へ is the reader\'s past, not this job\'s quota', async () => {
    const r = await run(remodel('ノルマに追われる営業に疲れた方へ。'));
    expect(r.quota).toBe('absent');
  });
  it('a quota of this job said plainly still counts (月間の契約ノルマがあります)', async () => {
    const r = await run(remodel('月間の契約ノルマがあります。'));
    expect(r.quota).toBe('stated');
  });
});

describe('a guideline count that is not judged', () => {
  it('1日40件ほどの架電を目安にしていますが、件数による評価は行いません: the guideline binds nobody', async () => {
    const r = await run(page('特定健診のご案内スタッフ（発信）', 'まだ健診を受けていない方へお電話で受診をご案内します。1日40件ほどの架電を目安にしていますが、件数による評価は行いません。'));
    expect(r.quota).toBe('absent');
  });
});

describe('a heading drawn between rules', () => {
  it('──── ノルマについて ──── names a topic; the denial under it stands', async () => {
    const r = await run(page('ルート営業（正社員）', '取引先の小売店を営業車で定期的に訪問します。\n\n──── ノルマについて ────\n当社の営業職にノルマはありません。', '月給24万円〜'));
    expect(r.quota).toBe('negated');
  });
});

describe('an agency\'s page of sample jobs', () => {
  const samples = (note: string) =>
    [
      'コールセンターのお仕事例｜株式会社サンプルワークス 名古屋支店',
      `名古屋エリアで電話のお仕事を多数ご紹介しています。${note}`,
      '■お仕事例1　通販の注文受付',
      '時給目安：1,200円〜1,300円',
      'エリア：名古屋市中区',
      'お客様からのご注文のお電話を受け、画面に入力します。',
      '■お仕事例2　法人向けのアポイント獲得',
      '時給目安：1,350円〜＋インセンティブ',
      'エリア：名古屋市中村区',
      '企業にお電話し、営業担当との商談日程をお約束します。',
      'ご登録は登録会のご予約から。',
    ].join('\n');
  it('掲載しているのはお仕事の一例です。現在募集中の求人ではありません: no posting', async () => {
    const r = await run(samples('\n※掲載しているのはお仕事の一例です。現在募集中の求人ではありません。'));
    expect(r.posting).toBe(false);
  });
});

describe('a heading in two languages', () => {
  it('QUOTA / ノルマ on its own line names a topic; No quota. ノルマなし。 under it denies', async () => {
    const r = await run(page('Real estate leasing staff / 賃貸仲介スタッフ', 'Meet clients at our shop and show them rooms.\n\nQUOTA / ノルマ\nNo quota. ノルマなし。', '月給23万円'));
    expect(r.quota).toBe('negated');
  });
});
