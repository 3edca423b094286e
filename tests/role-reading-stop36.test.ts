// Kinds of reading fixed at stop 36, each pinned by postings and sentences of our own.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { posting, roleFixtureTests, run } from './helpers';

type Result = Awaited<ReturnType<typeof run>>;
const phoneWork = (r: Result) => r.flags.filter((f) => ['inbound', 'outbound', 'mixed'].includes(f.category) && f.polarity === 'present');

describe('stop 36: postings of our own (expected-stop36.json)', () => {
  roleFixtureTests('expected-stop36.json');
});

describe('stop 36: phone work listed as what a sold service holds', () => {
  it('サービス（受電代行、折り返し架電）をご提案する: the bracket is what clients buy', async () => {
    const r = await run(posting('法人営業', '企業の皆様に、当社のコール代行サービス（受電代行、折り返し架電、チャット対応）をご提案します。'));
    expect(phoneWork(r)).toEqual([]);
  });
  it('a plan\'s contents sold by the job (プラン（予約受付・問い合わせ窓口）の導入をご提案)', async () => {
    const r = await run(posting('ルート営業', 'クリニック向けに、電話番プラン（予約受付・お問い合わせ窓口）の導入をご提案します。'));
    expect(phoneWork(r)).toEqual([]);
  });
  it('not calls the job itself takes, with a service named beside them (サービス（…）のお問い合わせを受けます)', async () => {
    const r = await run(posting('コールスタッフ', '光回線サービス（プロバイダ・電話）のお問い合わせのお電話を受けます。'));
    expect(phoneWork(r).length).toBeGreaterThan(0);
    expect(r.jobType).toBe('inbound');
  });
});

describe('stop 36: work another department takes, said with で', () => {
  it('お電話でのご予約は本社のお客様センター（別部署）でお受けしています: not this job\'s calls', async () => {
    const r = await run(posting('受付スタッフ', 'ホテルのフロントでチェックインの手続きをします。\n※お電話でのご予約は本社のお客様センター（別部署）でお受けしています。'));
    expect(phoneWork(r)).toEqual([]);
  });
  it('a desk not marked as another stays this job\'s (ご予約は窓口とお電話で受け付けています)', async () => {
    const r = await run(posting('予約受付スタッフ', 'ご予約は当センターでお受けしています。お客様からの予約のお電話を受けるお仕事です。'));
    expect(phoneWork(r).length).toBeGreaterThan(0);
  });
});

describe('stop 36: what the page asks of the applicant, under its own heading', () => {
  it('■活かせる経験・スキル heads requirements: a call center named there is past experience, not this job', async () => {
    const r = await run(fs.readFileSync(path.join(import.meta.dirname, 'fixtures/roles/onsite-pc-support-skills-heading.txt'), 'utf8'));
    const center = r.flags.find((f) => f.id === 'callCenter.center');
    expect(center?.section).toBe('requirements');
    expect(r.flags.find((f) => f.text === 'ヘルプデスク')?.section).toBe('requirements');
    expect(r.flags.some((f) => f.id === 'office.other-work' && f.text === '席まで伺')).toBe(true);
  });
  it('必須要件 and 求める人物像 head requirements too', async () => {
    for (const heading of ['■必須要件', '【求める人物像】', '◆こんな経験が活かせます']) {
      const r = await run(`営業事務\n【仕事内容】\n受注データの入力と書類の作成です。\n${heading}\nコールセンターでの経験がある方\n【給与】\n月給22万円`);
      expect(r.flags.find((f) => f.id === 'callCenter.center')?.section, heading).toBe('requirements');
    }
  });
});

describe('stop 36: a personal target said as 個人の目標', () => {
  it('定着率80％を、個人の目標として設定しています is a stated quota', async () => {
    const r = await run(posting('研修トレーナー', '新人オペレーターの研修を担当します。受講者の3か月後の定着率80％を、個人の目標として設定しています。'));
    expect(r.quota).toBe('stated');
  });
  it('一人ひとりの個人の目標に合わせた研修 is a career plan, not a quota', async () => {
    const r = await run(posting('一般事務', '書類の作成とファイリングです。一人ひとりの個人の目標に合わせて研修を組みます。'));
    expect(r.quota).toBe('absent');
  });
});

describe("stop 36: route sales among the company's other openings", () => {
  it("ルート営業 in the company's list of openings does not make new-client sales steadier", async () => {
    const text = '法人営業（勤怠システム）\n【仕事内容】\n中小企業を訪問し、勤怠システムの導入をご提案します。\n【給与】\n月給27万円〜\n【勤務地】\n大阪市北区\n【会社概要】\n事業内容：勤怠システムの開発・販売\n【この企業の他の求人】\n・ルート営業（文具）　月給24万円〜　堺市';
    const r = await run(text);
    expect(r.jobType).toBe('sales');
    expect(r.reasons.map((x) => x.id)).not.toContain('sales.route');
  });
});

describe('stop 36: a column named in the breadcrumb before its topic', () => {
  it('しごと情報 ＞ キャリアコラム ＞ コールセンター is an article, not a posting', async () => {
    const text = 'しごと情報サイト ＞ キャリアコラム ＞ コールセンター\n\nオペレーターからリーダーへ、どう変わる？\n2025.03.02　編集部\n\nコールセンターで2年ほど働くと、リーダーの打診を受けることがあります。リーダーになると、自分で受ける電話は減り、新人の質問に答えたり、難しいお電話を代わったりする場面が増えます。\n\n求人を見ると、リーダー職は時給が100円ほど高いことが多いようです。応答率などの数字をチームで見るようになるのも大きな変化です。';
    const r = await run(text);
    expect(r.posting).toBe(false);
  });
});

describe("stop 36: a free paper's one-word headings, in brackets only", () => {
  it('【仕事】 opens the job, 【時間】 the hours, 【場所】 the place, 【応募】 the apply step', async () => {
    const r = await run(fs.readFileSync(path.join(import.meta.dirname, 'fixtures/roles/freepaper-invitation-calls.txt'), 'utf8'));
    expect(r.flags.find((f) => f.category === 'outbound' && f.polarity === 'present')?.section).toBe('job');
  });
  it('bare, the words are prose or a menu (仕事を探す ＞ …, 時間帯によって), not headings', async () => {
    const r = await run('コールスタッフ\n仕事を探す ＞ 東京都 ＞ コールセンター\n【仕事内容】\nお客様からのお電話を受けます。\n時間 帯によって忙しさが変わります。');
    expect(r.flags.find((f) => f.id === 'inbound.incoming-calls' || f.category === 'inbound')?.section).toBe('job');
  });
});

describe('stop 36: calls out said as inviting customers', () => {
  it('お招きするお電話 and お電話するのは are calls out', async () => {
    for (const job of ['感謝祭に常連のお客様をお招きするお電話のお仕事です。', 'お電話するのは、以前ご来店いただいたお客様です。来店のご予約をお伺いします。']) {
      const r = await run(posting('ご案内スタッフ', job));
      expect(r.flags.some((f) => f.category === 'outbound' && f.polarity === 'present'), job).toBe(true);
    }
  });
});

describe("stop 36: a recruit site's chrome above the title", () => {
  it('the company line (〜の採用・求人情報) and a back button stand above the title', async () => {
    const r = await run(fs.readFileSync(path.join(import.meta.dirname, 'fixtures/roles/recruit-site-order-entry-no-phone.txt'), 'utf8'));
    expect(r.flags.find((f) => f.id === 'office.admin')?.section).toBe('title');
  });
  it("a site's header with its account links is not the title", async () => {
    const r = await run('しごとナビ｜求人を探す　スカウト　ログイン／会員登録\n\nしごとナビ ＞ 営業 ＞ ルート営業\n\n株式会社カナエ商事\nルート営業（文具・事務用品）／既存のお客様が中心\n\n【仕事内容】\n市内の事務所を回り、文具の補充をご提案します。');
    expect(r.flags.find((f) => f.id === 'sales.route')?.section).toBe('title');
  });
  it('a title with bars and a word like トップ in it stays the title (業界トップクラス｜時給1,500円)', async () => {
    const r = await run('コールスタッフ｜業界トップクラス｜時給1,500円\n【仕事内容】\nお客様からのお電話を受けます。');
    expect(r.flags.find((f) => f.id === 'callCenter.operator' || f.category === 'callCenter')?.section).toBe('title');
  });
});

describe('stop 36: door-to-door sign-ups said in plain words', () => {
  it('インターホン越しにご案内 and ご家庭におすすめするお仕事 are selling', async () => {
    const r = await run(fs.readFileSync(path.join(import.meta.dirname, 'fixtures/roles/doorstep-water-server-signups.txt'), 'utf8'));
    expect(r.flags.filter((f) => f.category === 'sales' && f.polarity === 'present').map((f) => f.section)).toContain('job');
  });
});

describe('stop 36: targets denied in the passive, and a target set as a rate', () => {
  it('売上の目標を言われたことは一度もありません denies targets', async () => {
    const r = await run(posting('販売スタッフ', 'お土産の販売とレジです。\n売上の目標を言われたことは一度もありません。'));
    expect(r.quota).not.toBe('stated');
  });
  it('ノルマを課されたことはありません denies a quota; テレアポをしたことがない方 is the applicant', async () => {
    const denied = await run(posting('コールスタッフ', 'お客様からのお電話を受けます。先輩も「ノルマを課されたことはありません」と話しています。'));
    expect(denied.quota).toBe('negated');
    const applicant = await run(posting('テレアポスタッフ', '企業様にお電話し、訪問のお約束をいただきます。テレアポをしたことがない方も歓迎します。'));
    expect(applicant.flags.some((f) => f.category === 'outbound' && f.polarity === 'present')).toBe(true);
  });
  it('滞納率を2%以下に保つことを目標にしています is a stated target', async () => {
    const r = await run(posting('コールスタッフ', '入居者様からのお電話を受け、家賃のお支払いのご案内もします。センター全体で、滞納率を2%以下に保つことを目標にしています。'));
    expect(r.quota).toBe('stated');
  });
});

describe('stop 36: results pay that is not this job\'s, or said not to exist', () => {
  it("オペレーターにはインセンティブ制度がありますが、SVの給与は月給制です: not the SV's", async () => {
    const r = await run('スーパーバイザー（受信センター）\n【仕事内容】\n15名のオペレーターの管理と育成です。なお、オペレーターにはインセンティブ制度がありますが、SVの給与は月給制です。\n【給与】\n月給26万円〜');
    expect(r.pay.incentive.kind).toBe('none');
  });
  it('インセンティブ（歩合）制度はありません: none', async () => {
    const r = await run('ルート営業\n【仕事内容】\n病院を回り、医療材料をご提案します。\n【給与】\n月給25万円〜\n達成度は賞与に反映されますが、インセンティブ（歩合）制度はありません。');
    expect(r.pay.incentive.kind).toBe('none');
  });
  it('an operator title keeps its own incentive (オペレーターにはインセンティブあり)', async () => {
    const r = await run('コールセンターオペレーター\n【仕事内容】\nお客様にお電話し、新しいプランをご案内します。\n【給与】\n時給1,400円\nオペレーターにはインセンティブあり（獲得1件500円）');
    expect(r.pay.incentive.kind).toBe('plus');
  });
});

describe("stop 36: a municipal ad's 職名 names the job", () => {
  it('職名：市民コールセンター相談員 is the 職種 line: the job is the center\'s (municipal-call-desk-shokumei.txt)', async () => {
    const r = await run(fs.readFileSync(path.join(import.meta.dirname, 'fixtures/roles/municipal-call-desk-shokumei.txt'), 'utf8'));
    expect(r.flags.find((f) => f.id === 'callCenter.center')?.section).toBe('job');
  });
});

describe("stop 36: a target's heading answered with a figure", () => {
  it('■目標 over 新規契約6社・追加契約4社 states a quota', async () => {
    const r = await run('法人営業\n【仕事内容】\n企業の人事担当者を訪問し、研修プランをご提案します。\n■目標\n四半期ごとに新規契約5社・追加契約3社をチームで分けて担当します。\n【給与】\n月給26万円');
    expect(r.quota).toBe('stated');
  });
  it('■目標 over a career step, or over ありません, states none', async () => {
    const career = await run('法人営業\n【仕事内容】\n企業の人事担当者を訪問し、研修プランをご提案します。\n■目標\n入社3年でリーダーを目指せます。\n【給与】\n月給26万円');
    expect(career.quota).toBe('absent');
    const none = await run('法人営業\n【仕事内容】\n企業の人事担当者を訪問し、研修プランをご提案します。\n■目標\nありません。\n【給与】\n月給26万円');
    // A target denied, not ノルマなし (stop 59): absent, eased by quota.targetsDenied.
    expect(none.quota).toBe('absent');
    expect(none.reasons.map((x) => x.id)).toContain('quota.targetsDenied');
  });
  it('目標 in a sentence, without its heading, is no quota at this sensitivity', async () => {
    const r = await run(posting('一般事務', '書類の作成です。目標に向かってチームで協力しています。'));
    expect(r.quota).toBe('absent');
  });
});

describe('stop 36: a big-ticket seller named as 販売スタッフ', () => {
  it('新車販売スタッフ at a dealership is sales, not shop work', async () => {
    const r = await run('新車販売スタッフ（カーディーラー）／販売台数に応じた歩合あり\n【仕事内容】\nショールームに来店されたお客様に新車をご紹介し、試乗のご案内からお見積もり、ご契約の手続きまでを担当します。\n【給与】\n月給24万円＋販売歩合');
    expect(r.jobType).toBe('sales');
  });
});

describe('stop 36: complaints passed on, and an FAQ question said as a worry', () => {
  const complaints = (r: Result) => r.flags.filter((f) => f.category === 'complaints' && f.polarity === 'present');
  it('ご不満の強いお声は専任チームへ引き継ぐので: the team takes them from the start', async () => {
    const r = await run(posting('受付スタッフ', 'お引越しの手続きのお電話を受けます。ご不満の強いお声は専任チームへ引き継ぐので、一人で抱え込むことはありません。'));
    expect(complaints(r)).toEqual([]);
  });
  it('Q．クレームの電話が心配です。 is a question: only its answer says whether the job takes them', async () => {
    const r = await run(posting('受付スタッフ', 'お引越しの手続きのお電話を受けます。', '【よくある質問】\nQ．クレームの電話が心配です。\nA．強いお申し出は専任チームが承りますのでご安心ください。\n【給与】\n時給1,200円'));
    expect(complaints(r)).toEqual([]);
  });
  it('complaints the job hears itself stay the job\'s (ご不満を伺い、難しいときは専任チームへ引き継ぎます)', async () => {
    const r = await run(posting('受付スタッフ', 'お電話でご不満を伺い、難しいときは専任チームへ引き継ぎます。'));
    expect(complaints(r).length).toBeGreaterThan(0);
  });
});

describe('stop 36: 別 inside another word does not mark a desk as another', () => {
  it('ご相談は個別相談窓口で受け付けています: still this job\'s calls where the job takes them', async () => {
    const r = await run(posting('相談窓口スタッフ', 'ご相談のお電話は個別相談窓口で受け付けています。'));
    expect(phoneWork(r).length).toBeGreaterThan(0);
  });
});
