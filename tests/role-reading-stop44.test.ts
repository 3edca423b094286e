// Kinds of reading fixed at stop 44, each pinned by postings of our own.
import { describe, expect, it } from 'vitest';
import { posting, run } from './helpers';

const line = (words: string) =>
  posting('通販サイトのお問い合わせ窓口スタッフ', `ご注文や配送についてのお電話を受けていただきます。\n${words}\n研修ののち、先輩がそばでサポートします。`);

describe('stop 44: "not few" is many (少なくありません, 少なくない)', () => {
  it('callers with a grievance are not few: complaints are part of the job', async () => {
    expect((await run(line('配送の遅れについて、ご不満をお持ちのお客様も少なくありません。'))).signals.complaints).toBe(true);
  });
  it('the same with は between (少なくはありません) and in the plain form (少なくない)', async () => {
    expect((await run(line('ご不満の声をいただくことも少なくはありません。'))).signals.complaints).toBe(true);
    expect((await run(line('強い口調で話されるお客様も少なくないのが実情です。'))).signals.complaints).toBe(true);
  });
  it('few complaints is still a denial (クレームは少ないです)', async () => {
    expect((await run(line('クレームのお電話は少ないです。'))).signals.complaints).toBe(false);
  });
  it('a quota said to be small stays light, not stated as many', async () => {
    const r = await run(line('ノルマは少なく、気楽に働けます。'));
    expect(r.quota).not.toBe('stated');
  });
});

describe('stop 44: proposing to customers who walk in is selling, with or without the word 営業', () => {
  it('a car dealer\'s adviser who proposes a car to walk-in customers is a sales job', async () => {
    const r = await run(posting('店舗スタッフ（カーライフアドバイザー候補）', 'ご来店されたお客様のご予算や使い方をうかがい、ぴったりの一台をご提案します。\n飛び込みや電話での営業はありません。\n給与：月給23万円＋販売インセンティブ'));
    expect(r.jobType).toBe('sales');
  });
  it('a travel counter that proposes tours and books them is a sales job', async () => {
    const r = await run(posting('トラベルカウンタースタッフ', '駅ビルの旅行カウンターにいらしたお客様のご要望を伺い、ツアーやホテルをご提案して予約までお手伝いします。\n航空券の発券や書類の送付もお願いします。'));
    expect(r.jobType).toBe('sales');
  });
  it('a counter that hands out numbers and shows the way proposes nothing: not sales', async () => {
    const r = await run(posting('市民窓口の案内スタッフ', 'ご来店のお客様に番号札をお渡しし、手続きの窓口へご案内します。\n書類の書き方のご説明もお願いします。'));
    expect(r.jobType).not.toBe('sales');
  });
  it('a phone desk that books a visit and mentions a plan stays phone work', async () => {
    const r = await run(posting('予約センターのオペレーター', 'お電話でご来店の予約を受け、当日のコースをご提案します。\nお客様からのお電話を受けるお仕事です。'));
    expect(r.jobType).toBe('inbound');
  });
});

describe('stop 44: signing up walk-in customers for a new contract or a switch is selling', () => {
  it('a phone shop that offers walk-in customers a switch of carrier is a sales job', async () => {
    const r = await run(posting('携帯ショップスタッフ', 'ご来店されたお客様に、スマートフォンの新規ご契約やのりかえをご案内します。\n料金プランのご説明と、ご契約の手続きまでお願いします。'));
    expect(r.jobType).toBe('sales');
  });
  it('a repair counter that takes in broken phones signs nobody up: not sales', async () => {
    const r = await run(posting('修理受付カウンタースタッフ', 'ご来店されたお客様から故障したスマートフォンをお預かりし、修理の受付票を作ります。\n修理後の端末のお渡しもお願いします。'));
    expect(r.jobType).not.toBe('sales');
  });
});

describe('stop 44: a count whose attainment is tracked is a target (達成状況, 達成度)', () => {
  const teleapo = (line: string) => posting('テレアポスタッフ', `法人のお客様へお電話し、商談のアポイントを取るお仕事です。\n${line}`);
  it('the month\'s attainment shared at the morning meeting', async () => {
    expect((await run(teleapo('毎月のアポの達成状況は、朝礼でチーム全体に共有します。'))).quota).toBe('stated');
  });
  it('pay rises with the degree of attainment', async () => {
    expect((await run(teleapo('半期ごとに、個人の達成度に応じて時給を見直します。'))).quota).toBe('stated');
  });
  it('without it, a plain description of the calls states no quota', async () => {
    expect((await run(teleapo('リストに沿って順番にお電話します。'))).quota).toBe('absent');
  });
});

describe('stop 44: results ranked or a closing rate to reach is a target', () => {
  const sales = (line: string) => posting('反響営業スタッフ', `資料請求をいただいたお客様と面談し、ご契約までを担当します。\n${line}`);
  it('a ranking of sign-ups posted on the floor', async () => {
    expect((await run(sales('毎日の契約件数のランキングを、フロアのボードに貼り出しています。'))).quota).toBe('stated');
  });
  it('a closing rate the job is judged by', async () => {
    expect((await run(sales('評価は成約率と月の契約金額で行います。'))).quota).toBe('stated');
  });
  it('a ranking denied is no target', async () => {
    expect((await run(sales('個人の成績をランキングで発表することはありません。'))).quota).not.toBe('stated');
  });
});

describe('stop 44: complaints a named post takes over are not this job\'s', () => {
  const desk = (line: string) => posting('受付スタッフ（学習塾）', `教室の受付で、保護者の方からのお電話や来校の対応をお願いします。\n${line}`);
  it('the head of the school handles them (教室長が対応します)', async () => {
    expect((await run(desk('授業へのご不満などは、教室長が対応します。'))).signals.complaints).toBe(false);
  });
  it('the manager hears them out (店長がお話を伺います)', async () => {
    expect((await run(desk('お待たせしたことへのご不満は、店長がお話を伺います。'))).signals.complaints).toBe(false);
  });
  it('two posts named together (店長・副店長が行います)', async () => {
    expect((await run(desk('クレーム対応は店長・副店長が行いますのでご安心ください。'))).signals.complaints).toBe(false);
  });
  it('met first and then passed up, the job still hears them', async () => {
    expect((await run(desk('ご不満をいただくこともありますが、難しいお話は教室長が対応します。'))).signals.complaints).toBe(true);
  });
});

describe('stop 44: a post named with its holder takes the complaints over (センター長の佐伯が引き継ぎます)', () => {
  it('handed to the head of the center by name', async () => {
    const r = await run(posting('お客様センタースタッフ', 'ガスの開栓や料金についてのお電話を受けます。\n料金に関する強いご不満のお電話は、センター長の佐伯が引き継ぎます。'));
    expect(r.signals.complaints).toBe(false);
  });
});

describe('stop 44: work a 部隊 (a team) takes is someone else\'s', () => {
  it('テレアポはインサイドセールス部隊が担当 leaves the field seller no calls', async () => {
    const r = await run(posting('法人営業（フィールドセールス）', '商談の日程が決まったお客様を訪問し、システムの導入をご提案します。\nテレアポはインサイドセールス部隊が担当するため、ご自身で電話をかけることはありません。'));
    expect(r.flags.some((f) => f.category === 'outbound' && f.polarity === 'present')).toBe(false);
  });
});

describe('stop 44: phone work done only to help out at busy times is a side of the job', () => {
  it('受電を担当するのは、繁忙期の応援のみです: a trainer stays other work', async () => {
    const r = await run(posting('研修トレーナー（コンタクトセンター）', '新人オペレーターの研修を担当します。研修資料の作成と、ロールプレイの相手役が中心です。\nトレーナー自身が受電を担当するのは、繁忙期の応援のみです。'));
    expect(r.flags.find((f) => f.text === '受電')?.occasional).toBe(true);
  });
  it('taking the calls as the job (受電を担当するのは、入社2か月目からです) is not occasional', async () => {
    const r = await run(posting('コールセンタースタッフ', '通販のお問い合わせを受けるお仕事です。\n一人で受電を担当するのは、研修を終えた入社2か月目からです。'));
    expect(r.flags.find((f) => f.text === '受電')?.occasional ?? false).toBe(false);
  });
});

describe('stop 44: an angry caller said as ご立腹 is a complaint; a harsh refusal is not', () => {
  it('ご立腹のお客様 heard out first', async () => {
    const r = await run(posting('カード会員デスクのオペレーター', '会員さまからのお電話を受けます。\n覚えのない請求について、ご立腹のお客様からお電話をいただくこともあります。'));
    expect(r.signals.complaints).toBe(true);
  });
  it('強い口調でお断りされる on cold calls is the refusal, not complaint handling', async () => {
    const r = await run(posting('テレアポスタッフ', '法人のお客様へお電話し、商談のアポイントを取ります。\n強い口調でお断りされることも少なくありませんが、気にせず次のお電話へ進みます。'));
    expect(r.signals.complaints).toBe(false);
  });
});
