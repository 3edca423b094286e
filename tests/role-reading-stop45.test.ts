// Kinds of reading fixed at stop 45, each pinned by postings of our own.
import { describe, expect, it } from 'vitest';
import { posting, run } from './helpers';

const desk = (words: string) =>
  posting('通販のお客様窓口スタッフ', `ご注文や配送についてのお電話を受けていただきます。\n${words}\n研修ののち、先輩がそばでサポートします。`);

describe('stop 45: apologising for the company\'s failures is complaint handling (お詫び, 謝罪)', () => {
  it('an apology for a late or broken delivery, then a reshipment', async () => {
    expect((await run(desk('荷物の到着が遅れた、箱がつぶれていたといったご連絡には、まずお詫びをして再送の手配をします。'))).signals.complaints).toBe(true);
  });
  it('an apology for a postponed installation, with the new date', async () => {
    const r = await run(posting('工事日程の調整スタッフ', 'エアコン工事のご予約をいただいたお客様にお電話し、日程を調整します。\n工事が延期になったお客様へは、お詫びと新しい日程のご案内もお願いします。'));
    expect(r.signals.complaints).toBe(true);
  });
  it('an apology to end a cold call that was refused is the refusal, not a complaint', async () => {
    const r = await run(posting('テレアポスタッフ', '法人のお客様へお電話し、商談のアポイントを取るお仕事です。\n断られたときは、お時間をいただいたお詫びを伝えて電話を切って大丈夫です。'));
    expect(r.signals.complaints).toBe(false);
  });
  it('the page\'s own apology for a correction is not the job', async () => {
    expect((await run(desk('※掲載内容の一部に誤りがありました。ご迷惑をおかけしたことをお詫び申し上げます。'))).signals.complaints).toBe(false);
  });
  it('apologies handled by a special team are not this job\'s', async () => {
    expect((await run(desk('お詫びが必要なお問い合わせは、専門チームが担当します。'))).signals.complaints).toBe(false);
  });
});

describe('stop 45: a job paid or measured by the contracts it wins, with no calls, is selling', () => {
  it('a booth in a mall paid per contract signed is a sales job', async () => {
    const r = await run(posting('イベントスタッフ（ショッピングモールのブース）', '週末のショッピングモールにブースを出し、通りかかったお客様に浄水器のお試しをご案内します。\n給与：日給1万円＋インセンティブ（ご契約1件につき2,000円）'));
    expect(r.jobType).toBe('sales');
  });
  it('a club counsellor with a reward per member joined is a sales job', async () => {
    const r = await run(posting('入会カウンセラー', 'ジムの見学に来られた方に施設をご案内し、プランのご説明をします。\n入会1件ごとに報奨金（2,000円）を支給します。'));
    expect(r.jobType).toBe('sales');
  });
  it('the same pay for appointments won by phone stays phone work', async () => {
    const r = await run(posting('テレアポスタッフ', 'リストのお客様へお電話し、太陽光発電の訪問日時をお約束いただくお仕事です。\n給与：時給1,300円＋アポ獲得1件ごとに1,000円'));
    expect(r.jobType).toBe('outbound');
  });
  it('a warehouse job with a plain attendance bonus wins no contracts: not sales', async () => {
    const r = await run(posting('倉庫内の検品スタッフ', '入荷した商品の検品と棚入れをお願いします。\n皆勤手当：月5,000円'));
    expect(r.jobType).toBe('other');
  });
});

describe('stop 45: planning a center\'s staffing leads no operators (呼量予測, シフト作成)', () => {
  const planner = posting('要員計画担当（コンタクトセンター）', 'コンタクトセンター5拠点の入電数の予測をもとに、必要人数の算出とシフト表を作成するお仕事です。\n自分で電話を受けることはありません。\n応募資格：コールセンターでのシフト作成やSV経験');
  it('a planner who forecasts calls and draws up shifts works beside the center, not in it', async () => {
    const r = await run(planner);
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
  it('the badge says why: the reason names the planning work, with the words it was read from', async () => {
    const r = await run(planner);
    const base = r.reasons.find((x) => x.id.startsWith('base.'));
    expect(base?.id).toBe('base.planning');
    expect(base?.evidence.length).toBeGreaterThan(0);
  });
  it('an SV who draws up shifts and coaches the operators leads them: call-center work', async () => {
    const r = await run(posting('スーパーバイザー（受信センター）', 'オペレーター15名のシフト作成と育成・指導をお任せします。\n難しいお電話の二次対応もお願いします。'));
    expect(r.callCenter).toBe(true);
  });
});

describe('stop 45: 受信 beside a TV advert is still calls taken (テレビCMを見たお客様)', () => {
  it('a mail-order desk with each direction\'s share, one of them orders from TV viewers, is mixed work', async () => {
    const r = await run(posting('通販センターのコミュニケーター', '◎受信（全体の約6割）…新聞やテレビの広告をご覧になった方からのご注文を承ります。\n◎発信（約4割）…定期便のお客様へ、次のお届け日をご確認します。'));
    expect(r.jobType).toBe('mixed');
  });
  it('checking how well homes receive TV stays no phone work', async () => {
    const r = await run(posting('アンテナ点検スタッフ', '戸建て住宅を訪問し、テレビの受信状況を測定します。\n不具合があれば工事担当へ報告します。'));
    expect(r.jobType).not.toBe('inbound');
  });
});

describe('stop 45: each direction\'s share said in other places of the sentence makes a desk that does both', () => {
  it('shares after the work, with a middle dot (発信・約5割 / 受信・約5割)', async () => {
    const r = await run(posting('カード会社のお客様センター', '①ご入金が確認できないお客様へのお支払い日の確認のお電話（発信・約5割）\n②ご利用明細についてのお問い合わせ受付（受信・約5割）'));
    expect(r.jobType).toBe('mixed');
  });
  it('a share closing the clause, then "the remaining 3割" opening the next', async () => {
    const r = await run(posting('通信会社のお客様センター', 'ご契約中のお客様から、料金についてのお問い合わせの電話を受けます（業務の7割）。\n残りの3割は、Webで相談を予約されたお客様へ、こちらから折り返しのお電話をかけてご案内します。'));
    expect(r.jobType).toBe('mixed');
  });
  it('a share of channels (電話8割、メール2割) at an inbound desk names no second direction', async () => {
    const r = await run(posting('インターネット回線のサポート', 'お客様からのお問い合わせのお電話を受けます（電話8割、メール2割）。\nこちらから電話をかけるのは、折り返しのご連絡のみです。'));
    expect(r.jobType).toBe('inbound');
  });
});

describe('stop 45: calls that colleagues there take, set against this job by a denial, are theirs', () => {
  it('a clerk in a customer center, beside an operator team that takes the calls, is office work', async () => {
    const r = await run(posting('一般事務・データ入力（お客様センター）', 'お客様センターの中で、申込書の確認とデータ入力をお願いします。\nセンターにはお電話を受けるオペレーターチームがいますが、このお仕事で電話に出ることはありません。'));
    expect(r.callCenter).toBe(false);
    expect(r.jobType).toBe('other');
  });
  it('the team the applicant joins, described without a denial, stays the job\'s', async () => {
    const r = await run(posting('受信オペレーター', 'お客様からのお電話を受けるお仕事です。\n現在、お電話を受けるオペレーターが20名在籍しており、和やかな雰囲気です。'));
    expect(r.jobType).toBe('inbound');
  });
});

describe('stop 45: calls out said as お電話をして, お電話でお知らせ, 〜の方へお電話', () => {
  it('a home-based caller who phones past customers about re-covering is outbound work', async () => {
    const r = await run(posting('在宅コールスタッフ（家具店）', '以前ソファの張替えをご依頼いただいたお客様に、ご自宅からお電話をしていただき、お手入れ時期をご案内します。'));
    expect(r.jobType).toBe('outbound');
    expect(r.callCenter).toBe(true);
  });
  it('a city desk that tells residents by phone about a missed check-up is outbound work', async () => {
    const r = await run(posting('健診案内スタッフ（会計年度任用職員）', '今年度まだ健診を受けていない市民の方へお電話し、健診の日程をお電話でお知らせします。'));
    expect(r.jobType).toBe('outbound');
  });
  it('putting a caller through to the person in charge is not a call out', async () => {
    const r = await run(posting('受付スタッフ', '来社されたお客様のご案内と、代表電話の取り次ぎをお願いします。\nご用件を伺い、担当の方へお電話をおつなぎします。'));
    expect(r.jobType).not.toBe('outbound');
  });
});

describe('stop 45: a complaint received as the condition of a handover is the person\'s (お叱りを受けた場合は、係長が引き継ぎます)', () => {
  it('a reminder caller whose strong complaints the section chief takes over does not handle complaints', async () => {
    const r = await run(posting('健診のご案内スタッフ', '健診を受けていない方へお電話し、受診をご案内します。\n強いお叱りを受けた場合は、係長が引き継ぎます。'));
    expect(r.signals.complaints).toBe(false);
  });
  it('met first and then handed up, the job hears it (お叱りを受けることもありますが、難しい場合は係長が引き継ぎます)', async () => {
    const r = await run(posting('健診のご案内スタッフ', '健診を受けていない方へお電話し、受診をご案内します。\nお叱りを受けることもありますが、難しい場合は係長が引き継ぎます。'));
    expect(r.signals.complaints).toBe(true);
  });
});
