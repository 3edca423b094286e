// Pages as copies give them read as the pages themselves: table rows as tabs (label<TAB>value) as the same rows with
// colons, every line indented as the lines at the margin. Postings, threads and pages of our own.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize } from '../lib/text/normalize';
import { findSections } from '../lib/text/sections';
import { articleMarkerCount } from '../lib/analysis/decide/article-markers';
import { readPayChecked } from './pay-helpers';
import { run } from './helpers';

describe('a minimum guarantee in a table row: its conditions first, the amount further on its line', () => {
  const page = (row: string) =>
    `【業務委託】店舗向けPOSレジの紹介営業｜成果報酬\n■業務内容\n商店街のお店を回り、レジの入れ替えをご提案します。\n■報酬\n・導入1店舗あたり　18,000円\n${row}\n■契約形態\n業務委託`;
  it.each([
    ['・最低保証：開始から2ヶ月間は、月12日以上稼働した月に月額120,000円を保証'],
    ['・最低保証\t開始から2ヶ月間は、月12日以上稼働した月に月額120,000円を保証'],
    ['最低保証　　開始から2ヶ月間は、月12日以上稼働した月に月額120,000円を保証'],
  ])('%s', (row) => {
    const p = readPayChecked(page(row));
    expect(p.base).toMatchObject({ unit: 'piece', min: 18000 });
    expect(p.incentive).toMatchObject({ kind: 'only', perUnit: 18000, guaranteed: 120000 });
  });
});

describe('an advice thread names its asker and answerers as labels, a colon or a tab after them', () => {
  const thread = (gap: string) =>
    [
      '営業職の内定、固定残業代込みの月給は妥当でしょうか？',
      `質問者${gap}みかん（20代）`,
      '月給24万円（固定残業代40時間分を含む）の内定をもらいました。前職より手取りが減りそうで迷っています。',
      `回答者${gap}まちの社労士`,
      '40時間を超えた分の残業代が別に出るかを、雇用契約書で確かめてください。',
      `回答者${gap}営業10年目`,
      '訪問件数の目標があるかも聞いておくと安心です。',
    ].join('\n');
  it.each([['：'], ['\t'], ['｜']])('回答者%s…', async (gap) => {
    const text = normalize(thread(gap)).text;
    expect(articleMarkerCount(text, text, text)).toBeGreaterThanOrEqual(1);
    expect((await run(thread(gap))).posting).toBe(false);
  });
});

describe('a recruit site\'s top that lists its openings with their pay, every line indented', () => {
  const top = [
    '採用情報｜株式会社みどり青果',
    '',
    '市場から朝とれの野菜を、町の八百屋さんとレストランへ届けています。一緒に働く仲間を募集しています。',
    '',
    '■ 現在募集中の職種',
    '1. ルート配送ドライバー（市内の飲食店向け）　正社員　月給23万円〜　[詳しく見る]',
    '2. 受注センタースタッフ（電話・FAXの注文受付）　パート　時給1,150円　[詳しく見る]',
    '3. 青果の仕分けスタッフ（早朝）　アルバイト　時給1,250円〜　[詳しく見る]',
    '',
    '■ 選考の流れ',
    'エントリー → 面接 → 内定',
  ];
  it.each([[''], ['  '], ['\u3000'], ['\t']])('indented by %j: a page that points to its postings', async (indent) => {
    expect((await run(top.map((l) => (l ? indent + l : l)).join('\n'))).posting).toBe(false);
  });
});

describe('a posting written with Markdown headings reads as the same posting with ■ headings', () => {
  const posting = (mark: string) =>
    [
      'インバウンドコールスタッフ（家電の修理受付）',
      `${mark}仕事内容`,
      '修理のお申し込みのお電話を受け、訪問日を決めてシステムに入力します。かけるお電話はありません。',
      `${mark}ノルマ`,
      'なし',
      `${mark}給与`,
      '時給1,300円',
      `${mark}勤務地`,
      '大阪市北区',
    ].join('\n');
  it.each([['■'], ['## '], ['### '], ['# ']])('%j', async (mark) => {
    const r = await run(posting(mark));
    expect({ posting: r.posting, jobType: r.jobType, quota: r.quota }).toEqual({ posting: true, jobType: 'inbound', quota: 'negated' });
    expect(r.pay.base).toMatchObject({ unit: 'hour', min: 1300 });
  });
});

describe('an advice column whose letter and answer are headed ■相談 and ■回答', () => {
  const column = (open: string, close: string) =>
    [
      'はたらく相談室　第7回',
      `${open}相談${close}`,
      '求人に「インセンティブあり・ノルマなし」と書かれたテレアポの仕事があります。本当にノルマはないのでしょうか。',
      `${open}回答${close}`,
      '件数の目安を聞いてみましょう。「目標」と呼んでいるだけの職場もあります。',
    ].join('\n');
  const markers = (page: string) => {
    const text = normalize(page).text;
    return articleMarkerCount(text, text, text);
  };
  it.each([['【', '】'], ['［', '］'], ['[', ']'], ['■', ''], ['◆ ', '']])('%s相談%s: one marker more than the same page without its headings', (open, close) => {
    const page = column(open, close);
    const withoutHeadings = page.split('\n').filter((l) => !/^.{0,2}(?:相談|回答).?$/.test(l)).join('\n');
    expect(markers(page)).toBe(markers(withoutHeadings) + 1);
  });
});

describe('a recruit FAQ copied without its blank lines: the answer to "what is the work" ends at the next question', () => {
  const faq = fs.readFileSync(path.join(import.meta.dirname, 'fixtures/roles/faq-page-visit-reminder-calls.txt'), 'utf8');
  const dense = faq.replace(/\n[ \t]*\n+/g, '\n');
  const kindAt = (text: string, words: string) => {
    const n = normalize(text);
    const at = n.text.indexOf(normalize(words).text);
    return findSections(n.text).findLast((s) => s.start <= at)?.kind;
  };
  it('the first answer is the job\'s statement and the next question\'s answer is not, blank lines or none', () => {
    for (const text of [faq, dense]) {
      expect(kindAt(text, 'A. 以前ご来院いただいた患者様に')).toBe('job');
      expect(kindAt(text, 'A. 日時の変更などで')).not.toBe('job');
    }
  });
  it('the job reads the same both ways', async () => {
    const [a, b] = [await run(faq), await run(dense)];
    expect({ jobType: b.jobType, callCenter: b.callCenter, quota: b.quota }).toEqual({ jobType: a.jobType, callCenter: a.callCenter, quota: a.quota });
  });
});

describe('a posting copied double-spaced (each line its own paragraph) reads as the posting', () => {
  const lines = [
    '【パート】通販の受注スタッフ／時給1,250円',
    '株式会社はるかぜ通販',
    '【仕事内容】',
    'カタログを見たお客様からのご注文のお電話を受け、画面に入力します。こちらからおかけする電話はありません。',
    '【ノルマ】',
    'なし',
    '■目標',
    '月ごとにお申し込み受付30件を、チームで分けて担当します。',
    '【給与】',
    '時給1,250円',
    '【交通費】',
    '1日上限600円まで支給',
    '【勤務地】',
    '福岡市博多区',
  ];
  it('the same job, quota, pay and commute as the single-spaced copy', async () => {
    const [a, b] = [await run(lines.join('\n')), await run(lines.join('\n\n'))];
    expect({ jobType: a.jobType, quota: a.quota, commute: a.pay.commute.kind }).toEqual({ jobType: 'inbound', quota: 'stated', commute: 'capped' });
    expect({ posting: b.posting, jobType: b.jobType, quota: b.quota, stress: b.stress, commute: [b.pay.commute.kind, b.pay.commute.cap] }).toEqual({ posting: a.posting, jobType: a.jobType, quota: a.quota, stress: a.stress, commute: [a.pay.commute.kind, a.pay.commute.cap] });
    expect(b.pay.base).toMatchObject({ unit: 'hour', min: 1250 });
  });
});

describe('a label naming several topics, copied without its heading mark (インセンティブ・ノルマ ⏎ ありません)', () => {
  const page = (label: string, answer: string) =>
    ['更新手続きのご案内スタッフ（契約社員）', '■仕事内容', 'ご契約中のお客様へ、更新の時期と手続きをお電話でご案内します。', label, answer, '■給与', '時給1,250円'].join('\n');
  it.each([['■インセンティブ・ノルマ'], ['インセンティブ・ノルマ'], ['ノルマ／インセンティブ']])('%s ⏎ ありません: both absent', async (label) => {
    const r = await run(page(label, 'ありません。件数で評価することもありません。'));
    expect(r.quota).toBe('negated');
    expect(r.flags.filter((f) => f.category === 'incentive' || f.category === 'quota').every((f) => f.polarity === 'negated')).toBe(true);
  });
  it('インセンティブ・ノルマ ⏎ あり: stated', async () => {
    expect((await run(page('インセンティブ・ノルマ', 'あり（月の獲得目標10件）'))).quota).toBe('stated');
  });
});
