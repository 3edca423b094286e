// Kinds of reading fixed at stop 39, each pinned by postings and sentences of our own.
import { describe, expect, it } from 'vitest';
import { postingShape } from '../lib/analysis/decide/posting';
import { normalize } from '../lib/text/normalize';
import { findSections, withLaterRoles } from '../lib/text/sections';
import { posting, run } from './helpers';

describe('stop 39: speech quoted in a duty is part of the duty', () => {
  it('a question quoted as what the staff say does not turn the duty into a question', async () => {
    const r = await run(posting('家電量販店での光回線のご案内スタッフ', '駅前の家電量販店の売り場に立ち、ご来店のお客様に「スマホのセット割、ご存じですか？」とお声がけします。\n興味を持たれた方には、カウンターで料金をご説明します。'));
    expect(r.flags.some((f) => f.id === 'sales.promotion' && f.polarity === 'present')).toBe(true);
  });
  it('an FAQ question on its own line is still a question', async () => {
    const r = await run(posting('受信スタッフ', 'お客様からのお電話を受けます。\nQ.「ノルマ」はありますか？\nA.ありません。'));
    expect(r.flags.some((f) => f.category === 'quota' && f.polarity === 'present')).toBe(false);
  });
});

describe('stop 39: sales calls a desk receives are not sales work', () => {
  it('a receptionist who turns away sales calls is not a seller', async () => {
    const r = await run(posting('オフィスビルの受付スタッフ', '・来客のお出迎えと会議室へのご案内\n・代表電話の取次ぎ\n・営業の電話は、担当者が不在とお伝えしてメモを残すだけで大丈夫です。'));
    expect(r.flags.some((f) => f.id === 'sales.eigyo' && f.polarity === 'present')).toBe(false);
    expect(r.jobType).not.toBe('sales');
  });
});

describe('stop 39: taking calls denied where no call is stated leaves no phone work', () => {
  it('data entry inside a center that never answers the phone is other work', async () => {
    const r = await run(posting('コールセンター内のデータ入力スタッフ', '・コールセンターのオペレーターが残したメモを、お客様情報のシステムに入力します。\n・電話に出ることはありません。\n・分からないことはオペレーターのリーダーに社内チャットで聞けます。'));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
  it('a center that denies only outbound calls still takes calls', async () => {
    const r = await run(posting('コールセンターのオペレーター', '・コールセンターで通販のお客様の対応をします。\n・こちらから発信することはありません。'));
    expect(r.callCenter).toBe(true);
  });
});

describe("stop 39: a site's menu left in the text is no section heading", () => {
  const page = (menu: string) => `さくら電話代行\n${menu}\nTOP ＞ 採用情報 ＞ 電話受付スタッフ\n\n電話受付スタッフ（パート）\n\n当社は中小企業さまの代表電話をお預かりしています。\nお客さまの会社名で電話に出て、ご用件を伺い、担当者さまへメールでお伝えします。\n\n■給与\n時給1,150円\n`;
  it('会社概要 among the menu items does not make the posting below the company profile', async () => {
    const text = page('サービス紹介\n料金プラン\n導入事例\n採用情報\n会社概要');
    const sections = findSections(normalize(text).text);
    expect(sections.some((s) => s.kind === 'company')).toBe(false);
    const r = await run(text);
    expect(r.flags.filter((f) => f.category === 'inbound').every((f) => f.section !== 'company')).toBe(true);
  });
  it('よくある質問 among the menu items is no FAQ heading', () => {
    const text = page('ホーム\n料金プラン\nよくある質問\nお問い合わせ');
    expect(findSections(normalize(text).text).some((s) => s.label === 'よくある質問')).toBe(false);
  });
  it('a company profile laid out as label and value lines stays the company profile', () => {
    const text = '電話受付スタッフ\n\n■仕事内容\nお電話の受付です。\n\nエントリー\n会社概要\n社名\n株式会社さくら電話代行\n所在地\n札幌市中央区\n';
    expect(findSections(normalize(text).text).some((s) => s.kind === 'company')).toBe(true);
  });
  it('a short heading line among short lines that are not a menu stays a heading', () => {
    const text = '電話受付スタッフ\n\n募集要項\n職種\n電話受付\n雇用形態\nパート\n会社概要\n株式会社さくら電話代行\n';
    expect(findSections(normalize(text).text).some((s) => s.kind === 'company')).toBe(true);
  });
});

describe('stop 39: a later position on the same page is another job', () => {
  const page = (title: string) => `${title}\n\n今回は2つの職種を募集しています。\n〔募集1〕電話受付スタッフ\n〔募集2〕外回り営業\n\n〔募集1〕電話受付スタッフ\n仕事内容　お客さまからのご注文のお電話を受け、システムに入力します。\n給与　時給1,150円\n\n〔募集2〕外回り営業（正社員）\n仕事内容　地域の工務店を訪問し、新商品をご提案して受注につなげる法人営業です。\n・新規開拓の飛び込み営業もあります。\n・商談からご契約までを担当します。\n給与　月給24万円＋インセンティブ\n応募資格　法人営業の経験2年以上\n\n勤務地（共通）\n本社（広島市中区）\n`;
  it('the first position is the posting: the second one\'s sales work is not this job\'s', async () => {
    const r = await run(page('株式会社ひろしま資材｜採用情報'));
    expect(r.jobType).toBe('inbound');
    const sections = withLaterRoles(normalize(page('株式会社ひろしま資材｜採用情報')).text, findSections(normalize(page('株式会社ひろしま資材｜採用情報')).text));
    expect(sections.filter((s) => s.field === 'elsewhere').length).toBeGreaterThan(0);
    expect(sections.some((s) => s.field === 'place')).toBe(true);
  });
  it('a title that names the later position makes it the posting', async () => {
    const r = await run(page('外回り営業（正社員）｜株式会社ひろしま資材'));
    expect(r.jobType).toBe('sales');
  });
  it('a page with one numbered position only keeps its fields', async () => {
    const text = '電話受付スタッフ募集\n\n〔募集1〕電話受付スタッフ\n仕事内容　ご注文のお電話を受けます。\n給与　時給1,150円\n';
    const n = normalize(text).text;
    expect(withLaterRoles(n, findSections(n))).toEqual(findSections(n));
  });
});

describe('stop 39: words of the work, read more widely', () => {
  it('booking meetings for the sales staff is appointment setting, not selling', async () => {
    const r = await run(posting('在宅テレアポスタッフ（業務委託）', '・当社が用意した企業リストへお電話し、サービスの概要をご説明します。\n・ご興味をお持ちいただけたら、営業担当の商談日時を決めて入力します。\n・商談アポイント1件につき3,000円をお支払いします。'));
    expect(r.flags.some((f) => f.id === 'sales.role' && f.polarity === 'present')).toBe(false);
    expect(r.jobType).toBe('outbound');
  });
  it('calls out only about routine matters, "くらい", are a side of a desk that takes calls', async () => {
    const r = await run(posting('会員サポートセンターのスタッフ', '・会員さまからのお電話を受け、手続きをご案内します。\n・こちらからお電話をかけることは、書類の不備のご連絡くらいです。'));
    expect(r.jobType).toBe('inbound');
  });
  it('a cafe job with booking calls is the cafe\'s work', async () => {
    const r = await run('焼き菓子の店 ことり舎\n\n募集職種\nカフェスタッフ（ホール・焼き菓子販売）\n\nお仕事の内容\n・ご注文をうかがい、ドリンクとケーキのご提供\n・テイクアウトの焼き菓子の箱詰め\n・ギフトのご予約のお電話を受け、台帳に記入\n\n給与\n時給1,080円\n');
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
});

describe('stop 39: sales staff named as colleagues are not the job', () => {
  it('a teleapo job that books meetings in the sales staff\'s calendar is outbound', async () => {
    const r = await run(posting('在宅スタッフ（業務委託）', '・企業リストへお電話し、サービスをご紹介します。\n・ご興味をお持ちいただけたら、営業担当のカレンダーに訪問の日時を入れます。\n・訪問は営業担当が行います。'));
    expect(r.jobType).toBe('outbound');
  });
  it('a title that names 営業スタッフ still names a sales job', async () => {
    const r = await run(posting('営業スタッフ（法人向け）', '・地域の企業を訪問し、事務機器をご提案します。\n・既存のお客様へのフォローも担当します。'));
    expect(r.jobType).toBe('sales');
  });
});

describe('stop 39: a term the sentence is about is not what it denies', () => {
  it.each([
    ['事務スタッフに契約件数などの目標はありません。', 'office.admin'],
    ['テレアポには件数のノルマはありません。', 'outbound.teleapo'],
  ])('%s', async (sentence, id) => {
    const r = await run(posting('不動産会社の事務スタッフ', `・書類の作成と入力\n・${sentence}`));
    expect(r.flags.find((f) => f.id === id && f.section !== 'title')?.polarity).toBe('present');
  });
  it('a verb that takes the term denies the term with it (営業に出ることはありません)', async () => {
    const r = await run(posting('事務スタッフ', '・書類の作成と入力\n・電話をかけたり、営業に出たりすることはありません。'));
    expect(r.flags.find((f) => f.id === 'sales.eigyo')?.polarity).toBe('negated');
  });
});

describe('stop 39: desks that deal with other staff, and more ways to say a desk takes calls', () => {
  it('a dispatch desk that passes requests to drivers is a desk that takes calls', async () => {
    const r = await run(posting('配車受付スタッフ（夜間）', '・お客様からのご依頼のお電話を受け、お迎え場所と行き先を入力します。\n・近くで待機しているドライバーに連絡し、到着時間をお客様にお伝えします。\n・空いているドライバーを画面で選んで手配します。'));
    expect(r.flags.some((f) => f.id === 'office.other-work' && f.section === 'job')).toBe(false);
    expect(r.jobType).toBe('inbound');
  });
  it('a driver\'s own posting keeps its driver words', async () => {
    const r = await run(posting('運転代行ドライバー', '・お客様の車を運転して、ご自宅までお送りします。\n・ドライバーとして、安全運転を第一にお願いします。'));
    expect(r.flags.some((f) => f.id === 'office.other-work' && f.polarity === 'present')).toBe(true);
  });
  it('taking bookings for a care taxi is a booking desk, not care work', async () => {
    const r = await run(posting('介護タクシーの予約受付（パート）', '・病院やご家族からの介護タクシーのご予約をお電話で受け付けます。\n・配車表に入力し、乗務員へ予定を伝えます。'));
    expect(r.jobType).toBe('inbound');
  });
  it('お問い合わせにお電話とメールでお応え is taking calls', async () => {
    const r = await run(posting('カスタマーサービス（国際宅配便）', '・配達状況のお問い合わせに、お電話とメールでお応えいただきます。\n・集荷のご依頼の受付'));
    expect(r.flags.some((f) => f.id === 'inbound.taken-by-phone-and-mail')).toBe(true);
  });
  it('受ける仕事とかける仕事が半分ずつ is 受発信', async () => {
    const r = await run(posting('お客様センタースタッフ', '・お電話を受ける仕事と、かける仕事がおおむね半分ずつです。\n・体験レッスンのお申込みの受付と、体験後のご感想のお伺い'));
    expect(r.jobType).toBe('mixed');
  });
});

describe("stop 39: a feature that hands over to the company's own 募集要項 is a posting", () => {
  const story = 'まちの仕事探訪 vol.12\n「声で支える」小さな会社　株式会社あおば電話サービス（仙台市）\n2026年3月2日　文：編集部\n\n駅から歩いて8分。ビルの3階で、スタッフ5人がそれぞれ違う会社の名前で電話に出ていた。\n「はい、さくら歯科でございます」。同社の仕事は電話代行だ。契約先にかかってきた電話を代わりに受け、用件を伝える。\n代表の青葉さんは「覚えることは多いけれど、カードを見ながら話せば大丈夫」と笑う。\n\n';
  it('株式会社〇〇　募集要項 with the fields under it', async () => {
    const r = await run(`${story}――――――――\n株式会社あおば電話サービス　募集要項\n――――――――\n職種\n電話秘書スタッフ（パート）\n\n仕事内容\n契約先にかかってきたお電話の受付と、用件のご報告\n\n給与\n時給1,100円〜\n\n勤務時間\n9:00〜18:00のうち4時間〜\n`);
    expect(r.posting).toBe(true);
    expect(r.pay.base?.min).toBe(1100);
    const text = `${story}株式会社あおば電話サービス　募集要項\n職種\n電話秘書スタッフ\n\n仕事内容\nお電話の受付\n\n給与\n時給1,100円〜\n\n勤務時間\n9:00〜18:00\n`;
    expect(postingShape(normalize(text).text).requirementsBlock).toBe(true);
  });
  it('a recruit site\'s page name (株式会社〇〇 採用情報) is no such heading', () => {
    const text = '株式会社あおば電話サービス　採用情報\n\n私たちと働きませんか。\n職種一覧\n電話秘書スタッフ\n事務スタッフ\n';
    expect(postingShape(normalize(text).text).requirementsBlock).toBe(false);
  });
  it('the same story without the terms is an article', async () => {
    const r = await run(`${story}同社では現在、スタッフの募集は行っていない。`);
    expect(r.posting).toBe(false);
  });
});

describe('stop 39: evidence that weighs the same either way is settled by what the title names', () => {
  it('route sales that also takes orders by phone and FAX is a seller\'s job', async () => {
    const text = '求人票\n\n職種　　　　食品資材のルート営業（正社員）\n仕事内容　　担当エリアの取引先を訪問し、新しい資材をご案内します。\n　　　　　　・取引先からの電話やＦＡＸでの注文の受付\n';
    const r = await run(text);
    expect(r.jobType).toBe('sales');
  });
});
