// Stop 83: readings taken from the tuned halves of the blind sets, each pinned by pages of our own that fail on the
// start code (09017ec1), with a control beside each that passes on both.
import { describe, expect, it } from 'vitest';
import { posting, run } from './helpers';

describe('a short gloss in brackets after the work\'s noun does not shield it from the denial after it', () => {
  const backOffice = (line: string) =>
    posting('データ集計スタッフ（通販会社の事務所）', `通販会社の本社で、売上と在庫の数字を表にまとめるお仕事です。\n${line}\n・表計算ソフトで日ごとの売上表を作ります`);
  it('オペレーター業務（電話応対）はありません: no operator work', async () => {
    const r = await run(backOffice('＊オペレーター業務（お客様との電話応対）はありません。'));
    expect(r.flags.filter((f) => f.id === 'callCenter.operator').map((f) => f.polarity)).toEqual(['negated']);
    expect(r.callCenter).toBe(false);
  });
  it('テレアポ作業（新規のお客様）はありません: no cold calls', async () => {
    const r = await run(backOffice('＊テレアポ作業（新規のお客様）はありません。'));
    expect(r.flags.filter((f) => f.id === 'outbound.teleapo').map((f) => f.polarity)).toEqual(['negated']);
  });
  it('control: a bracket that states a count is no gloss, and the work stands', async () => {
    const r = await run(posting('テレアポスタッフ', '法人のお客様へ、新サービスのご案内のお電話をかけるお仕事です。\n＊テレアポ業務（1日80件）がメインです。'));
    expect(r.flags.filter((f) => f.id === 'outbound.teleapo').map((f) => f.polarity)).toContain('present');
    expect(r.jobType).toBe('outbound');
  });
});

describe('a desk named as the one whose back office the job is serves, it is not the work', () => {
  it('当社コールセンター（…のお問い合わせ窓口）のバックオフィスで: office work', async () => {
    const r = await run(
      posting('センタースタッフ（仙台）', '当社コールセンター（家電のお問い合わせ窓口）のバックオフィスで、日々の数字の取りまとめと会議資料づくりを担当していただきます。\n・出勤表の確認\n・備品の発注'),
    );
    expect(r.callCenter).toBe(false);
    expect(r.jobType).toBe('other');
  });
  it('control: a center\'s own desk, with no back office named, is the work', async () => {
    const r = await run(posting('受信スタッフ', '当社コールセンター（家電のお問い合わせ窓口）で、お客様からのお電話を受けていただきます。'));
    expect(r.callCenter).toBe(true);
    expect(r.jobType).toBe('inbound');
  });
});

describe('calls counted in a list of a desk\'s daily figures are data the job compiles', () => {
  it('受電件数、応答率、平均処理時間などの日次データの集計: no calls taken', async () => {
    const r = await run(
      posting('レポート作成スタッフ', 'センターの運営チームで、数字のまとめを担当します。\n・受電件数、放棄呼の数、平均通話時間などの日次データの集計\n・週ごとの資料づくり'),
    );
    expect(r.flags.filter((f) => f.id === 'inbound.juden' && f.polarity === 'present')).toEqual([]);
  });
  it('control: a day\'s count of calls the job takes is calls taken', async () => {
    const r = await run(posting('受信スタッフ', 'お客様からのご注文の受電をお願いします。1日の受電件数は40件ほどです。'));
    expect(r.flags.some((f) => f.id === 'inbound.juden' && f.polarity === 'present')).toBe(true);
  });
});

describe('complaints the job keeps away or passes on are not complaints it handles', () => {
  const complaints = (r: Awaited<ReturnType<typeof run>>) => r.flags.filter((f) => f.category === 'complaints' && f.polarity === 'present').map((f) => f.text);
  it('クレームをなくすための検査: a check that prevents complaints', async () => {
    const r = await run(posting('部品の検査スタッフ', '工場で、できあがった金属部品にキズがないかを目で見て確かめます。\n納品先からのクレームをなくすための、最後の大切な確認です。'));
    expect(complaints(r)).toEqual([]);
    expect(r.signals.complaints).toBe(false);
  });
  it('お叱りを受けるような電話は…社員が引き取ります: the kind of call named by what it brings is handed over', async () => {
    const r = await run(posting('受付スタッフ（通販）', 'お客様からのご注文のお電話を受けます。\nお叱りを受けるようなお電話は、二次窓口の社員が引き取りますので安心してください。'));
    expect(complaints(r)).toEqual([]);
  });
  it('二次対応チーム（ネットワーク機器担当）へ上げます: the second line past a glossing bracket is the receiver', async () => {
    const r = await run(posting('ヘルプデスク（受信）', '社員からのパソコンの困りごとのお電話を受けます。\n解決できない案件は、二次対応チーム（ネットワーク機器担当）へ上げます。'));
    expect(complaints(r)).toEqual([]);
  });
  it('control: complaints the job itself meets first stay its own', async () => {
    const r = await run(posting('受付スタッフ（通販）', 'お客様からのご注文のお電話を受けます。\nお叱りを受けることもありますが、長引く場合は社員が引き取ります。'));
    expect(complaints(r).length).toBeGreaterThan(0);
  });
  it('control: a complaint said to come, not kept away, is handled', async () => {
    const r = await run(posting('お客様窓口', '商品についてのご質問やクレームのお電話を受けるお仕事です。'));
    expect(r.signals.complaints).toBe(true);
  });
});

describe('a counter named as where the job puts calls through is another desk', () => {
  it('各病院の受付へお電話をおつなぎします: the booking desk takes the calls, the clinics\' counters take the rest', async () => {
    const r = await run(
      posting('動物病院グループの電話予約受付／1日4時間OK', '市内に4つある動物病院グループの診察予約を、ひとつの窓口でまとめて電話でお受けするお仕事です。\n症状についてのご相談は、各病院の受付へお電話をおつなぎします。'),
    );
    expect(r.jobType).toBe('inbound');
    expect(r.callCenter).toBe(true);
  });
  it('control: a counter the job stands at is work with visitors', async () => {
    const r = await run(posting('美容室の受付スタッフ', 'お店の受付で、ご来店のお客様をお迎えし、お会計をします。\nご予約のお電話に出ることもあります。'));
    expect(r.callCenter).toBe(false);
  });
});

describe('「AではなくB」 said of a target replaces who holds it, it does not deny it', () => {
  it('契約目標は個人ではなくチームで立てています: a team target stands', async () => {
    const r = await run(posting('お支払いのご案内スタッフ', 'ご契約者さまへ、お支払いのご案内のお電話をかけます。\n月ごとの契約目標は個人ではなくチームで立てています。'));
    expect(r.quota).toBe('stated');
  });
  it('control: ノルマではなく目安です denies the quota word itself', async () => {
    const r = await run(posting('お支払いのご案内スタッフ', 'ご契約者さまへ、お支払いのご案内のお電話をかけます。\n1日50件はノルマではなく、あくまで目安です。'));
    expect(r.flags.filter((f) => f.id === 'quota.norma').map((f) => f.polarity)).toEqual(['negated']);
  });
});

describe('a seller named as the person the job works beside is not the job\'s selling', () => {
  it('住宅アドバイザー（営業社員）へのお取り次ぎ: a model-house receptionist', async () => {
    const r = await run(
      posting('モデルハウスの受付スタッフ', '住宅展示場のモデルハウスで、ご来場のお客様をお迎えします。\n・受付とアンケートのお願い\n・お茶のご用意\n・担当の住宅アドバイザー（営業社員）へのお取り次ぎ\nノルマはありません。'),
    );
    expect(r.jobType).toBe('other');
  });
  it('職場見学（担当営業が同行）: the agency\'s rep in the steps to the job', async () => {
    const r = await run(
      posting('図面作成スタッフ（CAD）', '設計事務所で、CADを使って住宅の図面を仕上げるお仕事です。\n電話に出ることはほとんどありません。\n\n＜お仕事開始までの流れ＞\nご登録 → お仕事のご紹介 → 職場見学（担当営業が同行します）→ お仕事開始'),
    );
    expect(r.jobType).toBe('other');
  });
  it('キャンペーンスタッフ（…）のシフト作成: the staff whose shifts the office job makes', async () => {
    const r = await run(
      posting('店頭イベントの運営事務（正社員）', '店頭イベントを支える事務のお仕事です。\n・キャンペーンスタッフ（登録アルバイト約120名）のシフト作成と手配\n・日報の確認、備品の発送\nお客様に声をかけることはありません。'),
    );
    expect(r.jobType).toBe('other');
  });
  it('control: 営業担当として is the job itself', async () => {
    const r = await run(posting('住宅の営業担当', '営業担当として、展示場にご来場のお客様に家づくりをご提案し、ご契約までを担当します。\n月ごとの契約目標があります。'));
    expect(r.jobType).toBe('sales');
  });
});

describe('a follow-up call counted as a few a day, in an answer further down, is a side of the work', () => {
  const clinic = (answer: string) =>
    `歯科衛生士（正社員）\n【仕事内容】\n・歯のクリーニングと歯みがきの指導\n・治療後の患者さまへの経過確認のお電話（痛みや腫れがないかの確認）\n・院内の器具の消毒\n【よくある質問】\nQ. 電話の仕事は多いですか？\n${answer}\n【給与】月給26万円\n【勤務地】大阪府吹田市`;
  it('A. 経過確認のお電話は1日数件です: other work', async () => {
    const r = await run(clinic('A. 経過確認のお電話は1日数件です。お仕事の中心は診療室でのケアです。'));
    expect(r.callCenter).toBe(false);
    expect(r.jobType).toBe('other');
  });
  it('control: a kind of call the desk takes, counted a few, leaves the desk a desk', async () => {
    const r = await run(posting('市民相談ダイヤルのオペレーター', '市民の皆さまからのお問い合わせのお電話を受けるお仕事です。\n1日の受電件数は40件ほどです。\n苦情のお電話は1日に数件〜10件ほどあります。'));
    expect(r.jobType).toBe('inbound');
  });
});

describe('a duty line that closes with its share of the day gives the phone most of the work', () => {
  const desk = (first: string, second: string) =>
    `予約受付事務（パート）\n【仕事内容】\n歯科健診センターの予約窓口のお仕事です。\n・${first}\n・${second}\n・予約表の整理（約1割）\n【給与】時給1,150円\n【勤務地】千葉県船橋市`;
  it('…お電話を受け、予約表に入力します（業務のおよそ7割）: a phone desk under an office title', async () => {
    const r = await run(desk('健診のご予約や日程変更のお電話を受け、予約表に入力します（1日30件ほど、業務のおよそ7割）', '受付票の封入と発送（約2割）'));
    expect(r.callCenter).toBe(true);
    expect(r.jobType).toBe('inbound');
  });
  it('受診勧奨のお電話（業務の約4割）beside calls taken: both directions', async () => {
    const r = await run(desk('ご予約・日程変更の電話受付（業務の約6割）', '健診を受けていない方への受診勧奨のお電話（業務の約4割）'));
    expect(r.jobType).toBe('mixed');
  });
  it('control: the phone line given a small share leaves the office title standing', async () => {
    const r = await run(desk('ご予約のお電話の受付（業務の約2割）', '受付票の入力と封入・発送（業務の約7割）'));
    expect(r.callCenter).toBe(false);
  });
});

describe('the directions\' shares said with nominal verbs, and calls to customers named by whom they reach', () => {
  it('受けるのが6割、かけるのが4割: both directions', async () => {
    const r = await run(posting('入居者サポートデスク', '管理物件の入居者さんからのお電話に対応し、更新や点検のご連絡もします。\n受けるのが6割、かけるのが4割くらいです。'));
    expect(r.jobType).toBe('mixed');
  });
  it('資料をご請求いただいたお客様へのお電話（全体の約4割）beside calls taken: both directions', async () => {
    const r = await run(posting('受付スタッフ（電話）', '①お客様からかかってくるお電話の受付（全体の約6割）\n②資料をご請求いただいたお客様へのお電話（全体の約4割）'));
    expect(r.jobType).toBe('mixed');
  });
  it('control: お客様へのお電話対応 is answering them', async () => {
    const r = await run(posting('サポートスタッフ', 'お客様へのお電話対応をお願いします。製品の使い方のご質問にお答えします。'));
    expect(r.flags.some((f) => f.category === 'outbound' && f.polarity === 'present')).toBe(false);
  });
  it('control: 受けるのが9割 leaves one direction', async () => {
    const r = await run(posting('入居者サポートデスク', '管理物件の入居者さんからのお電話に対応します。\n受けるのが9割で、かけることはほとんどありません。'));
    expect(r.jobType).toBe('inbound');
  });
});

describe('a complaint met first, with only a later step handed to a team, stays the job\'s', () => {
  it('お叱りを受けることもありますが、まずはお話をうかがい、調査が必要なものは専門チームへ', async () => {
    const r = await run(posting('再配達受付スタッフ', 'お荷物の再配達のお電話を受けるお仕事です。\n配達が遅れた件でお叱りを受けることもありますが、まずはお話をうかがい、調べる必要があるものは専門チームへ引き継ぎます。'));
    expect(r.signals.complaints).toBe(true);
  });
  it('control: complaints given to a team from the start are not the job\'s', async () => {
    const r = await run(posting('再配達受付スタッフ', 'お荷物の再配達のお電話を受けるお仕事です。\nお叱りのお電話は専門チームへおつなぎします。'));
    expect(r.signals.complaints).toBe(false);
  });
});

describe('complaints put through to a post named by its work are that post\'s', () => {
  it('…へのご不満は、各店舗のサービス担当へおつなぎします', async () => {
    const r = await run(posting('車検予約センターのスタッフ', '車検や点検のご予約のお電話を受けるお仕事です。\n整備の料金や仕上がりへのご不満は、各店舗のサービス担当へおつなぎします。'));
    expect(r.signals.complaints).toBe(false);
  });
  it('control: ご担当 is not a post the job hands to', async () => {
    const r = await run(posting('お客様窓口', '商品へのご不満のお電話を受け、ご担当として最後まで対応します。'));
    expect(r.signals.complaints).toBe(true);
  });
});

describe('complaints named by a topic heading, handed to one of two people, or said to be rare', () => {
  it('クレーム対応について, a plain heading above the answer that another desk takes them', async () => {
    const r = await run(posting('事故受付スタッフ', 'お客様から事故のご連絡を受けるお仕事です。ご連絡の内容を聞き取って入力します。\n\nクレーム対応について\n保険金へのご不満は、保険会社の相談室が担当します。'));
    expect(r.signals.complaints).toBe(false);
  });
  it('…強いお電話は、窓口リーダーまたは担当営業が引き継ぎます', async () => {
    const r = await run(posting('来店予約の受付スタッフ', 'ご来店予約のお電話を受けます。\nご不満の強いお電話は、窓口リーダーまたは担当営業が引き継ぎます。'));
    expect(r.signals.complaints).toBe(false);
  });
  it('クレームのようなお電話はまれです', async () => {
    const r = await run(posting('資料請求の受付スタッフ', 'パンフレットのご請求のお電話を受けます。\nクレームのようなお電話はまれです。'));
    expect(r.signals.complaints).toBe(false);
  });
  it('control: クレームも含まれます is complaint handling (含まれ is no rarity)', async () => {
    const r = await run(posting('お客様窓口', 'ご注文のお電話を受けます。クレームのお電話も含まれます。'));
    expect(r.signals.complaints).toBe(true);
  });
  it('control: a heading naming complaints above a line that says the job handles them', async () => {
    const r = await run(posting('お客様窓口', 'ご注文のお電話を受けます。\n\nクレーム対応について\nご不満のお電話にも、まずはあなたが対応します。'));
    expect(r.signals.complaints).toBe(true);
  });
});

describe('calls taken by a dedicated operator, desks customers are sent on to, and jobs a staffing page introduces', () => {
  it('お電話でのお問い合わせは、センター内の専任のオペレーターが受けます: the data-entry job takes none', async () => {
    const r = await run(posting('会員受付センターの入力スタッフ', '会員申込書の内容をパソコンで入力するお仕事です。\nお電話でのお問い合わせは、センター内の専任のオペレーターが受けます。'));
    expect(r.callCenter).toBe(false);
    expect(r.jobType).toBe('other');
  });
  it('各通信会社のサポート窓口へご案内します: a shop counter sends customers on', async () => {
    const r = await run(posting('スマホ売場のカウンタースタッフ', '家電量販店のスマートフォン売場で、機種変更の手続きをお手伝いします。\n料金や故障のご相談は、各通信会社のサポート窓口へご案内します。'));
    expect(r.callCenter).toBe(false);
  });
  it('説明会でご紹介するお仕事にはテレアポも…: a one-day event job', async () => {
    const r = await run(posting('お仕事説明会の当日スタッフ（1日のみ）', '会場の受付で、ご来場の方のお名前をうかがい、ブースへご案内します。\n※説明会でご紹介するお仕事にはテレアポのお仕事もありますが、当日スタッフが電話をすることはありません。'));
    expect(r.callCenter).toBe(false);
    expect(r.jobType).toBe('other');
  });
  it('control: a desk that takes the calls itself', async () => {
    const r = await run(posting('会員受付センターのオペレーター', '会員の方からのお電話でのお問い合わせをお受けします。'));
    expect(r.jobType).toBe('inbound');
  });
});

describe('お電話が業務の中心 gives the phone most of the work under an office title', () => {
  it('事務員（…のご案内）: 1日30件ほどのお電話が業務の中心です', async () => {
    const r = await run(posting('事務員（点検日のご案内）', '設備会社での事務のお仕事です。\n＊点検の時期が近いお客様へ、お電話で点検日のご案内をしていただきます。\n＊1日30件ほどのお電話が業務の中心です。'));
    expect(r.callCenter).toBe(true);
  });
  it('control: an office title whose phone is one duty among several stays office work', async () => {
    const r = await run(posting('事務員', '設備会社での事務のお仕事です。\n・請求書の作成\n・書類のファイリング\n・来客対応や電話の取り次ぎ'));
    expect(r.callCenter).toBe(false);
  });
});

describe('orders said to reach a desk directly are that desk\'s, not a route seller\'s', () => {
  it('ふだんのご注文は…受注センターへ直接届きます: the seller visits', async () => {
    const r = await run(posting('ルートサポーター', 'お得意先の飲食店を社用車で訪問し、新商品をご紹介します。\nふだんのご注文は、お店から電話・FAX・WEBで受注センターへ直接届きます。'));
    expect(r.callCenter).toBe(false);
  });
  it('control: a desk whose calls come to the job is a phone desk', async () => {
    const r = await run(posting('受注センタースタッフ', 'お店からのご注文のお電話を受け、システムに入力します。'));
    expect(r.callCenter).toBe(true);
  });
});

describe('a target counted in people won is a target', () => {
  it('採用担当: 毎月「30名の採用」を目標に', async () => {
    const r = await run(posting('採用担当（店舗スタッフの採用）', '店舗スタッフの採用を担当します。求人広告の手配、面接、入社の手続きまでをお任せします。\nチームで毎月「30名の採用」を目標にしています。'));
    expect(r.quota).toBe('stated');
  });
  it('街頭の会員募集: 1日あたり新規会員3名のご入会を目安に', async () => {
    const r = await run(posting('会員募集スタッフ（駅前ブース）', '駅前のブースで、通りがかった方に会員制度をご案内します。\n1日あたり新規会員3名のご入会を目安にしています。'));
    expect(r.quota).toBe('stated');
  });
  it('control: a headcount the company reports sets no target', async () => {
    const r = await run(posting('一般事務', '書類の作成とデータ入力をお願いします。\n従業員数は120名で、目標を持って働く仲間がそろっています。'));
    expect(r.quota).not.toBe('stated');
  });
});

describe('a board feature\'s list of the jobs it carries is other postings', () => {
  const feature = (shown: string) =>
    `TOP ＞ 特集 ＞ 短時間のお仕事\n【特集】1日4時間から働けるお仕事\n\n特集掲載中のお仕事\n▷ 電話営業（法人向け）｜時給1,400円＋歩合｜週3日〜\n　 歩合：アポイント1件につき1,000円\n▷ ${shown}｜時給1,150円　＜表示中＞\n\n――――――――――\n${shown}\n【給与】時給1,150円\n【勤務地】福岡市博多区\n【仕事内容】\n倉庫で、通販の商品を棚から集めて箱に詰めます。\n電話に出ることはありません。`;
  it('the seller\'s 歩合 in the feature list is not the packer\'s pay', async () => {
    const r = await run(feature('通販倉庫の梱包スタッフ'));
    expect(r.signals.incentive).toBe(false);
    expect(r.pay.incentive.kind).toBe('none');
  });
  it('control: the same 歩合 in the job\'s own pay line is its pay', async () => {
    const r = await run('電話営業（法人向け）\n【給与】時給1,400円＋歩合（アポイント1件につき1,000円）\n【勤務地】福岡市博多区\n【仕事内容】\n企業へお電話し、サービスのご案内をします。');
    expect(r.signals.incentive).toBe(true);
  });
});

describe('calls a public body takes, matters a seller takes up, and phone work only in training', () => {
  it('…お電話でのお問い合わせは選挙管理委員会が受けます: a polling-station guide', async () => {
    const r = await run(posting('期日前投票所の受付スタッフ（短期）', '投票所の入口で入場券を確認し、記載台へご案内します。\n※会場へのお電話でのお問い合わせは選挙管理委員会が受けます。'));
    expect(r.callCenter).toBe(false);
    expect(r.jobType).toBe('other');
  });
  it('…お申し出は、担当の営業が直接お店に伺って対応します: an order clerk', async () => {
    const r = await run(posting('受発注スタッフ', 'お店からのご注文のお電話を受け、伝票を入力します。\n配送の遅れのお申し出は、担当の営業が直接お店に伺って対応します。'));
    expect(r.flags.filter((f) => f.category === 'sales' && f.polarity === 'present')).toEqual([]);
    expect(r.jobType).toBe('inbound');
  });
  it('コールセンターでの受付は研修の1ヶ月間のみです: the phone is training', async () => {
    const r = await run(posting('フィールドエンジニア（複合機）', 'お客様先を訪問し、複合機の修理と点検を行います。1日4〜5件を社用車で回ります。\n※コールセンターでの受付は研修の1ヶ月間のみです。'));
    const desk = r.flags.filter((f) => f.category === 'inbound' && f.polarity === 'present');
    expect(desk.length).toBeGreaterThan(0);
    expect(desk.every((f) => f.occasional)).toBe(true);
  });
  it('control: a seller who visits is the job when the title names the seller', async () => {
    const r = await run(posting('ルート営業', '担当エリアのお店を回り、新商品をご提案します。月の売上目標があります。'));
    expect(r.jobType).toBe('sales');
  });
});

describe('a staff interview that ends in a 募集要項 naming its job in brackets is a posting', () => {
  const interview = `ミナト通販 採用サイト｜スタッフブログ
トップ ＞ 採用情報 ＞ スタッフブログ ＞ 先輩インタビュー
会社を知る　仕事を知る　スタッフブログ　募集要項　エントリー

【先輩インタビュー Vol.3】「人と話すのが苦手だった私が、今は毎日が楽しいです」
2026.03.02　カテゴリ：インタビュー／受付窓口

今回登場するのは、札幌の受付窓口で働いて2年になるT.Sさんです。

――入社のきっかけは？
T.S：以前は工場で働いていました。座ってできる仕事を探していて、この会社を知りました。最初はとても緊張しました。

――今のお仕事を教えてください。
T.S：カタログを見たお客様からのお電話を受けて、ご注文をパソコンに入力しています。慣れるまでは先輩が隣で聞いてくれました。

――職場の雰囲気は？
T.S：わからないことはすぐに聞ける、落ち着いた職場でした。売上の数字を追いかけることはありませんでした。

（取材・文：採用担当 K）

この記事を読んで気になった方へ
`;
  const fields = `仕事内容：通販のご注文・お問い合わせのお電話の受付
給与：時給1,200円～1,300円
勤務地：札幌市中央区北X条西X丁目
勤務時間：9:00～18:00の間で実働4時間以上
休日：週休2日以上
応募資格：未経験の方歓迎
選考：エントリーフォームより応募→面接（1回）`;
  it('■募集要項（受付スタッフ／パート・アルバイト）: a posting with its pay', async () => {
    const r = await run(`${interview}■募集要項（受付スタッフ／パート・アルバイト）\n${fields}`);
    expect(r.posting).toBe(true);
    expect(r.pay.base?.min).toBe(1200);
  });
  it('control: the same interview with no 募集要項 under it is an article', async () => {
    const r = await run(interview);
    expect(r.posting).toBe(false);
  });
});

describe('amounts under a part marked for reference are not the job\'s pay', () => {
  it('■もう一つのお仕事について（参考）: the commission-only job keeps its piece pay', async () => {
    const r = await run('太陽光パネルの訪問営業（業務委託）\n【報酬】完全歩合制：契約1件あたり20,000円\n【勤務地】埼玉県さいたま市\n【仕事内容】\nご家庭を訪問し、太陽光パネルをご提案します。\n\n■テレアポスタッフについて（参考）\n事務所から個人のお客様へお電話するお仕事です。時給1,200円。こちらとは別にご応募ください。');
    expect(r.pay.base?.unit).toBe('piece');
    expect(r.pay.base?.min).toBe(20000);
  });
  it('control: 参考書 is no example word', async () => {
    const r = await run('塾の受付スタッフ\n【給与】月給20万円（参考書の購入補助あり）\n【勤務地】大阪市北区\n【仕事内容】\n受付でご案内します。');
    expect(r.pay.base?.unit).toBe('month');
  });
});

describe('callers named as the people a leader runs are not the leader\'s calls', () => {
  const teleapo = (r: Awaited<ReturnType<typeof run>>) => r.flags.filter((f) => f.id === 'outbound.teleapo' && f.polarity === 'present').map((f) => f.sentence);
  it('アポインター10名のチーム, 新人アポインターの育成, アポインターへの声かけ', async () => {
    const r = await run(posting('アポイントセンターのリーダー', 'センターの1チーム（アポインター10名）をまとめていただきます。\n・新人アポインターの育成\n・通話を聞いて、アポインターへの声かけ'));
    expect(teleapo(r)).toEqual([]);
  });
  it('control: アポインターとして is the job', async () => {
    const r = await run(posting('アポインター', 'アポインターとして、法人のお客様へお電話し、訪問のお約束をいただきます。'));
    expect(teleapo(r).length).toBeGreaterThan(0);
    expect(r.jobType).toBe('outbound');
  });
});

describe('a board\'s count of search results heads other postings down to its pager', () => {
  const results = (pager: string) =>
    `受付 の仕事 - 大阪府 大阪市北区\n求人検索結果 312 件中 1〜3 件目\n\nテレアポスタッフ（法人向け）\n株式会社ウメダコール\n時給 1,400円 〜\n・インセンティブ 1件2,000円\n\n倉庫の仕分けスタッフ\n株式会社ヨドロジ\n時給 1,150円\n\n${pager}\n\n歯科医院の受付スタッフ\nさくら歯科クリニック - 大阪府大阪市北区\n\nこの求人に応募する\n\n求人の詳細\n給与\n時給 1,200円\n雇用形態\nパート・アルバイト\n勤務地\n大阪府大阪市北区\n勤務時間\n9:00〜13:00\n仕事内容\n受付でご来院の患者さまをお迎えし、お会計をします。\n応募資格\n未経験の方歓迎`;
  it('次へ › closes the list: the clinic receptionist has no incentive', async () => {
    const r = await run(results('次へ ›'));
    expect(r.signals.incentive).toBe(false);
    expect(r.pay.base?.min).toBe(1200);
  });
  it('control: the same incentive on the job\'s own pay line is its pay', async () => {
    const r = await run('テレアポスタッフ（法人向け）\n給与\n時給 1,400円 〜\n・インセンティブ 1件2,000円\n仕事内容\n企業へお電話し、サービスをご案内します。');
    expect(r.signals.incentive).toBe(true);
  });
});

describe('a target named as another role\'s charge, and numbers put below the work', () => {
  it('数字を追うのはSVの役目で、…個人ノルマはありません: the operators\' quota is denied', async () => {
    const r = await run(posting('コールセンターのオペレーター', 'お客様からのお問い合わせのお電話を受けます。\n数字を追うのはSVの役目で、オペレーターの皆さんに個人ノルマはありません。'));
    expect(r.quota).toBe('negated');
  });
  it('数字に追われることより、…: numbers set below the work', async () => {
    const r = await run(posting('ルート営業（既存のお取引先）', '決まったお取引先を回り、ご注文をうかがいます。ノルマはありません。\n数字に追われることより、お店の方との信頼関係のほうが大事な仕事です。'));
    expect(r.quota).toBe('negated');
  });
  it('control: a target the job holds itself', async () => {
    const r = await run(posting('営業スタッフ', 'お取引先を回り、新商品をご提案します。\n営業には月の売上目標があります。'));
    expect(r.quota).toBe('stated');
  });
});

describe('a results count in another board\'s words, closed by a rule across the page', () => {
  it('該当件数 120件（1〜3件を表示中） … ━━━━: the cards above the rule are other postings', async () => {
    const r = await run(
      `千葉市 高時給のバイト\n該当件数　120件（1〜3件を表示中）\n\n■ 電話営業スタッフ\n時給1,500円〜＋成約インセンティブ\n\n■ 倉庫の仕分け\n時給1,150円\n\n━━━━━━━━━━━━━━━━\n■ ホテルの客室清掃スタッフ\n給与\n時給1,180円\n雇用形態\nパート・アルバイト\n勤務地\n千葉市美浜区\n仕事内容\n客室のベッドメイクと清掃をお願いします。\n応募資格\n未経験の方歓迎`,
    );
    expect(r.signals.incentive).toBe(false);
    expect(r.callCenter).toBe(false);
  });
  it('control: a page of full openings under 募集中のお仕事（3件） keeps its first job', async () => {
    const r = await run(
      `テーマパークの採用情報\n募集中のお仕事（2件）\n━━━━━━━━━━━━━━━━\n予約センターのスタッフ\n━━━━━━━━━━━━━━━━\nご来園のご予約のお電話を受けるお仕事です。\n・お電話は1日にひとり40件ほど\n給与：時給1,200円\n━━━━━━━━━━━━━━━━\n売店スタッフ\n━━━━━━━━━━━━━━━━\n園内の売店でお土産を販売します。\n給与：時給1,150円`,
    );
    expect(r.jobType).toBe('inbound');
  });
});

describe('a training allowance named 研修協力費 is training pay', () => {
  it('研修協力費として1日8,000円: the commission-only job keeps its piece pay', async () => {
    const r = await run('光回線の訪問営業（業務委託）\n【報酬】完全歩合制：1件 12,000円\n【勤務地】名古屋市中村区\n【仕事内容】\nご家庭を訪問し、光回線をご案内します。\n【研修】\n最初の2日間は先輩に同行します。研修には研修協力費として1日8,000円をお支払いします。');
    expect(r.pay.training?.min).toBe(8000);
    expect(r.pay.base?.unit).not.toBe('day');
  });
});

describe('a board\'s card for another posting, on a line that ends in its link', () => {
  it('PR ＼日払いOK／テレアポ 時給1,800円＋インセンティブ ［詳しく見る］ is not the desk\'s pay', async () => {
    const r = await run('化粧品通販のお客様窓口（受電のみ・ノルマなし）\n【給与】時給1,300円\n【勤務地】東京都新宿区\n【仕事内容】\nご注文やお問い合わせのお電話を受けます。\n\nPR　＼日払いOK／テレアポ　時給1,800円＋インセンティブ　新宿駅徒歩3分　［詳しく見る］');
    expect(r.signals.incentive).toBe(false);
  });
  it('control: the same words on the job\'s own pay line', async () => {
    const r = await run('テレアポスタッフ\n【給与】時給1,800円＋インセンティブ\n【勤務地】東京都新宿区\n【仕事内容】\n企業へお電話し、サービスをご案内します。');
    expect(r.signals.incentive).toBe(true);
  });
});

describe('a raise\'s average per head is not pay per success', () => {
  it('昇給 あり（前年度実績 1人平均 3,500円）', async () => {
    const r = await run('一般事務\n求人番号　00000-0000X000\n賃金　月額 185,000円\n昇給　あり（前年度実績 1人平均 3,500円）\n就業場所　岡山県岡山市\n仕事内容　書類の作成と入力、電話の取り次ぎ');
    expect(r.pay.incentive.kind).toBe('none');
    expect(r.signals.incentive).toBe(false);
  });
  it('control: 1件あたり 3,500円 beside a wage is pay per success', async () => {
    const r = await run('テレアポスタッフ\n【給与】時給1,300円＋アポイント1件あたり3,500円\n【勤務地】岡山県岡山市\n【仕事内容】\n企業へお電話し、商談のお約束をいただきます。');
    expect(r.pay.incentive.kind).toBe('plus');
  });
});

describe('results pay set against this opening\'s fixed pay is another role\'s, in the verdict as in the pay line', () => {
  it('※当社は歩合給が中心の会社ですが、この求人の配車事務は固定給です', async () => {
    const r = await run('配車係（事務）\n【給与】月給21万円\n【勤務地】福岡市東区\n【仕事内容】\nタクシーの配車と、乗務員の勤怠の入力をします。\n※当社は歩合給が中心の会社ですが、この求人の配車事務は固定給です。');
    expect(r.signals.incentive).toBe(false);
    expect(r.pay.incentive.kind).toBe('none');
  });
  it('control: 歩合給 with no fixed pay set against it is the job\'s', async () => {
    const r = await run('タクシードライバー\n【給与】月給21万円＋歩合給\n【勤務地】福岡市東区\n【仕事内容】\nお客様を目的地までお送りします。');
    expect(r.signals.incentive).toBe(true);
  });
});
