// Kinds of reading fixed at stop 35, each pinned by postings and sentences of our own.
import { describe, expect, it } from 'vitest';
import { roleFixtureTests, run } from './helpers';

describe('stop 35: postings of our own (expected-stop35.json)', () => {
  roleFixtureTests('expected-stop35.json');
});

describe('stop 35: calls answered with chats', () => {
  const inbound = (r: Awaited<ReturnType<typeof run>>) => r.flags.filter((f) => f.category === 'inbound' && f.polarity === 'present');
  it('お客様からのお電話とチャットにお答えします is answering calls, as お電話とメールに is', async () => {
    const r = await run('サポートスタッフ\n【仕事内容】\n会員様からのお電話とチャットに、マニュアルを見ながらお答えします。');
    expect(inbound(r).length).toBeGreaterThan(0);
    expect(r.jobType).toBe('inbound');
  });
  it('お電話やチャットで questions answered; not a shift request sent by chat', async () => {
    const yes = await run('受付スタッフ\n【仕事内容】\nご利用者様からのご質問に、お電話やチャットでお答えします。');
    expect(inbound(yes).length).toBeGreaterThan(0);
    const no = await run('ホールスタッフ\n【仕事内容】\n料理の配膳と片付けです。\n【勤務】\nシフトの希望はお電話やチャットで店長に伝えてください。');
    expect(inbound(no)).toEqual([]);
  });
});

describe('stop 35: a service level said in seconds', () => {
  const level = (r: Awaited<ReturnType<typeof run>>) => r.flags.filter((f) => f.id === 'quota.answer-within' && f.polarity === 'present');
  it('8割を30秒以内に受けることを目標 is a target the operators answer for', async () => {
    const r = await run('コールスタッフ\n【仕事内容】\nお客様からのお電話を受けるお仕事です。\n【目標】\nお電話の8割を30秒以内に受けることを目標にしています。');
    expect(level(r).length).toBe(1);
    expect(r.quota).toBe('stated');
  });
  it('answering within seconds said as a courtesy, with no share or target, is none', async () => {
    const r = await run('コールスタッフ\n【仕事内容】\nお客様からのお電話を受けるお仕事です。呼び出しから10秒以内に出られなくても、ほかのスタッフが代わりに受けます。');
    expect(level(r)).toEqual([]);
  });
});

describe('stop 35: the duties headed as what the company asks (■お願いしたいこと)', () => {
  it('under お願いしたいこと / お任せしたいこと the duties are the job, not the company profile above them', async () => {
    for (const heading of ['■お願いしたいこと', '【あなたにお任せしたいこと】', '◆お願いしたい仕事']) {
      const r = await run(`スカウトのご連絡\n■当社について\n業務用の冷蔵庫を製造しています。\n${heading}\n飲食チェーンへの法人営業として、厨房機器の入れ替えをご提案いただきます。`);
      const visit = r.flags.find((f) => f.category === 'sales' && f.polarity === 'present');
      expect(visit?.section, heading).toBe('job');
    }
  });
});

describe("stop 35: a classifieds poster's other posts", () => {
  it('the commission of another post listed under この投稿者の他の投稿 is not this job\'s', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const r = await run(fs.readFileSync(path.join(import.meta.dirname, 'fixtures/roles/classifieds-flyer-posting-other-posts.txt'), 'utf8'));
    expect(r.signals.incentive).toBe(false);
    expect(r.pay.incentive.kind).toBe('none');
    expect(r.pay.base).toMatchObject({ unit: 'hour', min: 1050 });
  });
});

describe('stop 35: complaints another desk takes (承ります)', () => {
  const complaints = (r: Awaited<ReturnType<typeof run>>) => r.flags.filter((f) => f.category === 'complaints' && f.polarity === 'present');
  it('ご不満は専用窓口が承ります: the complaints are that desk\'s', async () => {
    const r = await run('会員センタースタッフ\n【仕事内容】\n会員の方へ更新のご案内のお電話をかけます。お届けについてのご不満やご意見は、配送担当の専用窓口が承ります。');
    expect(complaints(r)).toEqual([]);
  });
  it('ご不満のお電話は、リーダーがお電話を代わって対応します: taken over by the leader, as リーダーが対応します is', async () => {
    const r = await run('コールスタッフ\n【仕事内容】\nお客様からのお電話を受けます。強いご不満のお電話は、リーダーがお電話を代わって対応します。');
    expect(complaints(r)).toEqual([]);
    const s = await run('コールスタッフ\n【仕事内容】\nお客様からのお電話を受けます。クレームは、SVが引き取って対応します。');
    expect(complaints(s)).toEqual([]);
  });
  it('ご不満のお電話も承ります, said of the applicant\'s own work, is still complaint handling', async () => {
    const r = await run('コールスタッフ\n【仕事内容】\nお客様からのお電話を受けます。お届けの遅れについてのご不満のお電話も承ります。');
    expect(complaints(r).length).toBeGreaterThan(0);
  });
});

describe('stop 35: training said as a senior instructing (指導します)', () => {
  it('先輩職員が業務の流れを指導します is training for the applicant', async () => {
    const r = await run('事務職員（法律事務所）\n【仕事内容】\n来所された方の受付と書類の整理です。\n入所後は、先輩職員が業務の流れを一つずつ指導します。');
    expect(r.signals.manualTraining).toBe(true);
  });
  it('instructing others as the job (SVとしてオペレーターを指導します) is not', async () => {
    const r = await run('SV候補\n【仕事内容】\n先輩SVのもとで、オペレーターを指導します。');
    expect(r.flags.filter((f) => f.id === 'training.instructed')).toEqual([]);
  });
});

describe('stop 35: complaints passed on to a dedicated team from the start', () => {
  const complaints = (r: Awaited<ReturnType<typeof run>>) => r.flags.filter((f) => f.category === 'complaints' && f.polarity === 'present');
  const page = (line: string) => run(`コールスタッフ\n【仕事内容】\n会員様からのお電話を受けます。${line}`);
  it('クレームやご不満のお申し出は、専任のチームへおつなぎします: that team takes them', async () => {
    expect(complaints(await page('クレームやご不満のお申し出は、専任のお客様対応チームへおつなぎします。'))).toEqual([]);
    expect(complaints(await page('お叱りを受けるケースは、専門の相談窓口に引き継ぎます。'))).toEqual([]);
  });
  it('heard out first, then passed on when hard, they are the job\'s', async () => {
    expect(complaints(await page('苦情のお申し出は記録して、担当係へおつなぎします。')).length).toBeGreaterThan(0);
    expect(complaints(await page('ご不満を伺い、おさまらない場合は担当課へおつなぎします。')).length).toBeGreaterThan(0);
  });
});

describe('stop 35: a board\'s jobs near this workplace', () => {
  it('the commission of a job listed under この勤務地の近くの求人 is not this job\'s', async () => {
    const r = await run('水道料金センターのお問い合わせスタッフ\n■お仕事内容\n市民の方からのお電話を受けるお仕事です。\n■給与\n時給1,250円\n\n▼この勤務地の近くの求人\n・ガスメーター検針員（歩合制）／1件55円～\n・区役所 受付（派遣）／時給1,150円');
    expect(r.signals.incentive).toBe(false);
    expect(r.pay.incentive.kind).toBe('none');
  });
});

describe('stop 35: results pay for one role only, under a title that starts with the same word', () => {
  it('奨励金は店舗の査定スタッフのみが対象 on a 査定受付センタースタッフ page is the appraisers\', not this job\'s', async () => {
    const r = await run('査定受付センタースタッフ\n■仕事内容\n車の査定のご予約をお電話で受け付けます。\n■給与\n月給21万円\n※買取台数による奨励金は、店舗の査定スタッフのみが対象です');
    expect(r.pay.incentive.kind).toBe('none');
    expect(r.signals.incentive).toBe(false);
  });
  it('インセンティブは営業職のみが対象 on a 営業スタッフ page is this job\'s; on a 営業事務 page it is not', async () => {
    const sales = await run('営業スタッフ\n■仕事内容\n法人のお客様を訪問します。\n■給与\n月給25万円＋インセンティブ\n※インセンティブは営業職のみが対象です');
    expect(sales.pay.incentive.kind).toBe('plus');
    const clerk = await run('営業事務\n■仕事内容\n受注の入力と書類の作成です。\n■給与\n月給21万円\n※インセンティブは営業職のみが対象です');
    expect(clerk.pay.incentive.kind).toBe('none');
    expect(clerk.signals.incentive).toBe(false);
  });
});

describe("stop 35: a target held by other roles, named together", () => {
  it('客室の販売目標は支配人と営業課が持っています: theirs, not the reservation clerk\'s', async () => {
    const r = await run('ホテル宿泊予約係\n【仕事内容】\n予約サイトから入った宿泊予約の確認と部屋割りです。客室の販売目標は支配人と営業課が持っています。');
    expect(r.flags.filter((f) => f.category === 'quota' && f.polarity === 'present')).toEqual([]);
  });
  it('a target the title\'s own role holds stays the job\'s (店長候補, 売上目標は店長が持っています)', async () => {
    const r = await run('店長候補\n【仕事内容】\n店舗の運営です。売上目標は店長が持っています。');
    expect(r.quota).toBe('stated');
  });
});
