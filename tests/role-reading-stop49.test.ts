// Stop 49's readings, each pinned by postings of our own.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize } from '../lib/text/normalize';
import { findSections } from '../lib/text/sections';
import { articleMarkerCount } from '../lib/analysis/decide/article-markers';
import { plansStaffing } from '../lib/analysis/decide/evidence';
import type { Flag } from '../lib/core/types';
import { run } from './helpers';

const roles = (file: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures/roles', file), 'utf8');
const kindAt = (text: string, words: string) => {
  const n = normalize(text);
  const at = n.text.indexOf(normalize(words).text);
  return findSections(n.text).findLast((s) => s.start <= at)?.kind;
};

describe('a recruit FAQ whose question asks what the work is: its answer states the job', () => {
  it('the answer under Q. どんなお仕事ですか？ is the job\'s statement, though the 募集要項 has a 職種 line', () => {
    expect(kindAt(roles('faq-page-visit-reminder-calls.txt'), 'A. 以前ご来院いただいた患者様に')).toBe('job');
  });
  it('a reminder-call job described only in such an answer is outbound (its title names no direction)', async () => {
    const r = await run(roles('faq-page-visit-reminder-calls.txt'));
    expect({ jobType: r.jobType, callCenter: r.callCenter, quota: r.quota }).toEqual({ jobType: 'outbound', callCenter: true, quota: 'negated' });
  });
  it.each([
    ['Q. 仕事内容を教えてください', 'A. 通販のお客様からのご注文のお電話を受けて、専用画面に入力します。'],
    ['Q1. 具体的にはどんな業務をするのですか？', 'A. 通販のお客様からのご注文のお電話を受けて、専用画面に入力します。'],
  ])('%s opens the answer as the job', (q, a) => {
    const text = `株式会社ハルカゼ通販 採用サイト\nよくあるご質問\n\n${q}\n${a}\n\n■募集要項\n職種：受注スタッフ\n給与：時給1,200円`;
    expect(kindAt(text, a)).toBe('job');
  });
  it('other questions keep their kind (Q. 髪型や服装の決まりはありますか？)', () => {
    const text = '株式会社ハルカゼ通販 採用サイト\nよくあるご質問\n\nQ. 髪型や服装の決まりはありますか？\nA. 自由です。\n\n■募集要項\n職種：受注スタッフ';
    expect(kindAt(text, 'A. 自由です。')).not.toBe('job');
  });
  it('a page with a 仕事内容 section keeps it as the only statement of the work', () => {
    const text = '受注スタッフ募集\n【仕事内容】\nご注文のお電話の受付\n【よくある質問】\nQ. どんなお仕事ですか？\nA. 先輩の声：毎日楽しいです。';
    expect(kindAt(text, 'A. 先輩の声')).not.toBe('job');
  });
});

describe('a page copied with blanks at the ends of its lines reads as the same page', () => {
  // A staff interview that ends in the job's 募集要項, as recruit sites write them.
  const page = [
    '株式会社ミドリ保険サービス　採用サイト ＞ 社員インタビュー ＞ 相談スタッフ 入社3年目 森 由香',
    '',
    '「また相談したい」と言われる仕事。',
    '',
    '―― 入社のきっかけは？',
    '前職は飲食店のホールでした。人と話すのが好きで、暮らしのお金の相談にのれる仕事を探していました。',
    '',
    '―― どんなお仕事ですか？',
    'ショップに来られたお客様のお話をうかがい、保険の見直しをご提案しています。電話をかける営業はありません。',
    '',
    '――――――――――――――――',
    '■募集要項（相談スタッフ／正社員）',
    '仕事内容：来店型ショップでの保険のご相談とご提案',
    '給与：月給23万円〜',
    '勤務地：千葉市中央区',
    '勤務時間：10:00〜19:00',
    '応募方法：下のエントリーボタンから',
  ];
  it.each([['two spaces', '  '], ['a tab', '\t'], ['a full-width space', '\u3000'], ['a no-break space', '\u00a0']])('lines ending in %s', async (_, blank) => {
    const plain = await run(page.join('\n'));
    const padded = await run(page.map((l) => l + blank).join('\n'));
    expect(plain.posting).toBe(true);
    expect({ posting: padded.posting, jobType: padded.jobType, pay: padded.pay.base?.min }).toEqual({ posting: plain.posting, jobType: plain.jobType, pay: plain.pay.base?.min });
  });
});

describe('the decision reads a flag\'s sentence as the matcher reads the page (full-width letters, no-break spaces)', () => {
  it('督促（ＴＥＬ・書面） is collections by phone, as （TEL・書面） is', async () => {
    const r = await run('家賃保証会社の管理スタッフ\n【仕事内容】\n滞納家賃の督促（ＴＥＬ・書面）');
    expect({ jobType: r.jobType, callCenter: r.callCenter }).toEqual({ jobType: 'outbound', callCenter: true });
  });
  it.each([['WFM'], ['ＷＦＭ']])('%s is the planning of a center\'s staffing, in either width', (words) => {
    const flag: Flag = { id: 'management.quality', category: 'management', polarity: 'present', text: words, start: 0, end: words.length, sentence: `センターの${words}担当として勤務します。`, weight: 1, section: 'job' };
    expect(plansStaffing(flag)).toBe(true);
  });
  it('each direction\'s share after a no-break space (受信\u00a0約7割、…発信\u00a0約3割) is 受発信', async () => {
    const r = await run('通販のコールスタッフ\n【仕事内容】\nご注文のお電話を受ける受信\u00a0約7割、お届け日のご案内をする発信\u00a0約3割です。');
    expect(r.jobType).toBe('mixed');
  });
});

describe('an interviewer\'s question after a dash is an article\'s mark however the page indents it', () => {
  // Lines of an interview of our own; the text is read normalized (a full-width space becomes a plain one).
  const markers = (text: string) => { const t = normalize(text).text; return articleMarkerCount(t, t, t); };
  it.each([['no indent', ''], ['a full-width space', '\u3000'], ['two spaces', '  '], ['a tab', '\t']])('%s', (_, indent) => {
    const plain = markers('リフォーム営業 入社4年目\n――どんな仕事をしていますか。\nショールームでお客様のご相談をうかがいます。');
    const indented = markers(`リフォーム営業 入社4年目\n${indent}――どんな仕事をしていますか。\n${indent}ショールームでお客様のご相談をうかがいます。`);
    expect(plain).toBe(1);
    expect(indented).toBe(plain);
  });
});

describe('a target in a table row: the label and its value apart by a tab or spaces, not a colon', () => {
  const page = (row: string) => `テレアポスタッフ（契約社員）\n仕事内容\tお問い合わせをいただいた会社さまへの架電\n${row}\n給与\t時給1,300円\n勤務地\t大阪市北区`;
  it.each([['目標\t商談アポイントの獲得 1日2件'], ['目標　商談アポイントの獲得　1日2件'], ['｜目標｜商談アポイント 月20件｜']])('%s is a stated target', async (row) => {
    expect((await run(page(row))).quota).toBe('stated');
  });
  it.each([['目標\tなし'], ['キャリアの目標　正社員登用も目指せます']])('%s states none', async (row) => {
    expect((await run(page(row))).quota).toBe('absent');
  });
});

describe('postings in the shapes copies give them', () => {
  it('a freelance task whose headings open with emoji and whose terms sit in tab-separated rows is a posting with its pay', async () => {
    const text = [
      '【在宅】給湯器交換の無料見積もりアポイント（業務委託）／アポ1件4,000円',
      '株式会社ミライ設備',
      '',
      '📞 お仕事内容',
      '　給湯器が10年を過ぎたお宅へご自宅から電話をかけ、無料見積もりの日時をお約束いただくお仕事です。',
      '',
      '📋 条件',
      '報酬\t完全成果報酬　見積もりアポ1件 4,000円（税込）',
      '稼働\t週3日以上・1日2時間以上',
      'ノルマ\tなし',
      '研修\tオンライン説明会（1時間）',
      '',
      '💬 よくある質問',
      'Q. 通話料はかかりますか？',
      'A. 当社負担のアプリを使います。',
    ].join('\n');
    const r = await run(text);
    expect({ posting: r.posting, jobType: r.jobType, quota: r.quota }).toEqual({ posting: true, jobType: 'outbound', quota: 'negated' });
    expect(r.pay.base).toMatchObject({ unit: 'piece', min: 4000 });
    expect(r.pay.incentive.kind).toBe('only');
  });
});
