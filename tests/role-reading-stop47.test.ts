// Kinds of reading fixed at stop 47, each pinned by postings of our own.
import { describe, expect, it } from 'vitest';
import { posting, run } from './helpers';

describe('stop 47: a share noted after each channel does not break the phrase (お電話（約7割）とメール（約3割）でお受けし)', () => {
  const flagsOf = async (text: string) => (await run(text)).flags.map((f) => `${f.id}:${f.polarity}:${f.text}`);
  it('a desk that takes requests by phone and mail, each with its share, is inbound work', async () => {
    const r = await run(posting('会員デスクスタッフ', '会員様からのご相談をお電話（8割ほど）とメール（2割ほど）でお受けし、宿やお店の手配をします。\n外出や来客対応はありません。'));
    expect(r.jobType).toBe('inbound');
    expect(r.callCenter).toBe(true);
  });
  it('the same with the channels noted by their hours (お電話（平日）とチャット（24時間）で)', async () => {
    const r = await run(posting('サポートスタッフ', 'アプリの使い方のご質問に、お電話（平日のみ）とチャット（夜間も）でお答えします。'));
    expect(r.jobType).toBe('inbound');
  });
  it('a term inside the second note stays a hit of its own (…とメール（発信はありません）でお受けします)', async () => {
    const flags = await flagsOf(posting('受付スタッフ', 'ご注文をお電話（受信のみ）とメール（発信はありません）でお受けします。'));
    expect(flags.some((f) => f.includes(':発信はありません'))).toBe(true);
  });
  it('notes far apart are not joined: each phrase is read on its own', async () => {
    const r = await run(posting('事務スタッフ', '伝票（手書き）の入力と書類のファイリングが中心です。来客のご案内（月に数回）もお願いします。'));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
});

describe('stop 47: what a concession grants before the bulk of the work is a side of it (〜ことはありますが、ほとんどは…)', () => {
  it('calls received now and then, when most calls are made from the desk, leave the job outbound', async () => {
    const r = await run(posting('定期点検のご予約スタッフ', '給湯器をお使いのご家庭に、点検の時期をお知らせするお電話をかけ、訪問の日時を決めます。\nお客様から日程変更のお電話をいただくことはありますが、ほとんどはこちらからおかけします。'));
    expect(r.jobType).toBe('outbound');
  });
  it('the conceded calls read as こともあります would: occasional, whichever way they go', async () => {
    const r = await run(posting('受付スタッフ', 'ご注文のお電話を受けて、内容を入力します。\n確認のためこちらからお電話をかけることはありますが、大半はお客様からのお電話です。'));
    const out = r.flags.filter((f) => f.category === 'outbound' && f.polarity === 'present');
    expect(out.length).toBeGreaterThan(0);
    expect(out.every((f) => f.occasional)).toBe(true);
  });
  it('a concession with no bulk named after it is not made light (…ことはありますが、丁寧に対応します)', async () => {
    const r = await run(posting('受付スタッフ', '店舗でのご案内が中心です。\nご予約のお電話を受けることはありますが、落ち着いて対応すれば大丈夫です。'));
    const calls = r.flags.filter((f) => f.category === 'inbound' && f.polarity === 'present');
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((f) => !f.occasional)).toBe(true);
  });
});

describe('stop 47: phone work in words the lexicon lacked, and a desk named as where work comes from', () => {
  it('orders taken by phone and fax (ご注文の電話・FAXを受け) are calls taken', async () => {
    const r = await run(posting('受注スタッフ', '工務店さまからの資材のご注文の電話・FAXを受けて、受注システムに入力します。'));
    expect(r.jobType).toBe('inbound');
  });
  it('a proposal made by phone, calls to prospects and calls one by one are calls made', async () => {
    for (const job of ['ご家庭向け電力プランへの切り替えのご提案を電話で行います。', '見込み客へのコールで、オンライン商談の日程を決めます。', '名簿のお客様に1件ずつ電話をして、新しい店舗のオープンをお知らせします。']) {
      expect((await run(posting('コールスタッフ', job))).jobType, job).toBe('outbound');
    }
  });
  it('a call to a colleague is not a call made to customers (先輩に内線で電話をして)', async () => {
    const r = await run(posting('経理スタッフ', '伝票の入力と支払いの処理です。分からないことは、先輩に内線で電話をして聞けます。'));
    expect(r.flags.filter((f) => f.category === 'outbound')).toEqual([]);
  });
  it('a customer desk named as where the work comes from (お客様相談室から回ってきた) is not the job', async () => {
    const r = await run(posting('品質管理スタッフ', '製品の検査と記録です。お客様相談室から回ってきたお問い合わせについて、製品を調べて報告書を書きます。'));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
});

describe('stop 47: a talk-time target, unreasonable demands and welcomes in other words', () => {
  it('a target on the length of calls (平均6分以内を目標) is a service level the operator is held to', async () => {
    const r = await run(posting('受信スタッフ', 'お客様からのお問い合わせのお電話を受けます。\n通話は平均6分以内を目標にしています。'));
    expect(r.quota).toBe('stated');
  });
  it('callers with unreasonable demands are complaints the operator hears (理不尽な要求をされる方も)', async () => {
    const r = await run(posting('受信スタッフ', 'お客様からのお問い合わせのお電話を受けます。\n理不尽な要求をされる方もいますが、SVがすぐにフォローに入ります。'));
    expect(r.flags.some((f) => f.category === 'complaints' && f.polarity === 'present')).toBe(true);
  });
  const welcome = async (req: string) => (await run(posting('受信スタッフ', 'お問い合わせのお電話を受けるお仕事です。', `【応募資格】\n${req}\n【給与】\n時給1,300円\n【勤務地】\n東京都新宿区`))).signals.beginnerOk;
  it('welcomes beginners however the page words it', async () => {
    for (const req of ['経験は一切問いません。', '資格・経験ともに不要です。', '特別なスキルは必要ありません。', 'はじめてさん歓迎！', '電話のお仕事デビューを応援します。']) {
      expect(await welcome(req), req).toBe(true);
    }
  });
  it('a requirement of experience is still no welcome', async () => {
    expect(await welcome('コールセンターでのご経験が1年以上ある方')).toBe(false);
  });
});

describe('stop 47: selling in other words', () => {
  it('taking a visitor from consultation to contract is selling (ご相談から契約までを担当)', async () => {
    const r = await run(posting('住宅アドバイザー', '住宅展示場にお越しのお客様をご案内し、家づくりのご相談から契約までを担当します。'));
    expect(r.jobType).toBe('sales');
  });
  it('signing up visitors at an event is selling (ご来場のお客様に…お申し込みをいただきます)', async () => {
    const r = await run(posting('イベントスタッフ', 'ショッピングモールのイベントにご来場のお客様に、ウォーターサーバーの魅力をお伝えし、お申し込みをいただきます。'));
    expect(r.jobType).toBe('sales');
  });
  it('sign-ups taken by phone are not a counter sale', async () => {
    const r = await run(posting('受付スタッフ', 'お電話でお申し込みをいただいたお客様に、ご来店の日時をご案内します。'));
    expect(r.jobType).not.toBe('sales');
  });
});

describe('stop 47: a cross as a table value says none (個人ノルマ ×, ノルマ：✕)', () => {
  it('denies the quota whether the cross follows the term, a space or a colon', async () => {
    for (const row of ['個人ノルマ×', 'ノルマ：✕', 'ノルマ　×　未経験　○', '◆ノルマ　×\n◆研修　○']) {
      expect((await run(posting('テレアポスタッフ', `企業へお電話し、商談のアポイントを取ります。\n${row}`))).quota, row).toBe('negated');
    }
  });
  it('a cross that multiplies is no denial (アポ件数×500円)', async () => {
    const r = await run(posting('テレアポスタッフ', '企業へお電話し、商談のアポイントを取ります。\nインセンティブはアポ件数×500円です。'));
    expect(r.signals.incentive).toBe(true);
  });
});

describe('stop 47: training in other words', () => {
  it('a careful instructor, an induction course, a senior\'s calls listened to and an FAQ book to read from are training', async () => {
    for (const line of ['丁寧な指導があるので安心してください。', '導入講習（2日間・有給）があります。', 'はじめは先輩の電話を横で聞くところからスタートします。', 'FAQ集を見ながらお答えできます。']) {
      const r = await run(posting('受信スタッフ', `お客様からのお問い合わせの電話を受けます。\n${line}`));
      expect(r.signals.manualTraining, line).toBe(true);
    }
  });
  it('a page that asks for people ready on day one states none', async () => {
    const r = await run(posting('受信スタッフ', 'お客様からのお問い合わせの電話を受けます。\n即戦力として、初日から一人で電話に出ていただきます。'));
    expect(r.signals.manualTraining).toBe(false);
  });
});
