// Stop 68: a page that sets out several positions keyed by marks of its own (①② , ■01 ■02, 【正社員】【パート】) and
// says, in its title or in so many words, which one it posts. Pages of our own.
import { describe, expect, it } from 'vitest';
import { normalize } from '../lib/text/normalize';
import { findSections } from '../lib/text/sections';
import { withOtherPositions } from '../lib/text/other-positions';
import { readPay } from '../lib/pay/read-pay';
import { run } from './helpers';

const twoDesks = (title: string, says: string) => `${title}
株式会社サンプル事務機
[パート]①電話営業スタッフ ②データ入力スタッフ
${says}

【仕事内容】
①電話営業スタッフ
法人のお客様へ新しい複合機のご案内のお電話をかけ、ご訪問のお約束をいただくお仕事です。
1日の架電目標は80件、獲得1件ごとに報奨金1,500円をお支払いします。

②データ入力スタッフ
担当者が集めた注文書を、パソコンで入力するお仕事です。
・注文書の入力と照合
・書類のファイリングと発送準備
電話に出ることはほとんどありません。

【給与】
①時給1,250円＋報奨金
②時給1,150円

【勤務地】
さいたま市大宮区（大宮駅から徒歩5分）
`;

describe('numbered positions (①電話営業 ②データ入力): the one the page posts is read, the other is another job', () => {
  it('the title names ②: the sales desk\'s calls, target and bonus are the other position\'s', async () => {
    const r = await run(twoDesks('【データ入力】午前だけ・週3日から', ''));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
    expect(r.quota).not.toBe('stated');
    expect(r.flags.some((f) => f.category === 'incentive')).toBe(false);
  });
  it('the page says so in words (※この求人は②…の募集です) where the title names neither', async () => {
    const r = await run(twoDesks('大宮駅すぐのオフィスワーク', '※この求人は②データ入力スタッフの募集です。'));
    expect(r.jobType).toBe('other');
    expect(r.quota).not.toBe('stated');
  });
  it('the title names ①: the calls and the target are this job\'s', async () => {
    const r = await run(twoDesks('【電話営業スタッフ】報奨金あり', ''));
    expect(r.jobType).toBe('outbound');
    expect(r.quota).toBe('stated');
  });
  it('where neither the title nor the page picks one, the page is read whole', async () => {
    const r = await run(twoDesks('大宮駅すぐのオフィスワーク', ''));
    expect(r.quota).toBe('stated');
  });
  it('the other position\'s pay line is not the results pay of this one', async () => {
    const text = twoDesks('【データ入力】午前だけ・週3日から', '');
    const pay = readPay(text);
    expect(pay.base?.min).toBe(1150);
    expect(pay.incentive.kind).toBe('none');
  });
});

describe('positions headed by a bullet and a number, one marked as this page\'s (■02 … ★本求人)', () => {
  const page = `受付センタースタッフ｜ミナト設備サービス
ミナト設備サービス 採用情報

現在、2つの職種を募集しています。

■01 訪問営業スタッフ（正社員）
点検にうかがったお宅で、給湯器の交換をご提案するお仕事です。月間の契約目標があり、達成率に応じて賞与が決まります。

■02 受付センタースタッフ（パート）　★本求人
【仕事内容】
給湯器やエアコンの故障のお電話を受け、症状をうかがって修理の日程を決めます。
【給与】
時給1,200円
【応募資格】
パソコンで文字入力ができる方

■会社概要
ミナト設備サービス株式会社（横浜市）
`;
  it('the seller\'s target is the other position\'s; this desk takes calls', async () => {
    const r = await run(page);
    expect(r.jobType).toBe('inbound');
    expect(r.quota).not.toBe('stated');
  });
});

describe('contracts of one job (【正社員】…【パート】) told apart only where the page picks one', () => {
  const page = (says: string) => `インサイドセールス（パート）
株式会社ハナミズキ・クラウド
${says}

【正社員】インサイドセールス
お問い合わせのあった企業へお電話し、オンライン商談の日程を決めます。個人ごとに月間の商談目標があります。
月給25万円〜＋インセンティブ
【パート】インサイドセールス
資料をお送りした企業へ、届いたかどうかの確認のお電話をします。パートの方にノルマはありません。
時給1,350円

勤務地
東京都港区
`;
  it('このページは【パート】の募集です: the full-time target and incentive are the other contract\'s', async () => {
    const r = await run(page('このページは【パート】の募集です。'));
    expect(r.quota).toBe('negated');
    expect(r.flags.some((f) => f.category === 'incentive')).toBe(false);
  });
  it('the title alone (…（パート）) picks the contract too', async () => {
    const r = await run(page(''));
    expect(r.quota).toBe('negated');
  });
});

describe('what is not a set of positions', () => {
  const elsewhere = (text: string) => {
    const n = normalize(text);
    const base = findSections(n.text);
    return withOtherPositions(n.text, base) !== base;
  };
  it('a numbered list of tasks (①電話対応 ②来客対応) names no roles', () => {
    expect(elsewhere('総合受付（データ入力）\n【仕事内容】\n①電話対応\n②来客対応\n③データ入力\n※この求人は受付の募集です')).toBe(false);
  });
  it('a contract\'s pay line followed by a blank line does not run over the next field', () => {
    const text = 'カスタマーサポート（パート）\n【給与】\n【正社員】月給24万円〜\n【パート】時給1,300円\n\n【勤務時間】\n9:00〜18:00\n';
    const n = normalize(text);
    const out = withOtherPositions(n.text, findSections(n.text));
    const hours = n.text.indexOf('【勤務時間】');
    expect(out.find((s) => s.start <= hours && s.end > hours)?.field).toBe('hours');
    const full = n.text.indexOf('【正社員】');
    expect(out.find((s) => s.start <= full && s.end > full)?.field).toBe('elsewhere');
  });
});

describe('a share of the day on the phone (業務のほとんどは電話です) says how much, not which way', () => {
  it('an inside seller who calls leads all day is outbound, not a desk that also takes calls', async () => {
    const r = await run(`インサイドセールス（法人向け会計ソフト）
【仕事内容】
資料をダウンロードされた企業のご担当者へお電話し、オンラインでの商談の日程を決めていただきます。
商談はフィールドセールスが担当します。
業務時間のほとんどは電話です。訪問はありません。
【給与】
月給24万円〜
【勤務地】
大阪市北区`);
    expect(r.jobType).toBe('outbound');
    expect(r.callCenter).toBe(true);
  });
  it('said of answering (業務の8割が電話でのご対応です), the share is a desk that takes calls', async () => {
    const r = await run(`修理受付スタッフ
【仕事内容】
給湯器の修理のお申し込みを受け付け、訪問の日程を調整します。
業務の8割が電話でのご対応です。
【給与】
時給1,200円
【勤務地】
名古屋市中区`);
    expect(r.jobType).toBe('inbound');
  });
});

describe('a title naming office work gives way where the page gives the phone most of the day, whichever way', () => {
  const officeDay = (share: string) => `一般事務（パート）
【仕事内容】
点検の日程についてのご連絡を受け、予定表に入力します。
${share}空いた時間に、書類をファイルにとじます。
【給与】
時給1,150円
【勤務地】
福岡市博多区`;
  it('a 一般事務 title over a day mostly on the phone, its direction named faintly, is a desk that takes calls', async () => {
    const r = await run(officeDay('業務時間のほとんどは電話です。\n'));
    expect(r.callCenter).toBe(true);
    expect(r.jobType).toBe('inbound');
  });
  it('without the share the title\'s office work stands', async () => {
    const r = await run(officeDay(''));
    expect(r.jobType).toBe('other');
  });
});

describe('a tour of departments whose headings carry a note of where they are (◆ 配送センター（千葉県）)', () => {
  const tour = (heading: string) => `部署紹介｜みどり家具 採用サイト
みどり家具は、家具と雑貨の通信販売の会社です。ここでは、社内の部署の仕事をご紹介します。

◆ 企画部
新しい家具のデザインを、工場と一緒に考えます。

◆ 営業部
ホテルやオフィスに家具をまとめてご提案します。売上目標は課ごとに立てています。

◆ お客様センター
カタログをご覧になったお客様からのご注文のお電話を受ける部署です。約50名のオペレーターが在籍しています。

${heading}
ご注文いただいた家具を、その日のうちに出荷する部署です。

▼ 現在の募集職種
現在募集しているのは【配送センター 出荷スタッフ（正社員）】のみです。

【仕事内容】
配送センターで、出荷の計画を立て、作業の割り振りを行います。
・出荷データの確認
・運送会社とのトラックの調整
【給与】月給23万円〜
【勤務地】千葉県野田市 配送センター
【応募】面接は配送センターで行います。`;
  it('the posted department is read, the others\' calls and targets are theirs', async () => {
    const r = await run(tour('◆ 配送センター（千葉県野田市）'));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
    expect(r.quota).toBe('absent');
  });
});

describe('figures a supervising role is said to watch (SVが応答率を毎日チェック) are not a target set on the job', () => {
  const desk = (title: string, line: string) => `${title}
【仕事内容】
通販のお客様からのご注文のお電話を受け、パソコンに入力します。
${line}
【給与】
時給1,250円
【勤務地】
札幌市中央区`;
  it('an operator\'s page that says the SV checks the answer rate states no quota', async () => {
    const r = await run(desk('受注オペレーター', 'ノルマはありません。SVが応答率や通話品質を毎日チェックし、シフトを調整しています。'));
    expect(r.quota).toBe('negated');
  });
  it('スーパーバイザーは応答率などの数値管理を行います: the same, said with は', async () => {
    const r = await run(desk('受注オペレーター', 'スーパーバイザーは応答率などの数値管理を行います。'));
    expect(r.quota).toBe('absent');
  });
  it('an SV\'s own page: the figures it watches are its own measure', async () => {
    const r = await run(desk('スーパーバイザー候補', 'SVが応答率や通話品質を毎日チェックし、シフトを調整しています。'));
    expect(r.quota).toBe('stated');
  });
});

describe('a colleague\'s day under a heading that says so (＜同じフロアで働くオペレーターの1日（参考）＞)', () => {
  const page = (heading: string) => `【短期】申込書のチェックと入力／電話対応なし
＜お仕事内容＞
保険会社の事務センターで、郵送で届いた申込書の記入漏れをチェックし、システムに入力します。
お客様とお電話で話すことはありません。

${heading}
9:00　朝礼
9:10　受電開始（契約内容のお問い合わせ）
13:00　申込書に不備のあったお客様へ確認のお電話
17:00　日報を書いて退勤

＜給与＞
時給1,200円
＜勤務地＞
仙台市青葉区`;
  it('the operators\' calls in their day are theirs: this job enters forms', async () => {
    const r = await run(page('＜同じフロアで働くオペレーターの1日（参考）＞'));
    expect(r.callCenter).toBe(false);
    expect(r.jobType).toBe('other');
  });
  it('a day told as the job\'s own (＜入力スタッフの1日＞) is read as the job', async () => {
    const r = await run(page('＜入力スタッフの1日＞'));
    expect(r.flags.some((f) => f.category === 'inbound')).toBe(true);
  });
});

describe('several positions, a second round: keys with words (■お仕事A：), the page\'s word for its main one, a list the page announces', () => {
  it('■お仕事A：…（今回のメイン募集） with お仕事B beside it: A is read, B is another job', async () => {
    const r = await run(`【受付スタッフ】家電の修理受付／同じセンターで発信スタッフも募集
このページでは2つのお仕事を募集しています。

■お仕事A：受付スタッフ（今回のメイン募集）
仕事内容
家電の故障のお電話を受け、修理の日程を決めます。こちらからお電話をかけることはありません。
給与
時給1,250円

■お仕事B：発信スタッフ
仕事内容
延長保証のご案内のお電話をかけます。月間の獲得目標があります。
給与
時給1,350円＋インセンティブ

勤務地
名古屋市中村区`);
    expect(r.jobType).toBe('inbound');
    expect(r.quota).not.toBe('stated');
  });
  it('以下の3職種で募集 and a title that names none: the first listed is the posting, up to what all share', async () => {
    const r = await run(`採用情報｜募集職種一覧
当社では、以下の3職種で仲間を募集しています。

① 書類の点検・入力
━━━━━━━━
【仕事内容】
郵送で届いた申込書の記入漏れを確認し、システムに入力します。お客様とのお電話はありません。
【時給】1,200円

② 申込受付（受電）
━━━━━━━━
お客様からのお申込みのお電話を受けます。
【時給】1,300円

③ ご案内（発信）
━━━━━━━━
更新時期のお客様へご案内のお電話をかけます。獲得目標があります。
【時給】1,350円

共通の待遇
━━━━━━━━
交通費全額支給`);
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
    expect(r.quota).not.toBe('stated');
  });
  it('次の2つのお仕事を担当していただきます: ① and ② are one job\'s two tasks, read whole', async () => {
    const r = await run(`お支払い窓口スタッフ
クレジットカード会社の窓口で、次の2つのお仕事を担当していただきます。

① お支払いのご案内（発信）
お支払い期日を過ぎたお客様へお電話をおかけし、ご入金の予定日をうかがいます。
② お問い合わせの受付（受信）
お客様からかかってくるお電話に対応します。

給与
時給1,450円`);
    expect(r.jobType).toBe('mixed');
  });
  it('①の受付担当が… refers to a position; it heads none', () => {
    const text = '入力スタッフ（②）\n2つのお仕事をご紹介しています。\n①受付スタッフ\nお電話を受けます。\n②入力スタッフ　★このページのお仕事\n①の受付担当が入力した記録を確認します。\n';
    const n = normalize(text);
    const out = withOtherPositions(n.text, findSections(n.text));
    const ref = n.text.indexOf('①の受付担当');
    expect(out.find((s) => s.start <= ref && s.end > ref)?.field).not.toBe('elsewhere');
  });
});

describe('a part of the title that names the page\'s other openings (…／同じセンターで発信スタッフも募集)', () => {
  it('the other opening named in the title is not this job\'s work', async () => {
    const r = await run(`データ入力スタッフ／同じ就業先でテレアポスタッフも募集
【仕事内容】
申込書の内容をパソコンに入力します。お電話の対応はありません。
【給与】
時給1,150円
【勤務地】
大阪市西区`);
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
});

describe('contracts keyed in angle brackets (〈パート〉〈正社員〉) under a title that names the others as also hired', () => {
  it('the title\'s own contract is read; 「※正社員も募集」 names the other, not this job', async () => {
    const r = await run(`【パート】電話受付スタッフ（水回り修理のご予約）※正社員も募集
[仕事内容]
〈パート〉
お客様からの修理のご依頼のお電話を受け、訪問の日時を決めます。パートさんにはノルマはありません。

〈正社員〉
訪問先で設備の交換をご提案する営業。月間の契約目標あり。
月給25万円〜＋歩合

[給与]〈パート〉時給1,200円`);
    expect(r.quota).toBe('negated');
    expect(r.jobType).toBe('inbound');
  });
});

describe('the posted position\'s own heading (◆②のお仕事内容) ends the position listed before it', () => {
  it('③\'s lines end where ②\'s fields begin: ②\'s welcome and manual are read', async () => {
    const r = await run(`【②】書類入力スタッフ
同じ職場で3つのお仕事をご紹介しています。

①電話受付（受信）
故障のお電話を受け、修理の日程を決めます。
②書類入力　★このページのお仕事
③ご案内（発信）
保証が切れるお客様へ、延長のご案内のお電話。獲得目標あり。

◆②のお仕事内容
修理の報告書をシステムに入力します。お客様とのお電話はありません。
◆応募資格
未経験歓迎
◆研修
マニュアルがあり、最初の1週間は先輩が横について教えます。
◆時給
1,150円`);
    expect(r.jobType).toBe('other');
    expect(r.quota).not.toBe('stated');
    expect(r.signals.beginnerOk).toBe(true);
    expect(r.signals.manualTraining).toBe(true);
  });
});
