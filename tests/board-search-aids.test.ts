// A board's search aids around a posting (人気のキーワード：テレアポ 在宅 ／ コールセンター 未経験): their words are other
// jobs', not this one's. The aids end with their list of short items, so the posting's title and text below them
// stay the posting's. A page of our own, in the shape boards give it.
import { describe, expect, it } from 'vitest';
import { normalize } from '../lib/text/normalize';
import { findSections } from '../lib/text/sections';
import { run } from './helpers';

const page = (aids: string[]) =>
  [
    '受付事務スタッフの求人 - 株式会社みどり歯科 - 仙台市青葉区｜しごとサーチ',
    'しごとサーチ　｜　求人を探す　　ログイン',
    ...aids,
    'しごとサーチ ＞ 宮城 ＞ 仙台市 ＞ 受付事務',
    '受付事務スタッフ',
    '株式会社みどり歯科',
    '仕事内容',
    '受付業務をお任せします。患者さんの受付と会計、次回予約の入力です。',
    '応募資格',
    '高卒以上。医療事務の経験が2年以上ある方。',
    '給与',
    '時給1,100円',
    '勤務地',
    '宮城県仙台市青葉区',
  ].join('\n');

describe("a board's popular searches", () => {
  const aids: [string, string[]][] = [
    ['on the heading’s line', ['人気のキーワード：未経験 コールセンター　／　在宅 テレアポ　／　インセンティブ 営業']],
    ['between separators below the heading', ['◇ よく検索されるキーワード ◇', '未経験 コールセンター　｜　在宅 テレアポ　｜　インセンティブ 営業']],
    ['one to a line below the heading', ['■注目のキーワード', '未経験 コールセンター', '在宅 テレアポ', 'インセンティブ 営業', '']],
  ];
  it.each(aids)('%s: their words are not the job’s', async (_, lines) => {
    const r = await run(page(lines));
    expect(r.posting).toBe(true);
    expect(r.callCenter).toBe(false);
    expect(r.signals.beginnerOk).toBe(false);
    expect(r.pay.incentive.kind).toBe('none');
    expect(r.flags.map((f) => f.text).join(' ')).not.toMatch(/テレアポ|インセンティブ|コールセンター|未経験/);
  });
  it.each(aids)('%s: the list ends where its items end', (_, lines) => {
    const text = normalize(page(lines)).text;
    const aid = findSections(text).find((s) => s.field === 'elsewhere')!;
    expect(text.slice(aid.start, aid.end)).toContain('テレアポ');
    expect(text.slice(aid.end)).toContain('受付事務スタッフ\n株式会社みどり歯科');
    expect(findSections(text).find((s) => s.start >= aid.end)?.field).not.toBe('elsewhere');
  });
});

describe("a board's lists of other postings below the job, headed in its own words", () => {
  const withList = (heading: string) =>
    [
      '物流倉庫の入出荷スタッフ（事務）',
      '仕事内容',
      '入荷した荷物の数を端末で確かめ、出荷伝票を印刷して仕分けます。',
      '給与',
      '時給1,180円',
      '応募資格',
      '倉庫か事務のお仕事を1年以上された方。',
      heading,
      '・テレアポ（未経験歓迎）時給1,450円＋インセンティブ',
      '・法人営業（ノルマなし）月給26万円＋歩合',
      '会社概要',
      '株式会社みなと倉庫サービス',
    ].join('\n');
  it.each(['類似の求人', '■この求人に関連する求人', '【こちらの求人もおすすめ】', 'この仕事をチェックした人はこんな仕事も見ています', '― 近隣エリアのお仕事 ―'])(
    '%s: its words are other jobs’',
    async (heading) => {
      const r = await run(withList(heading));
      expect(r.posting).toBe(true);
      expect(r.jobType).toBe('other');
      expect(r.signals.beginnerOk).toBe(false);
      expect(r.signals.incentive).toBe(false);
      expect(r.quota).toBe('absent');
      expect(r.pay.base).toMatchObject({ unit: 'hour', min: 1180 });
    },
  );
  it('a catch line above the job’s own fields keeps the text under it', () => {
    const text = normalize(['受付スタッフ', '【人気のお仕事】', '未経験から始められる受付です。', '仕事内容', '来客の受付と電話の取次ぎ'].join('\n')).text;
    expect(findSections(text).some((s) => s.field === 'elsewhere')).toBe(false);
  });
});
