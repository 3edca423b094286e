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
