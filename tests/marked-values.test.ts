// A requirement list whose every item carries a heading mark (■経験不問 ⏎ ■39歳以下の方): the item states its value,
// it heads nothing. Such a line was read as a topic heading, and 経験不問 or 経験3年以上 stated nothing. A posting of
// our own.
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const posting = (items: string[]) =>
  [
    '中途採用：ルート営業（名古屋営業所）',
    '業務内容',
    '地域の工務店さまを定期的に訪問し、住宅設備の受注と納期のご連絡を担当します。',
    '給与',
    '■月給 210,000円〜',
    '応募資格',
    ...items,
    '勤務時間',
    '8:45〜17:45（休憩1h）',
  ].join('\n');

describe('a heading-marked item that states its value', () => {
  it.each([[['■経験不問', '■普通自動車免許（AT限定可）']], [['◆学歴・経験不問', '◆40歳以下の方']], [['● 未経験歓迎', '● 要普通免許']]])('%j welcomes beginners', async (items) => {
    expect((await run(posting(items))).signals.beginnerOk).toBe(true);
  });
  it('a list without such an item welcomes no one', async () => {
    expect((await run(posting(['■営業経験3年以上', '■普通自動車免許']))).signals.beginnerOk).toBe(false);
  });
});

describe('a heading-marked item that states a requirement', () => {
  it.each([[['■法人営業の経験3年以上', '■普通自動車免許']], [['■経験者のみ', '■要普通自動車免許']]])('%j requires experience', async (items) => {
    expect((await run(posting(items))).signals.experienceRequired).toBe(true);
  });
});

describe('a heading-marked pay line (in a list of selling points) is a value: the results pay after its amount is stated', () => {
  const shop = (line: string) =>
    ['テレフォンアポインター（アルバイト）', 'おすすめポイント', line, '■駅から徒歩3分', '仕事内容', '法人のお客様へお電話し、複合機の無料点検のご案内をします。', '給与', '時給1,450円', '勤務地', '福岡市博多区'].join('\n');
  it.each([['■時給1,450円＋インセンティブ'], ['◆時給1,450円＋歩合']])('%s', async (line) => {
    const r = await run(shop(line));
    expect(r.signals.incentive).toBe(true);
    // The lexicon reads the line's own words as stated, not as a topic heading waiting for its answer.
    expect(r.flags.some((f) => f.id === 'incentive.pay' && f.polarity === 'present' && line.includes(f.text))).toBe(true);
  });
});
