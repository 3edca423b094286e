// Stop 74: a harsh answer from someone the job calls is refusal, not complaints; payment reminders in soft words
// (お支払いが確認できていないお客様へ, 納め忘れ, お支払い予定日をうかがう) are collections; orders taken by phone; second-line
// IT support is no complaint handling; a welcome narrowed to the industry (業界は未経験歓迎); 営業時間 in a title. Pages of
// our own.
import { describe, expect, it } from 'vitest';
import { flagKeys, posting, run } from './helpers';
import { titleLooksLikeJob } from '../lib/analysis/decide/posting';
import { splitSentences } from '../lib/text/sentences';
import { findSections } from '../lib/text/sections';

/** A posting of our own in the common field order. */
const page = (title: string, job: string) =>
  posting(title, job, '【給与】時給1,300円\n【勤務地】愛知県名古屋市中区\n【勤務時間】10:00〜19:00（シフト制）\n【応募方法】応募フォームからご応募ください。');

describe('harsh words: refusal where the job calls, complaints where customers call', () => {
  it('outbound sales: 強い口調で言い返されることもあります is no complaint handling: its own reason, the refusal said harshly', async () => {
    const r = await run(page('光回線のご案内スタッフ（発信）', '既存のお客様に、こちらからお電話して新しい光回線プランをご案内します。\n1日60件ほど発信します。お客様によっては強い口調で言い返されることもありますが、気持ちを切り替えて次のお電話へ。'));
    expect(r.jobType).toBe('outbound');
    expect(r.signals.complaints).toBe(false);
    expect(r.reasons.map((x) => x.id)).not.toContain('complaints');
    const harsh = r.reasons.find((x) => x.id === 'refusal.harsh');
    expect(harsh?.effect.stress).toBe(1);
    expect(r.questions.map((q) => q.id)).not.toContain('complaints');
  });
  it('inbound desk: 感情的になられるお客様もいらっしゃいます is complaints taken', async () => {
    const r = await run(page('水道トラブル受付センター（受信）', '水漏れや詰まりでお困りのお客様からのお電話を受け、作業員の手配をします。\n急なトラブルなので、感情的になられるお客様もいらっしゃいます。'));
    expect(r.jobType).toBe('inbound');
    expect(r.signals.complaints).toBe(true);
    expect(r.reasons.map((x) => x.id)).not.toContain('refusal.harsh');
  });
  it('outbound with クレーム stated is complaints still', async () => {
    const r = await run(page('定期便のご継続案内（発信）', '定期便をご利用のお客様へお電話し、継続のご案内をします。\n商品へのクレームをお受けすることもあり、その際は内容を記録して担当部署へつなぎます。'));
    expect(r.jobType).toBe('outbound');
    expect(r.signals.complaints).toBe(true);
  });
});

describe('payment reminders in soft words', () => {
  it('お支払いが確認できていないお客様へ、お電話でご連絡: collections', async () => {
    const r = await run(page('お支払い確認スタッフ', '携帯電話のご利用料金について、お支払いが確認できていないお客様へ、お電話でご連絡します。\n1日50件ほど発信します。'));
    expect(r.signals.collections).toBe(true);
    expect(r.jobType).toBe('outbound');
  });
  it('納め忘れがある方へお電話し、お支払い予定日をうかがう: collections', async () => {
    const r = await run(page('保険料のご案内スタッフ', '保険料の納め忘れがある方へお電話をかけ、お支払い予定日をうかがいます。'));
    expect(r.signals.collections).toBe(true);
  });
  it('経理: 入金が確認できない取引先へ確認 is no collections desk', async () => {
    const r = await run(page('経理事務スタッフ', '請求書の発行と入金の消込をお願いします。\n入金が確認できない取引先へは、メールで確認します。'));
    expect(r.signals.collections).toBe(false);
    expect(flagKeys(r).filter((k) => k.startsWith('collections.'))).toEqual([]);
  });
});

describe('orders taken by phone', () => {
  it('お電話でご注文を受けるお仕事: inbound', async () => {
    const r = await run(page('【通販の受注スタッフ】お電話でご注文を受けるお仕事', '青汁や健康茶のご注文をお客様からのお電話で受け、画面に入力していきます。'));
    expect(r.jobType).toBe('inbound');
    expect(r.callCenter).toBe(true);
  });
  it('phone bookings counted light in the bracket that closes their line are a side task of the counter', async () => {
    const r = await run(page('整骨院の受付スタッフ', '・受付で保険証を確認\n・お電話でのご予約を受け、日程を調整します（1日5件ほど）\n・会計'));
    expect(r.callCenter).toBe(false);
    expect(r.jobType).toBe('other');
  });
});

describe('second-line support in IT is not complaints', () => {
  it('二次対応のエンジニアへ引き継ぎます: no complaint handling, no leading of operators', async () => {
    const r = await run(page('社内ヘルプデスク（電話）', '社員からのパソコンやシステムのお問い合わせを電話でお受けします。\n解決できないものは、内容を整理して二次対応のエンジニアへ引き継ぎます。'));
    expect(r.signals.complaints).toBe(false);
    expect(flagKeys(r).filter((k) => k.startsWith('complaints.') || k.startsWith('management.'))).toEqual([]);
  });
  it('クレームの二次対応 as the job is still complaints', async () => {
    const r = await run(page('お客様相談室 二次対応スタッフ', 'オペレーターから引き継いだクレームの二次対応をお任せします。お客様からのお電話をお受けし、ご事情を伺います。'));
    expect(r.signals.complaints).toBe(true);
  });
});

describe('a welcome narrowed to the industry', () => {
  it('営業経験3年以上必須 beside 物流業界は未経験歓迎です: no beginner welcome', async () => {
    const r = await run(page('法人営業（物流システム）', '倉庫会社に在庫管理システムを提案する法人営業です。\n【応募資格】\n・法人営業の経験3年以上\n※物流業界は未経験歓迎です。'));
    expect(r.signals.experienceRequired).toBe(true);
    expect(r.signals.beginnerOk).toBe(false);
  });
});

describe('営業 in a title', () => {
  it('営業時間のお知らせ names no job; 営業スタッフ does', () => {
    expect(titleLooksLikeJob('【営業時間変更のお知らせ】カフェ こもれび\n来月より営業時間が変わります。')).toBe(false);
    expect(titleLooksLikeJob('ルート営業（未経験OK）\n株式会社みなと商事')).toBe(true);
  });
});

describe('a note in brackets belongs to its sentence', () => {
  it('メモに書く（会社からが多いです。1日10本くらい）: one sentence, and the calls it counts are light', async () => {
    const line = '・お電話でのご注文を受けて、メモに書く(近くの会社さんからが多いです。1日10本くらい)';
    expect(splitSentences(line).map((s) => line.slice(s.start, s.end))).toEqual([line]);
    const r = await run(page('お弁当屋さんのスタッフ', '・お弁当をつめる、レジ、おそうじ\n・お電話でのご注文を受けて、メモに書く（近くの会社さんからが多いです。1日10本くらい）'));
    expect(r.callCenter).toBe(false);
  });
});

describe('English: experience of the work waived', () => {
  const english = (body: string) =>
    `Telemarketing Agent (Osaka)\nWhat you will do\n${body}\nPay\nJPY 1,300 per hour\nLocation\nOsaka, Kita-ku\nHow to apply\nApply with the form below.`;
  it('No telemarketing experience needed: beginners welcome', async () => {
    const r = await run(english('You will call small shops to book meetings for our sales team.\nNo telemarketing experience needed: we give you the script.'));
    expect(r.signals.beginnerOk).toBe(true);
  });
  it('Experience in collections is not necessary: beginners welcome; a licence not required is no welcome', async () => {
    const r = await run(english('You will call customers about overdue payments.\nExperience in collections is not necessary.'));
    expect(r.signals.beginnerOk).toBe(true);
    const licence = await run(english('You will call small shops to book meetings.\nA driver\'s license is not required.'));
    expect(licence.signals.beginnerOk).toBe(false);
  });
});

describe('a heading that names a role\'s work in its own words', () => {
  const text = '通販の受付オペレーター（SVも同時募集）｜時給1,200円\n株式会社しらかば通販\n\n<オペレーターのお仕事>\n通販をご利用のお客様からのお電話を受け、ご注文やお届け日の変更を承ります。\nおすすめのトークはなく、受信のみのお仕事です。\n\n<給与>\nオペレーター：時給1,200円\nSV：時給1,450円';
  it('<オペレーターのお仕事> heads the job', () => {
    const sections = findSections(text);
    const at = text.indexOf('お客様からのお電話');
    expect(sections.find((s) => s.start <= at && at < s.end)?.kind).toBe('job');
  });
  it('so the operator work under it is the job, not the SV line in the pay section', async () => {
    const r = await run(text);
    expect(r.jobType).toBe('inbound');
  });
  it('<会社のお仕事紹介> in a profile is no job heading', () => {
    const profile = '事務スタッフ\n株式会社しらかば\n\n<私たちの会社の仕事>\n創業50年、地域の物流を支えています。';
    const at = profile.indexOf('創業');
    expect(findSections(profile).find((s) => s.start <= at && at < s.end)?.kind).not.toBe('job');
  });
});

describe('a page that says it posts no opening itself', () => {
  it('このページでは個別の募集は行っていません: a city\'s explainer of its part-time posts, no badge', async () => {
    const text = [
      'パートタイム職員のご案内｜みなと市',
      '最終更新日：2026年4月1日',
      '市の窓口案内や事務補助などで、1年ごとに任用される職員です。',
      '勤務時間',
      '週20時間から30時間まで、職ごとに決めています。',
      '報酬・手当',
      '報酬は職ごとに時間額で定めます。通勤手当は距離に応じて支給します。',
      '任用期間',
      '採用日からその年度の3月31日までです。',
      '休暇',
      '年次有給休暇のほか、夏季休暇があります。',
      '応募資格',
      '職ごとの募集案内に書いています。',
      '募集について',
      '募集中の職は「職員採用」のページでご確認ください。なお、このページでは個別の募集は行っていません。',
      'お問い合わせ',
      'みなと市 人事課　電話：0120-000-111',
    ].join('\n');
    const r = await run(text);
    expect(r.posting).toBe(false);
  });
});

describe('leading a team of callers', () => {
  it('インサイドセールスのチームリーダー｜メンバー6名のマネジメント: managing callers, other, call-center work', async () => {
    const r = await run(page('インサイドセールスのチームリーダー｜メンバー6名のマネジメント', '資料請求をいただいた企業へお電話し、商談を設定するインサイドセールスチームのリーダーです。\n・メンバー6名のマネジメントと、架電数・商談数のKPI管理\n・メンバーへのフィードバック面談\nご自身で電話をかけるのは、新人の手本を見せるときだけです。'));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(true);
  });
});

describe('a service page with words of work and no fields', () => {
  it('a city\'s consumer-advice phone page is no posting; a short post with pay is', async () => {
    const desk = await run('消費生活相談窓口のご案内｜しおさい市\n電話勧誘や訪問販売でお困りのときは、専門の相談スタッフがご相談に応じます。\n電話相談：0470-00-1234\n受付：月曜日〜金曜日 9:00〜16:00\n相談は無料です。お気軽にお電話ください。');
    expect(desk.posting).toBe(false);
    const post = await run('テレアポスタッフ募集！\n時給1,400円、未経験OK。お店や会社にお電話して、訪問の日程をお約束するお仕事です。\nお問い合わせはDMで。');
    expect(post.posting).toBe(true);
  });
});

describe('complaints as records the job works on', () => {
  it('苦情の記録を分類して集計する事務: no complaint handling; クレーム対応の記録を残す operator: handling', async () => {
    const clerk = await run(page('品質管理部の事務スタッフ', 'お客様相談室に届いた苦情の記録を、内容ごとに分類してExcelで集計します。\nお客様とお話しすることはありません。'));
    expect(clerk.signals.complaints).toBe(false);
    const desk = await run(page('お客様相談室スタッフ（受信）', 'お客様からのお電話を受け、商品へのご質問にお答えします。\nクレーム対応の記録をシステムに残すところまでが担当です。'));
    expect(desk.signals.complaints).toBe(true);
  });
});
