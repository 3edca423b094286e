// Stop 59's pages that carry job words but offer no job, on pages of our own: an agency's notes for staff already at
// work (派遣スタッフの皆さまへ, 現在お仕事をされている方向け), a recruit site's page that follows one employee through a
// day (先輩社員の一日｜…), and a company's work rules (第30条（賃金の構成） … 第31条). Beside them, other kinds that were
// already read right, and postings that carry the same words and stay postings: a 先輩スタッフの1日 below a job's
// fields, an agency posting with a note to its staff, 休日は就業規則による.
import { describe, expect, it } from 'vitest';
import { checkPages } from './posting-shapes-helpers';
import { run } from './helpers';

describe('stop 59 pages (expected-stop59.json)', () => {
  checkPages('expected-stop59.json');
});

describe('for people already hired', () => {
  it.each(['内定者の皆さまへ　入社前研修のご案内', '現在お仕事をされているスタッフの方向けのご案内です'])('%s, with no job of its own', async (head) => {
    const r = await run(`${head}\n\n入社前研修は3日間です。持ち物は筆記用具です。交通費は1日1,000円まで支給します。\nお問い合わせは人事部まで。`);
    expect(r.posting).toBe(false);
  });
});
