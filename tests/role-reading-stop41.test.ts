// Kinds of reading fixed at stop 41, each pinned by postings and sentences of our own.
import { describe, expect, it } from 'vitest';
import { posting, run } from './helpers';

describe('stop 41: インバウンド that means visitors from abroad', () => {
  const arranger = (line: string) =>
    posting(
      '団体旅行の手配スタッフ（正社員）',
      `社員旅行や町内会の日帰り旅行の、宿とバスの手配をお任せします。\n・ホテルや貸切バス会社への予約と確認\n・行程表と見積書の作成\n${line}`,
    );
  it('a tour arranger whose groups come from abroad (インバウンド) takes no calls for it', async () => {
    const r = await run(arranger('・最近は海外からの団体（インバウンド）の手配も増えています'));
    expect(r.flags.some((f) => f.id === 'inbound.inbound' && f.polarity === 'present')).toBe(false);
    expect(r.jobType).toBe('other');
  });
  it('nor one whose guests are foreign travellers', async () => {
    const r = await run(arranger('・外国人の旅行者向けツアー（インバウンド）の手配もあります'));
    expect(r.flags.some((f) => f.id === 'inbound.inbound' && f.polarity === 'present')).toBe(false);
  });
  it('インバウンド in a center still means taking calls', async () => {
    const r = await run(posting('通販のインバウンドスタッフ', 'コールセンターでのインバウンド業務です。お客様からのご注文のお電話を受けます。'));
    expect(r.jobType).toBe('inbound');
  });
});

describe('stop 41: targets said in other words', () => {
  const tele = (line: string) => posting('法人向けテレアポスタッフ', `企業のご担当者様にお電話をかけ、サービス資料の送付をご案内します。\n${line}`);
  const desk = (line: string) => posting('保険の事務センタースタッフ', `保険の申込書類を確認し、システムに入力します。\n${line}`);
  it('a count set as each person\'s goal (…を1人あたりの目標にしています)', async () => {
    expect((await run(desk('「1日の審査完了20件」を1人あたりの目標にしています。'))).quota).toBe('stated');
  });
  it('a count one is asked to aim for (…を目指してもらいます)', async () => {
    expect((await run(tele('平均して1日3件のアポ獲得を目指してもらいます。'))).quota).toBe('stated');
  });
  it('a pass line for the trial period', async () => {
    expect((await run(tele('入社3か月で10件のアポ獲得が、試用期間の合格ラインです。'))).quota).toBe('stated');
  });
  it('a guideline the worker is judged by is a target; one that is not judged is not', async () => {
    expect((await run(desk('1時間あたり8件の処理を目安に、正確さとあわせて半年ごとに評価します。'))).quota).toBe('stated');
    expect((await run(desk('1時間あたり8件の処理を目安にしていますが、件数で評価することはありません。'))).quota).toBe('absent');
  });
  it('a contract not renewed after missed targets: the denial is of the renewal, not of the target', async () => {
    const r = await run(tele('目標の未達が3か月続くと、契約の更新はありません。'));
    expect(r.quota).toBe('stated');
    expect(r.flags.some((f) => f.category === 'quota' && f.polarity === 'negated')).toBe(false);
  });
  it('a condition in the past tense (下回ったら) ends the clause too', async () => {
    const r = await run(tele('アポ数の目標を下回ったら、翌月の面談はありません。'));
    expect(r.flags.some((f) => f.category === 'quota' && f.polarity === 'negated')).toBe(false);
  });
  it('a plain denial still denies (a target denied, not ノルマなし: absent, with quota.targetsDenied)', async () => {
    const r = await run(tele('アポ数の目標はありません。'));
    expect(r.quota).toBe('absent');
    expect(r.reasons.map((x) => x.id)).toContain('quota.targetsDenied');
  });
});

describe('stop 41: one inquiry by phone is one piece of evidence', () => {
  it('a city counter that also answers phone inquiries is counter work', async () => {
    const r = await run(posting('市役所の窓口案内（会計年度任用職員）', '来庁された方のご案内\n電話でのお問い合わせへの対応\n申請書の受付'));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
  it('an order clerk who also answers the odd call is an order clerk', async () => {
    const r = await run(posting('通販会社の受注スタッフ', 'FAXとWebで届いたご注文の受注処理\n出荷の手配と在庫の確認\nお客様からのお電話でのお問い合わせ対応'));
    expect(r.jobType).toBe('other');
  });
  it('an operator who takes those calls all day is still inbound', async () => {
    const r = await run(posting('お客様相談室のオペレーター', 'お客様からのお電話でのお問い合わせへの対応が中心です。\n商品の使い方やお届け日のご質問にお答えします。'));
    expect(r.jobType).toBe('inbound');
    expect(r.callCenter).toBe(true);
  });
});

describe('stop 41: counts asked for, set, or missed', () => {
  const tele = (line: string) => posting('光回線のテレアポスタッフ', `ご家庭にお電話をかけ、光回線への切り替えをご案内します。\n${line}`);
  it('a count the worker is asked to aim for or is required to reach', async () => {
    expect((await run(tele('週に3件以上の契約を目指しましょう。'))).quota).toBe('stated');
    expect((await run(tele('月間20件のアポイント獲得が求められます。'))).quota).toBe('stated');
    expect((await run(tele('1日に獲得していただきたい件数は3件です。'))).quota).toBe('stated');
  });
  it('…but care asked for beside a count of calls is no target', async () => {
    expect((await run(tele('丁寧な対応が求められます。1日の架電は60件ほどです。'))).quota).toBe('absent');
  });
  it('a count that is fixed, a bar for calls, a floor', async () => {
    expect((await run(tele('1日の架電件数は決められています。'))).quota).toBe('stated');
    expect((await run(tele('1日の発信数の基準があります。'))).quota).toBe('stated');
    expect((await run(tele('1日50コールが最低限のラインです。'))).quota).toBe('stated');
  });
  it("each person's own target", async () => {
    expect((await run(tele('毎月、個人ごとの目標を上司と決めます。'))).quota).toBe('stated');
  });
  it('a target missed with a consequence is pressure; missed without one is reassurance', async () => {
    expect((await run(tele('目標に届かない月が続くと、シフトが減ることがあります。'))).quota).toBe('stated');
    expect((await run(tele('ノルマはありません。目標に届かなかった月も、時給が下がることはありません。'))).quota).toBe('negated');
  });
  it('work that cannot go on without results', async () => {
    expect((await run(tele('成果を出せないと続けられない仕事です。'))).quota).toBe('stated');
  });
});

describe('stop 41: calls out and phone desks in other words', () => {
  const job = (line: string) => posting('スタッフ（アルバイト）', `${line}\n台本があるので安心です。`);
  it('counting calls out (1日に80件ほどコールします)', async () => {
    expect((await run(job('1日に80件ほどコールします。'))).jobType).toBe('outbound');
  });
  it('urging a check-up by phone (電話で受診をおすすめ)', async () => {
    expect((await run(job('健診を受けていない方へ、電話で受診をおすすめします。'))).jobType).toBe('outbound');
  });
  it('a proposal made by phone (ご提案をお電話で)', async () => {
    expect((await run(job('休眠しているお客様へ、再開のご提案をお電話で行います。'))).jobType).toBe('outbound');
  });
  it('a phone-desk staff named as the job (電話応対スタッフ)', async () => {
    const r = await run(posting('電話応対スタッフ（ガス会社）', 'ガスの開栓・閉栓のお申し込みを承ります。\n訪問日時の調整を行います。'));
    expect(r.jobType).toBe('inbound');
  });
});

describe('stop 41: roles beside a center', () => {
  it('a WFM planner forecasts calls and plans staff: beside the operators, not one of them', async () => {
    const r = await run(posting('WFM担当（コールセンター）', '過去の入電数から呼量を予測し、必要な人数とシフトを計画します。'));
    expect(r.jobType).toBe('other');
  });
  it("a center's recruiter hires operators and takes no calls", async () => {
    const r = await run(posting('コールセンターの採用担当', 'オペレーターの募集広告の作成、応募者への連絡、面接を担当します。'));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
});
