// Stop 31: kinds met in the tuned half of a new blind set (eval-blind-18), each pinned by postings and sentences of
// our own: bookings named as the object of the calls a counter takes (レッスンの予約・振替を受付カウンターとお電話で
// 承ります), a target another role holds (店舗の売上目標は店長が持つもので), an enrolment rate as a target, a press
// release about a new center, English-first bilingual headings (Salary / 給与), a shift band the title only welcomes
// (夜勤できる方歓迎), and a month's earnings said roughly in a reply (月5万円ちょっと).
import { describe, expect, it } from 'vitest';
import { isBooking } from '../lib/analysis/decide/evidence';
import { isOtherRolesTarget } from '../lib/analysis/whose-terms';
import type { Flag } from '../lib/core/types';
import { findSections } from '../lib/text/sections';
import { basePay, readPayChecked } from './pay-helpers';
import { checkPages, markersIn } from './posting-shapes-helpers';
import { roleFixtureTests, run } from './helpers';

const flag = (id: string, text: string, sentence: string): Flag => ({
  id,
  category: 'inbound',
  polarity: 'present',
  text,
  start: 0,
  end: text.length,
  sentence,
  weight: 2,
  section: 'job',
});

describe('stop 31: postings of our own (expected-stop31.json)', () => {
  roleFixtureTests('expected-stop31.json');
});

describe('stop 31: bookings named as what the calls take', () => {
  it('reads calls whose object is bookings as booking calls', () => {
    expect(isBooking(flag('inbound.incoming-calls', 'お電話で承', 'レッスンの予約・振替・キャンセルを受付カウンターとお電話で承ります'))).toBe(true);
    expect(isBooking(flag('inbound.incoming-calls', '電話で受付', '教習の予約・変更を窓口及び電話で受付（1日40件程度）'))).toBe(true);
  });
  it('leaves calls about anything else, and a booking named in another clause', () => {
    expect(isBooking(flag('inbound.incoming-calls', 'お電話を受け', 'ご注文のお電話を受け、在庫を確認します'))).toBe(false);
    expect(isBooking(flag('inbound.incoming-calls', 'お電話を受け', '予約システムの入力もありますが、主に修理のお問い合わせのお電話を受けます'))).toBe(false);
    expect(isBooking(flag('inbound.incoming-calls', 'お電話を受け', '予約システムへの入力を行い、お客様からのお電話を受けます'))).toBe(false);
    expect(isBooking(flag('inbound.incoming-calls', 'お電話で承', 'ご予約を、お電話で承ります'))).toBe(true);
  });
  it('a reservations desk with no counter stays inbound call-center work', async () => {
    const r = await run('ホテル予約センターのオペレーター\n仕事内容\n全国のホテルのご予約・変更・キャンセルをお電話で承ります。1日60件ほどの受電です。\n給与：時給1,300円\n勤務地：福岡市中央区');
    expect(r.jobType).toBe('inbound');
    expect(r.callCenter).toBe(true);
  });
});

describe('stop 31: a target another role holds', () => {
  const heldBy = (sentence: string, word: string, title = '売場スタッフ') => isOtherRolesTarget(sentence, sentence.indexOf(word) + word.length, title);
  it('sets aside a target the sentence gives to a manager', () => {
    expect(heldBy('店舗の売上目標は店長が持つもので、売場スタッフ個人にノルマはありません。', '売上目標')).toBe(true);
    expect(heldBy('客室の販売目標は支配人が持ちます。', '販売目標', '予約係')).toBe(true);
  });
  it('keeps the target when the title names that role, or when the team holds it', () => {
    expect(heldBy('月間の売上目標は店長が持ち、達成に向けて販促を考えます。', '売上目標', '店長候補（正社員）')).toBe(false);
    expect(heldBy('売上目標はチーム全員で追います。', '売上目標')).toBe(false);
    expect(heldBy('売上目標は毎月設定されます。', '売上目標')).toBe(false);
  });
});

describe('stop 31: an enrolment rate as a target', () => {
  it('reads 入会率…を目標に as a stated target; a leave-taking rate is no quota', async () => {
    expect((await run('英会話スクールの受付\n仕事内容\n体験レッスンの受付をします。体験からの入会率30%を目標にしています。\n給与：時給1,200円')).quota).toBe('stated');
    expect((await run('受付スタッフ\n仕事内容\n来客の受付をします。\n福利厚生\n有給休暇の取得率100%を目標にしています。\n給与：時給1,200円')).quota).toBe('absent');
  });
});

describe('stop 31: a press release about a new center (expected-stop31.json)', () => {
  checkPages('expected-stop31.json');
  it('counts a press release\'s own heading and its press contact as markers', () => {
    expect(markersIn('NEWS RELEASE\n2026年4月1日\n新センターを開設します。')).toBe(1);
    expect(markersIn('新拠点を開設\n【報道関係者のお問い合わせ先】広報担当')).toBe(1);
    expect(markersIn('受付スタッフ\n応募に関するお問い合わせ先：採用担当')).toBe(0);
  });
});

describe('stop 31: bilingual headings with the English label first', () => {
  it('reads Salary / 給与 as the pay section and Job / 仕事内容 as the job', () => {
    const text = 'bilingual support\njob / 仕事内容\ncall customers\nsalary / 給与\n時給1,500円';
    expect(findSections(text).map((s) => s.kind)).toEqual(['title', 'other', 'job', 'pay']);
  });
  it('reads pay per success under such a heading as results pay on top', () => {
    const p = readPayChecked('Inside Sales (English)\nJob / 仕事内容\nBook online demos by phone / 電話でデモの日程を設定します\n\nSalary / 給与\nJPY 1,600 per hour / 時給1,600円\n+ JPY 3,000 per demo held / デモが実施されると1件3,000円');
    expect(p.base).toMatchObject({ unit: 'hour', min: 1600, max: 1600 });
    expect(p.incentive).toMatchObject({ kind: 'plus', perUnit: 3000 });
  });
  it('leaves a duty line with a slash inside a section', () => {
    const text = 'オフィスワーク\n仕事内容\nexcel / 給与計算の補助\n給与\n時給1,200円';
    expect(findSections(text).filter((s) => s.kind === 'pay')).toHaveLength(1);
  });
});

describe('stop 31: a shift band the title only welcomes', () => {
  const posting = (title: string) => `${title}\n仕事内容\nカードの紛失受付です。\n給与\n[アルバイト] 時給1,300円～1,600円\n※日勤1,300円、夜勤（22時～翌7時）1,600円`;
  it('keeps the ordinary range when the title welcomes night work', () => {
    expect(basePay(posting('紛失受付デスク／夜勤できる方歓迎'))).toEqual({ unit: 'hour', min: 1300, max: 1600 });
  });
  it('reads the band\'s rate when the title says the job is that band alone', () => {
    expect(basePay(posting('紛失受付デスク【夜勤専従】'))).toEqual({ unit: 'hour', min: 1600, max: 1600 });
  });
});

describe('stop 31: a month\'s earnings said roughly, outside the pay section', () => {
  it('is no wage: results-only pay stays pay by the piece', () => {
    const p = readPayChecked('在宅テレアポさん募集\n✔ 完全歩合／アポ1件4,000円\n✔ ノルマ一切なし\n詳しくはDMください\n\n返信\nさき @saki\n初心者でも大丈夫ですか？\n　↳ みか @mika\n　　未経験の方ばかりです！慣れた方だと月12件くらい取ってます（月5万円ちょっと）');
    expect(p.base).toMatchObject({ unit: 'piece', min: 4000 });
    expect(p.incentive.kind).toBe('only');
  });
  it('a month\'s pay stated plainly is still read', () => {
    expect(basePay('事務スタッフ\n給与は月22万円です。')).toEqual({ unit: 'month', min: 220000, max: 220000 });
  });
});
