// Stop 48's readings, each pinned by postings of our own.
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const has = (r: Awaited<ReturnType<typeof run>>, id: string, polarity = 'present') => r.flags.some((f) => f.id === id && f.polarity === polarity);

describe('words after a bracket closed before 、 or 。 are read (kuromoji placed them one character short)', () => {
  it('営業経験不問 after 普通自動車免許（AT限定可）、 welcomes beginners', async () => {
    const r = await run('【応募資格】普通自動車免許（AT限定可）、営業経験不問\n【仕事内容】ルート営業');
    expect(has(r, 'beginner.welcome')).toBe(true);
    expect(r.signals.beginnerOk).toBe(true);
  });
  it('a denial after a bracket and 、 is still a denial', async () => {
    const r = await run('【待遇】研修あり（最初の1週間は先輩が隣にいます）、販売ノルマはありません');
    expect(r.quota).toBe('negated');
  });
  it('a welcome after a bracket and 、 is found', async () => {
    const r = await run('待遇：交通費支給（月2万円まで）、電話のお仕事が初めての方も歓迎');
    expect(r.signals.beginnerOk).toBe(true);
  });
});

describe('a target stated in the plain style of an essay', () => {
  it('「月5台の新規導入」が目標だ is a stated target', async () => {
    const r = await run('営業ひとりあたり「月5台の新規導入」が目標だ。達成した月はチームで食事に行く。');
    expect(r.quota).toBe('stated');
  });
  it('a goal of getting used to the work is none', async () => {
    const r = await run('入社して最初の3か月は、まず仕事に慣れることが目標だ。');
    expect(r.quota).toBe('absent');
  });
});

describe('前職は問わない welcomes beginners', () => {
  it.each([['前職は問わない。'], ['前職は問いません。'], ['前職不問']])('%s', async (s) => {
    const r = await run(`法人営業スタッフ募集\n${s}`);
    expect(r.signals.beginnerOk).toBe(true);
  });
});

describe('work the company gave up is not the job', () => {
  it('訪問営業を一切やめて: the door-to-door sales are no more', async () => {
    const r = await run('当社は3年前に訪問営業を一切やめて、今はホームページからお問い合わせをいただいたお宅だけに伺っています。お問い合わせの電話を受け、点検の日時を決めるのがお仕事です。');
    expect(has(r, 'sales.role', 'negated')).toBe(true);
    expect(has(r, 'sales.role')).toBe(false);
  });
  it('テレアポを廃止し: the calls are denied, the work that replaced them stands', async () => {
    const r = await run('テレアポを廃止し、反響営業に切り替えました。');
    expect(has(r, 'outbound.teleapo', 'negated')).toBe(true);
    expect(has(r, 'sales.role')).toBe(true);
  });
  it('a term inside a longer word stays unread (営業 in 自営業をやめて)', async () => {
    const r = await run('前職：自営業をやめて入社しました。');
    expect(r.flags.some((f) => f.category === 'sales')).toBe(false);
  });
  it('個人ノルマをなくしました denies the quota', async () => {
    const r = await run('昨年から個人ノルマをなくしました。');
    expect(r.quota).toBe('negated');
  });
});

describe("complaints a front desk takes are the front desk's", () => {
  it('ご不満は各ホテルのフロントが承ります: not the reservations operator\'s', async () => {
    const r = await run('ホテル予約センターのオペレーター募集\n宿泊のご予約をお電話で承ります。\n※ご宿泊中のトラブルやご不満は各ホテルのフロントが承ります。');
    expect(r.signals.complaints).toBe(false);
  });
  it('the same words in a front-desk posting are its own work', async () => {
    const r = await run('ホテルのフロントスタッフ募集\nチェックインのご案内をします。ご不満はフロントが承ります。');
    expect(r.signals.complaints).toBe(true);
  });
});

describe('a term written as a verb stem matches every form of the verb', () => {
  // kuromoji keeps つき and つく whole: the stem's end (つ) is a boundary too.
  it.each([['新人さんには専任のトレーナーがつきます。'], ['トレーナーがつく安心の体制です。'], ['トレーナーがついているので安心です。']])('%s', async (s) => {
    const r = await run(`コールセンタースタッフ募集\n${s}`);
    expect(r.signals.manualTraining).toBe(true);
  });
});

describe('experience required in months, and welcomes in a list', () => {
  it('コールセンターでの応対経験6か月以上 is required experience, and no beginner is welcomed', async () => {
    const r = await run('お客様窓口スタッフ募集\n【応募資格】コールセンターでの応対経験6か月以上');
    expect(r.signals.experienceRequired).toBe(true);
    expect(r.signals.beginnerOk).toBe(false);
  });
  it.each([['受付か事務のご経験が半年以上ある方'], ['コールセンター経験3ヶ月以上']])('%s is required experience', async (s) => {
    const r = await run(`お客様窓口スタッフ募集\n【応募資格】${s}`);
    expect(r.signals.experienceRequired).toBe(true);
  });
  it('a stay of some months is no experience (未経験OK、3ヶ月以上勤務できる方)', async () => {
    const r = await run('お客様窓口スタッフ募集\n【応募資格】未経験OK、3ヶ月以上勤務できる方');
    expect(r.signals.experienceRequired).toBe(false);
    expect(r.signals.beginnerOk).toBe(true);
  });
  it('a list of welcomes after 初めての方、 is a welcome', async () => {
    const r = await run('お客様窓口スタッフ募集\n電話のお仕事が初めての方、学生さんも大歓迎です。');
    expect(r.signals.beginnerOk).toBe(true);
  });
});

describe("the company's other openings listed under this one are other jobs, whatever they name", () => {
  const POSTING = `フィールドセールス（法人向け複合機）｜正社員
■仕事内容
既存のお客様を訪問し、複合機の入れ替えをご提案します。訪問先は営業アシスタントが事前に日程を調整しています。
■給与
月給24万円〜
■ほかの募集職種
・インサイドセールス（正社員）月給23万円〜
・カスタマーサポート（契約社員）時給1,400円　未経験歓迎`;
  it('their work words and welcomes are not this job\'s', async () => {
    const r = await run(POSTING);
    expect(r.flags.some((f) => f.id === 'outbound.inside-sales')).toBe(false);
    expect(r.flags.some((f) => f.category === 'inbound')).toBe(false);
    expect(r.signals.beginnerOk).toBe(false);
    expect(r.jobType).toBe('sales');
  });
});

describe('a phone task in a note after an office role is a task of that role', () => {
  it('一般事務（電話受付あり） is office work with calls, not an inbound desk', async () => {
    const r = await run('一般事務（電話受付あり）\n仕事内容：見積書と請求書の作成、郵便物の整理、電話の取次ぎ');
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
  it('a call center with the same note stays one', async () => {
    const r = await run('コールセンタースタッフ（電話受付あり）\n仕事内容：通販のご注文のお電話を受け、入力します');
    expect(r.jobType).toBe('inbound');
  });
});

describe('complaints the head of a small firm takes are not the clerk\'s', () => {
  it('工事後の苦情は社長が対応します', async () => {
    const r = await run('事務スタッフ募集\n見積書の作成や電話の取次ぎをお願いします。\n＊工事後の苦情やご相談は社長が対応します。');
    expect(r.signals.complaints).toBe(false);
  });
});

describe('appointments another team sets are that team\'s calls', () => {
  it('a list item that opens with the team (・インサイドセールスチームがお電話でアポイントを取った会社への訪問)', async () => {
    const r = await run('法人営業（複合機）\n■仕事内容\n・インサイドセールスチームがお電話でアポイントを取った会社への訪問\n・オフィスの使い方を伺い、複合機の入れ替えをご提案\n・ご契約後の設置の立ち会い');
    expect(r.flags.some((f) => f.category === 'outbound' && f.polarity === 'present')).toBe(false);
    expect(r.jobType).toBe('sales');
  });
  it('a topic answered with the team (訪問先はすべて営業企画チームがアポイントを取った会社です)', async () => {
    const r = await run('法人営業（複合機）\nQ. 飛び込みはありますか？\nA. ありません。訪問先はすべて営業企画チームがアポイントを取った会社です。');
    expect(r.flags.some((f) => f.id === 'outbound.appointment' && f.polarity === 'present')).toBe(false);
  });
  it('a list item where this job sets the appointments is its own work', async () => {
    const r = await run('テレアポスタッフ\n■仕事内容\n・リストの会社にお電話でアポイントを取るお仕事です');
    expect(r.jobType).toBe('outbound');
  });
});

describe('a quality denied is not the thing denied', () => {
  it.each([['ノルマは厳しくありません。'], ['ノルマはそれほど多くないです。'], ['ノルマはきつくはありません。']])('%s states a quota', async (s) => {
    const r = await run(`テレアポスタッフ募集\n${s}`);
    expect(r.quota).toBe('stated');
  });
  it.each([['ノルマはありません。'], ['ノルマは全くありません。'], ['ノルマがなく安心です。']])('%s still denies it', async (s) => {
    const r = await run(`テレアポスタッフ募集\n${s}`);
    expect(r.quota).toBe('negated');
  });
});

describe('pressure in other words', () => {
  it.each([['1日あたり最低60件はかけてください。'], ['月の目標を達成したらボーナスが出ます。']])('%s is a stated quota', async (s) => {
    const r = await run(`テレアポスタッフ募集\n${s}`);
    expect(r.quota).toBe('stated');
  });
  it('1件1件に時間をかけて is no count', async () => {
    const r = await run('お客様窓口スタッフ募集\n1件1件に時間をかけて、丁寧にご説明します。');
    expect(r.quota).toBe('absent');
  });
});
