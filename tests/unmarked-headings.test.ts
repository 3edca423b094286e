// A heading copied without its mark (■チームの目標 → チームの目標, 【こちらからおかけするお電話】 as a plain line: pages that
// style their headings in CSS) is read as the marked heading is; a list of short duty lines, or the value under a
// label, is not taken for a heading. Postings of our own.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isUnmarkedHeading } from '../lib/analysis/context';
import { normalize } from '../lib/text/normalize';
import { findSections } from '../lib/text/sections';
import { withOtherDepartments } from '../lib/text/other-departments';
import { articleMarkerCount } from '../lib/analysis/decide/article-markers';
import { run } from './helpers';

const dir = path.join(import.meta.dirname, 'fixtures/unmarked-headings');
const read = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8');
/** The page with its heading marks gone: ■… and 【…】 alone on a line become plain lines. */
const withoutMarks = (t: string) => t.replace(/^[ \t]*[■◆●□◇▼][ \t]*/gm, '').replace(/^【([^【】\n]{1,20})】[ \t]*$/gm, '$1');
const flagKeys = (r: Awaited<ReturnType<typeof run>>) => r.flags.map((f) => `${f.id}|${f.polarity}|${f.text}`).sort();

describe('a heading without its mark reads as the marked heading', () => {
  it.each([['both-directions-listed.txt'], ['team-goal-and-duties.txt'], ['department-tour.txt'], ['glossary-joined-terms.txt']])('%s: the same flags and verdicts with and without marks', async (file) => {
    const marked = await run(read(file));
    const plain = await run(withoutMarks(read(file)));
    expect(withoutMarks(read(file))).not.toBe(read(file));
    expect(flagKeys(plain)).toEqual(flagKeys(marked));
    expect({ jobType: plain.jobType, quota: plain.quota, stress: plain.stress }).toEqual({ jobType: marked.jobType, quota: marked.quota, stress: marked.stress });
  });

  it('a desk that takes calls and makes them, with a list under each direction, is 受発信 either way', async () => {
    expect((await run(read('both-directions-listed.txt'))).jobType).toBe('mixed');
    expect((await run(withoutMarks(read('both-directions-listed.txt')))).jobType).toBe('mixed');
  });
});

describe('a tour of departments without marks', () => {
  it('the other departments\' paragraphs (営業部\'s monthly targets) are theirs, not the posted job\'s', async () => {
    const r = await run(withoutMarks(read('department-tour.txt')));
    expect(r.jobType).toBe('inbound');
    expect(r.quota).not.toBe('stated');
    expect(r.flags.filter((f) => f.category === 'quota' && f.polarity === 'present').map((f) => f.text)).toEqual([]);
  });
});

describe('an advice column whose ご相談 heading lost its mark', () => {
  const column = (heading: string) =>
    [
      'しごと相談室　第12回',
      '「インセンティブあり」のコールセンター、きつくない？',
      heading,
      '27歳、販売の仕事から転職を考えています。時給1,500円にインセンティブがつく発信の求人を見つけましたが、成績が悪いと居づらくなるのではと不安です。（大阪府・Kさん）',
      '回答　キャリアアドバイザー　森',
      '成績で時給が下がるのか、目標に届かないときに面談があるのかを、面接で聞いてみてください。',
    ].join('\n');
  it.each([['【ご相談】'], ['ご相談'], ['相談']])('%s: an article marker, and no posting', async (heading) => {
    const text = normalize(column(heading)).text;
    expect(articleMarkerCount(text, text, text)).toBeGreaterThanOrEqual(1);
    expect((await run(column(heading))).posting).toBe(false);
  });
});

describe('a list of departments is no tour', () => {
  it('names one to a line with no paragraph under them (配属先 ⏎ 営業部 ⏎ 総務部 ⏎ 経理部): the sections stay as they are', () => {
    const text = normalize('営業部の事務スタッフ募集\n■仕事内容\n営業部と各部署の書類の作成と電話の取り次ぎです。\n■配属先\n営業部\n総務部\n経理部\n■給与\n時給1,150円').text;
    const sections = findSections(text);
    expect(withOtherDepartments(text, sections)).toEqual(sections);
  });
});

describe('what is not a heading without a mark', () => {
  const at = (text: string, term: string) => {
    const i = text.indexOf(term);
    return isUnmarkedHeading(text, i, i + term.length);
  };
  it('a short line between a statement and a list item, ending with the term, is a heading', () => {
    expect(at('空いた時間は入力作業です。\nこちらからおかけするお電話\n・書類不足のご案内', 'お電話')).toBe(true);
    expect(at('ほとんどありません。\nチームの目標\n定着率90%を目指しています。', '目標')).toBe(true);
    // A glossary's entry, the term glossed in the bracket that closes the line.
    expect(at('現場で使う略語をまとめました。\naht(平均処理時間)\n一件の対応にかかった時間の平均です。', '平均処理時間')).toBe(true);
  });
  it('a run of short duty lines is a list, not headings', () => {
    expect(at('主なお仕事は次のとおりです。\n受電対応\nデータ入力\n書類の整理', '受電対応')).toBe(false);
  });
  it('the value under a marked heading, and a label with its value on one row, are values', () => {
    expect(at('■職種\nテレアポ\n未経験の方も歓迎します。', 'テレアポ')).toBe(false);
    expect(at('勤務地は札幌です。\n職種　　テレアポ\n・未経験歓迎', 'テレアポ')).toBe(false);
  });
  it('a term inside a page flattened into one long line is no heading (and is read from a window around it)', () => {
    const flat = `${'お客様からのお問い合わせに対応します。'.repeat(3000)}\nテレアポ\n${'・'.repeat(2)}リストに沿って電話します。`;
    expect(at(flat, 'お問い合わせ')).toBe(false);
    expect(at(flat, 'テレアポ')).toBe(true);
  });
  it('a line that states something (ノルマなし, 架電あり) is no heading', () => {
    expect(at('土日休みです。\nノルマなし\n・研修あり', 'ノルマ')).toBe(false);
  });
  it('topics joined to the term by ・ or a slash head the part together, whichever of them is the term', () => {
    const glossary = 'よく使う言葉をまとめました。\n受電／架電\nお電話を受けるのが受電、こちらからかけるのが架電です。';
    expect(at(glossary, '架電')).toBe(true);
    expect(at(glossary, '受電')).toBe(true);
    expect(at('よくあるご質問です。\nノルマ・インセンティブ\n個人の目標はありません。', 'ノルマ')).toBe(true);
  });
  it('a value with a note in brackets (正社員（新卒・中途）) or joined topics that state something are no heading', () => {
    expect(at('・パソコンの基本操作ができる方\n正社員(新卒・中途)\n給与は面接で決めます。', '新卒')).toBe(false);
    expect(at('土日休みです。\n架電・ノルマなし\n・研修あり', '架電')).toBe(false);
  });
});
