// Stop 48's marks of pages that are not postings, on pages of our own: a staffing agency's guide that walks the reader
// through registering (its title names a process: ご登録の流れ) and shows a job only as an example of what it may
// introduce (＜ご紹介例＞, ※紹介例です). An agency's own posting, whose apply step sends the applicant to a 登録会,
// stays a posting.
import { describe, expect, it } from 'vitest';
import { run } from './helpers';
import { markersIn } from './posting-shapes-helpers';
import { titleLooksLikeJob } from '../lib/analysis/decide/posting';

const GUIDE = `はじめての派遣ガイド｜ご登録の流れ｜みなとワークス
ホーム ＞ 派遣のしくみ ＞ ご登録の流れ

みなとワークスでは、事務やコールセンターのお仕事をご紹介しています。お仕事探しの前に、かんたんなスタッフ登録をお願いしています。

STEP1　WEBエントリー（5分ほど）
お名前とご連絡先、ご希望のエリアを入力してください。

STEP2　登録面談（オンラインも可）
担当者がご希望をうかがいます。パソコンの基本操作を確かめる短いテストもあります。

STEP3　お仕事のご紹介
条件に合うお仕事をお電話でご案内します。
【紹介例】
通販の注文受付（電話・受信のみ）
時給1,350円／9:30〜17:30／港北区
※紹介例です。実際の募集はお仕事検索からご覧ください。

STEP4　就業スタート
派遣先の研修を受けてからお仕事を始めます。`;

const AGENCY_POSTING = `通販の注文受付スタッフ（派遣）／受信のみ・未経験OK
みなとワークス株式会社

【仕事内容】
カタログを見たお客様からのご注文のお電話を受け、パソコンに入力するお仕事です。こちらから電話をかけることはありません。
【給与】時給1,350円
【勤務地】横浜市港北区（駅から徒歩5分）
【勤務時間】9:30〜17:30（休憩60分）
【応募方法】WEBエントリーのあと、登録会（オンラインも可）にお越しください。`;

describe('an agency guide that walks the reader through registering', () => {
  it('a title that names a process (ご登録の流れ, 掲載までの流れ) names no job', () => {
    expect(titleLooksLikeJob('ご登録の流れ｜コールセンタースタッフのお仕事なら〇〇')).toBe(false);
    expect(titleLooksLikeJob('料金プランと掲載までの流れ｜〇〇求人')).toBe(false);
    expect(titleLooksLikeJob('通販の注文受付スタッフ（派遣）／受信のみ')).toBe(true);
  });
  it.each([['【紹介例】'], ['＜ご紹介例＞'], ['■求人例'], ['掲載例']])('%s as a heading is one more mark', (heading) => {
    expect(markersIn(`${heading}\n通販の注文受付\n時給1,350円`)).toBe(markersIn('通販の注文受付\n時給1,350円') + 1);
  });
  it('※紹介例です is a mark; お仕事例 (an agency posting lists its tasks so) is not', () => {
    expect(markersIn('※紹介例です。実際の募集はお仕事検索からご覧ください。')).toBe(1);
    expect(markersIn('＜お仕事例＞\n・データ入力\n・電話の取り次ぎ')).toBe(0);
  });
  it('the guide is not a posting, and its example pay is not pay', async () => {
    const r = await run(GUIDE);
    expect(r.posting).toBe(false);
    expect(r.pay.base).toBeNull();
  });
  it("the agency's own posting, whose apply step names a 登録会, stays a posting", async () => {
    const r = await run(AGENCY_POSTING);
    expect(r.posting).toBe(true);
    expect(r.jobType).toBe('inbound');
    expect(r.pay.base?.min).toBe(1350);
  });
});
