// Stop 80: readings taken from the tuned halves of the blind sets, each pinned by pages of our own that fail on the
// start code (3b91fb68), with a control beside each that passes on both.
import { describe, expect, it } from 'vitest';
import { posting, postingWithRequirements as page, run } from './helpers';

describe('complaints whose desk is elsewhere, or that this job does not take', () => {
  const collections = (extra: string) => page('カード代金のお支払いご案内（発信）', `お支払いが遅れている会員様へこちらからお電話し、お支払い日をお約束いただきます。\n${extra}`);
  it('苦情の窓口は別部署にあり: another desk hears them', async () => {
    expect((await run(collections('会員様からの苦情の窓口は別部署（お客様相談室）にあります。'))).signals.complaints).toBe(false);
  });
  it('苦情は…この仕事では受けません: said not to be this job\'s', async () => {
    const r = await run(page('ネット回線のお問い合わせ窓口（受信）', 'お客様からのお電話を受け、設定の手順をご案内します。\nクレームのお電話は本社に届くので、このお仕事では扱いません。'));
    expect(r.signals.complaints).toBe(false);
  });
  it('苦情の一次対応もこの仕事で: still the job\'s', async () => {
    expect((await run(collections('会員様からの苦情にも、まずはこの仕事でお応えします。'))).signals.complaints).toBe(true);
  });
});

describe('complaints the job hears first, before a later step goes to another team', () => {
  const desk = (extra: string) => page('ネット回線のお問い合わせ窓口（受信）', `お客様からのお電話を受け、つながらないときの確認手順をご案内します。\n${extra}`);
  it('ご不満を最初にうかがうこともありますが、…は技術部署に引き継ぎます: heard first', async () => {
    expect((await run(desk('つながらないことへのご不満を最初にうかがうこともありますが、回線の詳しい調査は技術担当の部署に引き継ぎます。'))).signals.complaints).toBe(true);
  });
  it('ご不満は専任の部署に引き継ぎます, all of it passed on: not the job\'s', async () => {
    expect((await run(desk('ご不満のお電話は、専任の部署におつなぎします。'))).signals.complaints).toBe(false);
  });
});

describe('a collections target named by the money it brings in', () => {
  it('チームとして入金目標があり（個人ノルマはありません）: a target all the same', async () => {
    const r = await run(page('お支払いご案内スタッフ（督促・発信）', 'お支払い期日を過ぎたお客様へお電話し、ご入金のお願いをします。\nチームとして月ごとの入金目標があり、夕礼で進み具合を確かめます（個人ノルマはありません）。'));
    expect(r.quota).toBe('stated');
  });
  it('個人ノルマはありません alone stays a denial', async () => {
    const r = await run(page('お支払いご案内スタッフ（督促・発信）', 'お支払い期日を過ぎたお客様へお電話し、ご入金のお願いをします。\n個人ノルマはありません。'));
    expect(r.quota).toBe('negated');
  });
});

describe('the head of the workplace quoted under the posting speaks of the job', () => {
  const shop = (quote: string) => page('洋菓子店の販売スタッフ', `ケーキや焼き菓子を箱に詰め、お会計をします。\n${quote}`);
  it('「…ノルマはありませんし、…先輩が教えます。」（店長・宮本）: the job\'s denial and training', async () => {
    const r = await run(shop('「販売のノルマはありませんし、最初の1週間は私か先輩が横について教えます。」（店長・宮本）'));
    expect(r.quota).toBe('negated');
    expect(r.signals.manualTraining).toBe(true);
  });
  it('a colleague in another role quoted the same way still speaks of their own job', async () => {
    const r = await run(shop('「毎月の売上目標を追いかけるのが、やりがいです。」（法人営業 主任）'));
    expect(r.quota).not.toBe('stated');
  });
});

describe('pay said not to follow results', () => {
  const desk = (extra: string) => page('通販のご注文受付（受信）', `ご注文のお電話を受けて入力します。\n【給与】時給1,350円\n${extra}`);
  it('件数によって時給が変わることもない: no results pay', async () => {
    const r = await run(desk('販売件数によって時給が変わることもないので、落ち着いて対応できます。'));
    expect(r.pay?.incentive.kind).toBe('none');
    expect(r.signals.incentive).toBe(false);
  });
  it('件数によって時給が変わります: results pay', async () => {
    const r = await run(desk('販売件数によって時給が変わります。'));
    expect(r.pay?.incentive.kind).toBe('plus');
  });
});

describe('a target told as the reason the speaker changed jobs', () => {
  const interview = (answer: string) => page('保険のお客様窓口（電話）', `ご契約者様からのお電話を受け、手続きをご案内します。\n窓口の担当者に販売ノルマはありません。\n\n社員インタビュー（入社2年目）\n――入社のきっかけは？\n${answer}`);
  it('…では売上目標に追われていて、…と思ったのがきっかけです: the job left', async () => {
    expect((await run(interview('雑貨店の仕事では毎月の売上目標に追われていて、もっとお話を聞く仕事がしたいと思ったのがきっかけです。ここは販売をしない窓口なので安心です。'))).quota).toBe('negated');
  });
  it('a target of this job told by a colleague stays a target', async () => {
    expect((await run(interview('ここでは毎月の売上目標があり、それを追いかけるのがやりがいです。'))).quota).toBe('stated');
  });
});

describe('another role as the topic when the title names the role only inside a longer name', () => {
  const office = (extra: string) => page('営業事務（正社員）｜採用情報｜株式会社ミナミ設備', `見積書の作成や発注の手配をします。\n${extra}`);
  it('「営業は毎月の売上目標を追いかけるので…」 under 営業事務: the salespeople\'s target', async () => {
    expect((await run(office('「営業は毎月の売上目標を追いかけるので、月末は事務のサポートが頼りです。」'))).quota).not.toBe('stated');
  });
  it('営業事務は…目標があります: the job\'s own', async () => {
    expect((await run(office('営業事務は毎月の処理件数の目標があります。'))).quota).toBe('stated');
  });
  it('営業は…目標 under a title that names the salesperson (営業マン募集): the job\'s own', async () => {
    const r = await run(page('ルート営業マン募集（正社員）', '担当エリアの取引先を回ります。\n営業は毎月の売上目標を追いかけます。'));
    expect(r.quota).toBe('stated');
  });
});

describe('the late payer as the one who calls in', () => {
  it('お支払いが遅れている方からのご相談 at an answering desk: inbound, not collections', async () => {
    const r = await run(page('カード会員さまのお問い合わせ窓口（受信）', 'カード会員さまからのお電話を受け、次のご案内をします。\n・ご利用明細やポイントのご案内\n・お支払いが遅れている方からのご相談、ご不満やクレームの一次対応'));
    expect(r.jobType).toBe('inbound');
  });
  it('お支払いが遅れている方へお電話: collections, calling out', async () => {
    const r = await run(page('カード会員さまのお支払いご案内', 'お支払いが遅れている方へこちらからお電話し、お支払い日を確認します。'));
    expect(r.jobType).toBe('outbound');
  });
});

describe('complaint words in other senses and complaints another desk takes (round 2)', () => {
  it('自動車保険のクレーム処理: an insurance claim, not a complaint', async () => {
    const r = await run(page('【損保事務】自動車保険のクレーム処理（保険金お支払いの事務）', '事故の報告書と修理の見積書を照らし合わせ、保険金のお支払いに必要な書類をそろえます。\nお電話は1日数件ほどです。'));
    expect(r.signals.complaints).toBe(false);
  });
  it('クレーム対応 at an insurer\'s customer desk stays a complaint', async () => {
    const r = await run(page('保険会社のお客様窓口（受信）', 'ご契約者様からのお電話を受け、手続きをご案内します。\n保険金についてのクレーム対応もあります。'));
    expect(r.signals.complaints).toBe(true);
  });
  it('◆クレームが心配な方へ◆ as a heading: the reader\'s worry, answered below', async () => {
    const r = await run(page('テレアポスタッフ（発信）', 'リストの企業様へお電話し、訪問のアポイントをお取りします。\n◆クレームが心配な方へ◆\n強い口調のお客様には、すぐに社員が電話を代わります。'));
    expect(r.signals.complaints).toBe(false);
  });
  it('ハラスメント・苦情のご相談 on an agency page: the staff\'s own window', async () => {
    const r = await run(page('社内ヘルプデスク（派遣）', '社員の方からのパソコンの操作についてのお問い合わせに、お電話でお答えします。\n【スタッフ相談窓口】お仕事の悩み、ハラスメント・苦情のご相談を受け付けます。\n派遣先苦情処理担当者：総務部　係長'));
    expect(r.signals.complaints).toBe(false);
  });
  it('ご不満は…センターが専門にお受けします: another desk takes them', async () => {
    const r = await run(page('生命保険の訪問営業', 'ご担当の地区のお客様を訪問し、保障の見直しをご提案します。\nお手続きへのご不満は、お客様サービスセンターが専門にお受けします。'));
    expect(r.signals.complaints).toBe(false);
  });
});

describe('a shop counter\'s targets are the shop\'s, not a seller\'s', () => {
  const shop = (extra: string) => page('携帯ショップの店舗スタッフ（受付）', `ご来店のお客様の受付と、料金プランのご案内をします。\n・来店受付と番号札のご案内\n・カウンターでの接客、故障の受付\n${extra}`);
  it('獲得目標 and 獲得件数に応じたインセンティブ at a counter with no selling named: other', async () => {
    expect((await run(shop('店舗ごとに光回線の獲得目標があり、獲得件数に応じてインセンティブを支給します。'))).jobType).toBe('other');
  });
  it('the same page where the job itself proposes and sells: sales', async () => {
    expect((await run(shop('売り場でお客様にお声がけし、光回線の契約をご提案します。獲得件数に応じてインセンティブを支給します。'))).jobType).toBe('sales');
  });
});

describe('a trade named as the kind of workplace, and sales staff the job supports', () => {
  it('賃貸仲介店のカウンター事務 supporting 営業スタッフ: office work', async () => {
    const r = await run(page('【不動産事務】賃貸仲介店のカウンター事務', '不動産店で、営業スタッフのサポートをお願いします。\n・契約書の作成、物件情報の入力\n・ご来店のお客様へのお茶出し'));
    expect(r.jobType).toBe('other');
  });
  it('賃貸仲介の営業 as the job: sales', async () => {
    const r = await run(page('賃貸仲介の営業スタッフ', 'ご来店のお客様にお部屋をご紹介し、内見にご案内します。'));
    expect(r.jobType).toBe('sales');
  });
});

describe('training offered as a perk', () => {
  it('eラーニング無料受講 among the benefits: no onboarding said', async () => {
    const r = await run(page('受発注事務', '注文書をシステムに入力し、納期を確認します。\n【待遇】社会保険完備、eラーニング無料受講'));
    expect(r.signals.manualTraining).toBe(false);
  });
  it('eラーニングで業務を学べます: onboarding', async () => {
    const r = await run(page('受発注事務', '注文書をシステムに入力し、納期を確認します。\n入社後はeラーニングで業務の流れを学べます。'));
    expect(r.signals.manualTraining).toBe(true);
  });
});

describe('pay lines of a training period, of experience steps and of a job-centre form', () => {
  it('同行研修の期間中は、1日8,000円の研修手当: training pay beside commission-only pay', async () => {
    const r = await run(posting('電気の切り替えご提案スタッフ（訪問）', 'ご家庭を訪問し、電気料金のプランをご提案します。', '【報酬】\n完全歩合制（固定給はありません）\n成約1件につき5,000円\n◆研修\nはじめに3日間の同行研修があります。先輩の訪問に同席して流れを学びます。同行研修の期間中は、1日8,000円の研修手当をお支払いします。'));
    expect(r.pay?.training).toMatchObject({ unit: 'day', min: 8000 });
    expect(r.pay?.base?.unit).toBe('piece');
    expect(r.pay?.incentive.kind).toBe('only');
  });
  it('a training pay under the steps of the base range belongs to the base', async () => {
    const r = await run(posting('テレアポスタッフ', 'お電話でアポイントをお取りします。', '【給与】\n時給1,600円〜1,800円\n・未経験の方：時給1,600円\n・経験1年以上の方：時給1,700円\n※研修期間（最初の3日間）は時給1,400円'));
    expect(r.pay?.training).toMatchObject({ unit: 'hour', min: 1400 });
  });
  it('a training pay under another role\'s line stays that role\'s', async () => {
    const r = await run(posting('テレアポスタッフ', 'お電話でアポイントをお取りします。', '【給与】\n時給1,600円〜1,800円\n【SVの方】時給2,000円\n※研修期間は時給1,400円'));
    expect(r.pay?.training).toBeNull();
  });
  it('a bare 月額 row above the 基本給 (a) row: the total with allowances, the base is a', async () => {
    const r = await run(posting('コールセンターSV', 'オペレーターの応対を支えます。', '賃金・手当\n月額　190,000円〜210,000円\na 基本給（月額平均）又は時間額　180,000円〜200,000円\nb 定額的に支払われる手当　業務手当　10,000円\n賃金形態等　月給'));
    expect(r.pay?.base).toMatchObject({ unit: 'month', min: 180000, max: 200000 });
  });
  it('基本給（月額平均）又は時間給: the amount\'s size gives its unit', async () => {
    const r = await run(posting('コールセンターSV', 'オペレーターの応対を支えます。', '■賃金・手当\n賃金形態等　月給\na　基本給（月額平均）又は時間給　185,000円〜213,000円\nb　定額的に支払われる手当　事務手当　12,000円\n月額（a＋b）　197,000円〜225,000円'));
    expect(r.pay?.base).toMatchObject({ unit: 'month', min: 185000, max: 213000 });
  });
  it('a bare 日額 row of a 日給 job stays the pay', async () => {
    const r = await run(posting('コールセンター（日給）', 'お電話を受けます。', '賃金\n賃金形態　日給\n日額　9,200円～10,000円\na 基本給（月額平均）又は時間額　202,400円～220,000円'));
    expect(r.pay?.base).toMatchObject({ unit: 'day', min: 9200, max: 10000 });
  });
});

describe('a team target beside a denial of personal quotas (round 3)', () => {
  it('個人のノルマはありませんが、チームで月間の契約件数の目標を立てています: stated', async () => {
    const r = await run(page('ショッピングモールのブース営業', '買い物中のお客様に声をかけ、光回線のプランをご提案します。\n個人のノルマはありませんが、チームで月間の契約件数の目標を立てています。'));
    expect(r.quota).toBe('stated');
  });
  it('ノルマはありません with no target beside it stays a denial', async () => {
    const r = await run(page('ショッピングモールのブース営業', '買い物中のお客様に声をかけ、光回線のプランをご提案します。\nノルマはありません。'));
    expect(r.quota).toBe('negated');
  });
});

describe('words of the hiring step and of the people the job hires (round 3)', () => {
  it('面接日時はこちらからお電話でご連絡します under 【応募】: no calls of the job', async () => {
    const r = await run(posting('システム監視スタッフ', '監視画面をチェックし、警告が出たら手順書どおりに確認します。\nお客様対応はありません。', '【給与】時給1,250円\n【応募】\nWEB応募は24時間受付中です。\n面接日時はこちらからお電話でご連絡します。'));
    expect(r.callCenter).toBe(false);
    expect(r.jobType).toBe('other');
  });
  it('応募者の方へ面接日程のご連絡をお電話でします as the duty: the job\'s calls', async () => {
    const r = await run(page('採用アシスタント', '応募者の方へ面接日程のご連絡をお電話でします。1日60件ほど、こちらからおかけします。'));
    expect(r.jobType).toBe('outbound');
  });
  it('コールセンタースタッフの採用をお任せします: a recruiter for the center, not center work', async () => {
    const r = await run(page('人事（採用担当）｜コールセンタースタッフの採用をお任せします', '市内で運営するコールセンター3拠点の受託が増えています。\nコールセンターで働くオペレーター・SVの採用を担当していただきます。\n応募者の方への日程のご連絡はメールが中心です。'));
    expect(r.callCenter).toBe(false);
    expect(r.jobType).toBe('other');
  });
});

describe('opening days, recordings, desks and heads that take complaints (round 3)', () => {
  it('（センターは平日のみ営業） under an SV post: opening days, not sales', async () => {
    const r = await run(page('銀行コールセンターのスーパーバイザー（SV）', 'オペレーター12名のチームをまとめ、応対中の質問に答えます。\n土日祝休み（センターは平日のみ営業）'));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(true);
  });
  it('録音の中にはクレームを受けている通話もありますが、…評価する立場です: not heard', async () => {
    const r = await run(page('通話品質チェックスタッフ', '通話録音を聞いて、応対の品質を評価シートでチェックします。\n録音の中にはお客様からのクレームを受けている通話もありますが、あくまで応対を評価する立場です。'));
    expect(r.signals.complaints).toBe(false);
  });
  it('…ご相談や苦情は、お客様相談室へ引き継ぎます: the desk named takes them', async () => {
    const r = await run(page('SNS運用スタッフ', '投稿の企画と画像の編集をします。コメントの確認もお願いします。\n肌トラブルのご相談や苦情は、お客様相談室へ引き継ぎます。'));
    expect(r.signals.complaints).toBe(false);
  });
  it('…ご不満は、各店舗のサービス工場長が直接お話を伺います: the head takes them', async () => {
    const r = await run(page('車検・点検の予約センター（受発信）', 'お客様からの予約のお電話を受け、点検時期のお客様へこちらからご案内のお電話をします。\n修理の仕上がりについてのご不満は、各店舗のサービス工場長が直接お話を伺います。'));
    expect(r.signals.complaints).toBe(false);
  });
});

describe('service levels a future role manages, a company\'s prices, and costs inside the pay (round 3)', () => {
  it('その先は、応答率やシフトを管理するSVを目指すことも可能です: the SV\'s figures, not a target', async () => {
    const r = await run(page('インターネット回線サポート（受信）リーダー候補', 'お客様からのお電話を受け、接続の設定をご案内します。\nその先は、応答率やシフトを管理するSVを目指すことも可能です。'));
    expect(r.quota).toBe('absent');
  });
  it('※当社の工事は1件あたり50万円～: the company\'s price, not results pay', async () => {
    const r = await run(page('工務店の経理事務', '請求書の発行と入金の確認をします。\n※当社の工事は1件あたり50万円～3,000万円程度。'));
    expect(r.signals.incentive).toBe(false);
  });
  it('交通費・ガソリン代などの経費は報酬に含まれ、別途の支給はありません: none on top', async () => {
    const r = await run(posting('訪問契約スタッフ（業務委託）', 'ご家庭を訪問して契約のご案内をします。', '【報酬】完全出来高制　1契約につき15,000円～\n経費：交通費・ガソリン代などの経費は報酬に含まれ、別途の支給はありません。'));
    expect(r.pay?.commute.kind).toBe('none');
  });
  it('初任給実績 in the company profile is never the pay', async () => {
    const r = await run(posting('コールセンタースタッフ', 'お客様からのお電話を受けます。', '【給与】時給　経験により優遇\n【会社概要】\n初任給実績　月給21万円（大卒）\n資本金　5,000万円'));
    expect(r.pay?.base?.min ?? null).toBeNull();
  });
});

describe('pay by the result beside other openings and its best month (round 4)', () => {
  const page4 = (extra: string) => posting('在宅アポインター（業務委託）', 'ご自宅のパソコンから企業へお電話し、面談のアポイントをお取りします。', `■報酬\n1アポイントあたり2,500円（完全成果報酬）\n※初回オンライン研修（2時間）には、研修報酬として時給1,200円をお支払いします\n${extra}`);
  it('a piece rate with a training pay beside it: the piece rate is the base (control)', async () => {
    const r = await run(page4(''));
    expect(r.pay?.training).toMatchObject({ unit: 'hour', min: 1200 });
    expect(r.pay?.base).toMatchObject({ unit: 'piece', min: 2500 });
    expect(r.pay?.incentive.kind).toBe('only');
  });
  it('■そのほかの募集 after the company profile: that opening\'s 時給 is not this job\'s', async () => {
    const r = await run(page4('■会社概要\n株式会社サンプルコール\n設立：2015年\n\n■そのほかの募集\n・オフィスでのアポインター（アルバイト）時給1,250円＋アポ手当'));
    expect(r.pay?.base).toMatchObject({ unit: 'piece', min: 2500 });
  });
  it('昨年の最高報酬は月90万円: what the best earned, not the pay', async () => {
    const r = await run(posting('訪問営業パートナー（業務委託）', 'ご家庭を訪問し、太陽光パネルをご提案します。', '【報酬】\n完全歩合制：ご契約1件につき30,000円\n※固定給はありません\n【こんな方に】\n・未経験でも稼ぎたい方（昨年の最高報酬は月90万円）'));
    expect(r.pay?.base).toMatchObject({ unit: 'piece', min: 30000 });
  });
});

describe('e-learning among the benefits, and a tenth of calls said after a turn (round 4)', () => {
  it('…健康診断、派遣スタッフ向けのeラーニング: a perk', async () => {
    const r = await run(page('営業事務（受発注）', '見積書の作成と受発注の入力をします。\n【待遇】社会保険完備、有給休暇、健康診断、派遣スタッフ向けのeラーニング'));
    expect(r.signals.manualTraining).toBe(false);
  });
  it('折り返しのお電話を受けることもありますが、全体の1割ほど: an outbound desk', async () => {
    const r = await run(page('住宅展示場ご来場予約のお電話スタッフ', '資料請求をいただいたお客様へお電話し、展示場の見学をおすすめします。\nお客様からの折り返しのお電話を受けることもありますが、全体の1割ほどです。\n1日の発信は80件ほど。'));
    expect(r.jobType).toBe('outbound');
  });
  it('the same calls said to be half of the work: both directions', async () => {
    const r = await run(page('住宅展示場ご来場予約のお電話スタッフ', '資料請求をいただいたお客様へお電話し、展示場の見学をおすすめします（全体の半分）。\nお客様からのご予約のお電話を受けるのが、残りの半分です。'));
    expect(r.jobType).toBe('mixed');
  });
});

describe('a lapse of activity, an allowance\'s line, and complaints written down for another (round 5)', () => {
  it('稼働がまったくない月が続いた場合は、契約の更新についてご相談: no bar of results', async () => {
    const r = await run(page('在宅テレアポスタッフ（業務委託）', '企業リストへお電話し、面談のアポイントをお取りします。\nノルマはありません。\nQ．成果が出ない月が続くと、契約は打ち切られますか？\nA．稼働がまったくない月が3か月続いた場合は、契約の更新についてご相談することがありますが、アポイントの件数を理由に契約を終了することはありません。'));
    expect(r.quota).toBe('negated');
  });
  it('アポ件数が基準に届かない場合は契約を更新しません: a bar of results', async () => {
    const r = await run(page('在宅テレアポ（業務委託）', '企業リストへお電話し、面談のアポイントをお取りします。\n3ヶ月続けてアポ件数が基準に届かない場合は、契約を更新しません。'));
    expect(r.quota).toBe('stated');
  });
  it('資格手当：…（がんばった分だけ手当で応援します）: an allowance, not results pay', async () => {
    const r = await run(page('経理スタッフ', '月次決算と請求書の発行をします。\n資格手当：簿記2級など（がんばった分だけ手当で応援します）'));
    expect(r.signals.incentive).toBe(false);
  });
  it('ご不満の声は…記録してディーラーへお渡しします。その場でお詫びや説明をすることはありません。: not heard out', async () => {
    const r = await run(page('お客様アンケートのお電話スタッフ', 'ご来店いただいたお客様へこちらからお電話し、満足度のアンケートをお願いします。\n「待ち時間が長かった」などのご不満の声は、いただいた言葉のまま記録してディーラーへお渡しします。その場でお詫びや説明をすることはありません。'));
    expect(r.signals.complaints).toBe(false);
  });
  it('お怒りの…お電話もありますが、まずはスタッフがうかがい…。ひとりで対応することはありません。: heard first', async () => {
    const r = await run(page('水まわり修理の受付（受信）', 'お客様からの修理のご依頼をお電話で受け付けます。\n到着の遅れにお怒りのお客様からのお電話もありますが、まずは受付スタッフがお話をうかがい、必要なら社員に引き継ぎます。\nひとりで対応することはありません。'));
    expect(r.signals.complaints).toBe(true);
  });
});
