// Kinds of reading fixed at stop 46, each pinned by postings of our own.
import { describe, expect, it } from 'vitest';
import { posting, run } from './helpers';

describe('stop 46: calls counted by the month at a desk are a side of its work (月に10〜20件程度)', () => {
  it("an accounts clerk's reminder calls, a dozen or two a month, leave the job office work", async () => {
    const r = await run(posting('経理スタッフ（正社員）', '請求書の発行と入金の消し込み、月次決算の補助をお任せします。\n・支払期日を過ぎた取引先へのご入金確認のお電話（月に10〜20件程度）\n・仕入先からの請求書のチェック'));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
  it('a count a month that is a target, not a measure of calls, says nothing of a light load (月に20件のアポ)', async () => {
    const r = await run(posting('テレアポスタッフ', '法人のお客様へお電話し、商談のアポイントを取るお仕事です。\n目標は月に20件のアポイントです。'));
    expect(r.jobType).toBe('outbound');
  });
  it('a center that counts its calls in hundreds a month is still a center', async () => {
    const r = await run(posting('受信オペレーター', 'お客様からのお問い合わせのお電話を受けるお仕事です。\nお一人あたり月に800件ほどのお電話に対応します。'));
    expect(r.jobType).toBe('inbound');
  });
});

const tour = (posted: string) => `株式会社はまかぜ住設 採用サイト｜部署紹介

当社は水まわりのリフォームと給湯器の交換を、3つの部署で手がけています。

■営業部
ショールームにいらしたお客様や、ご紹介いただいたお宅を訪ねてリフォームをご提案します。部として月間の受注目標を立て、達成した月は報奨金が出ます。

■工事部
職人さんの手配と現場の管理を担当します。

■お客様相談センター
給湯器のお湯が出ない、水漏れがするといったお電話を受け、修理の日程をお取りする部署です。

――――――――――――
募集要項
――――――――――――
職種：${posted}
給与：時給1,250円
勤務地：本社（港区X-X-X）
応募方法：下のフォームからご応募ください。`;

describe('stop 46: a page that tours its departments before one 募集要項 (■営業部 … ■お客様相談センター …)', () => {
  it("another department's target and bonus are not the posted job's", async () => {
    const r = await run(tour('お客様相談センター 電話受付スタッフ（パート）\n仕事内容：上記「お客様相談センター」でのお電話の受付と日程の入力'));
    expect(r.jobType).toBe('inbound');
    expect(r.quota).not.toBe('stated');
    expect(r.signals.incentive).toBe(false);
  });
  it("the posted department's own target stays its own", async () => {
    const r = await run(tour('営業部 リフォーム提案スタッフ（正社員）\n仕事内容：上記「営業部」でのリフォームのご提案'));
    expect(r.jobType).toBe('sales');
    expect(r.quota).toBe('stated');
  });
  it('two department headings are a posting\'s own teams, not a tour: nothing is set aside', async () => {
    const text = tour('お客様相談センター 電話受付スタッフ（パート）').replace('■工事部\n職人さんの手配と現場の管理を担当します。\n\n', '');
    expect((await run(text)).quota).toBe('stated');
  });
});

describe('stop 46: a clinic reception that also takes bookings by phone is counter work (保険証の確認, 問診票)', () => {
  it("a bone-setter's reception with phone bookings among its counter tasks is other work", async () => {
    const r = await run(posting('受付スタッフ（パート）', 'みどり整骨院の受付をお願いします。\n・保険証の確認と問診票のお渡し\n・お会計と領収書のお渡し\n・お電話でのご予約の受付\n・待合室の片付け'));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
  it('a clinic group\'s booking center, where the calls are the work, stays inbound', async () => {
    const r = await run(posting('予約センタースタッフ', '医療法人の予約センターで、5つのクリニックの診療予約のお電話を受けるお仕事です。\n1日60件ほどのお電話に対応します。保険証の確認は来院時に受付で行うため、お電話ではご案内のみです。'));
    expect(r.jobType).toBe('inbound');
  });
});

describe('stop 46: アウトバウンド that glosses shipments (海外発送（アウトバウンド）) is not calling out', () => {
  it("a courier's customer service that answers questions about outbound shipments stays inbound", async () => {
    const r = await run(posting('カスタマーサービス', '国内外のお客様から、荷物の追跡や配達日の変更についてのお電話を受けて対応します。\n海外発送（アウトバウンド）の荷物についてのご質問にもお答えします。\n販売ノルマはありません。'));
    expect(r.jobType).toBe('inbound');
  });
  it('アウトバウンド as calling out, beside an inbound desk, still makes the job mixed', async () => {
    const r = await run(posting('受発信スタッフ', 'お客様からのお問い合わせのお電話を受けるインバウンドが6割、資料をご請求いただいた方へのアウトバウンドが4割です。'));
    expect(r.jobType).toBe('mixed');
  });
});

describe('stop 46: 受信 beside 書類 in the same sentence is still taking calls (書類不備のご案内)', () => {
  it('calls taken and calls about missing papers made, in one line, make the job mixed', async () => {
    const r = await run(posting('保険センタースタッフ', '仕事内容：ご加入者さまからのお問い合わせ対応（受信）と、申込書類の不備のご連絡（発信）です。'));
    expect(r.jobType).toBe('mixed');
  });
  it('papers received by fax are not calls taken', async () => {
    const r = await run(posting('受注事務スタッフ', '取引先から書類を受信したら、内容を確認して受注システムに登録します。\nデータ入力が中心のお仕事です。'));
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
});
