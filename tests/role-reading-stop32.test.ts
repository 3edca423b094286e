// Stop 32: kinds met in the tuned halves of two new blind sets (eval-blind-19, eval-blind-20), each pinned by postings
// and sentences of our own: phone work named as what a consultant designs (受発信業務の体制設計, コールセンター運用
// コンサルタント), a results page drawn as framed cards with one card opened, a secretary whose duties name a sales
// director, calls taken by phone and mail with a small share of calls out, a supervisor's opening under a tour
// of the center's departments, calls an auto-dialer connects (outbound), work a municipality's 正職員 does (not this
// job's), a count of appointments named as the target (目標アポ数), a hardship denied (数字を追うのが苦にならない方), and
// a company's internal newsletter (社内報, 社外秘) that reports a pay revision to staff already hired.
import { describe, expect, it } from 'vitest';
import { doneByOthersSpan, isDesignedWork, isOccasional } from '../lib/analysis/context';
import { findSections } from '../lib/text/sections';
import { roleFixtureTests, run } from './helpers';
import { checkPages } from './posting-shapes-helpers';
import fs from 'node:fs';
import path from 'node:path';

describe('stop 32: postings of our own (expected-stop32.json)', () => {
  roleFixtureTests('expected-stop32.json');
});

describe('stop 32: phone work as what a role designs', () => {
  const designed = (sentence: string, word: string) => isDesignedWork(sentence, sentence.indexOf(word) + word.length);
  it('the words right after the term name a design or build of it', () => {
    // The sentence as matching sees it: normalized (／ is /).
    expect(designed('・インバウンド/アウトバウンドの運用設計', 'インバウンド')).toBe(true);
    expect(designed('・受発信業務の体制設計', '受発信')).toBe(true);
    expect(designed('受電業務のフロー構築とマニュアル整備', '受電')).toBe(true);
  });
  it('taking the calls, or opening a new center as its staff, is the work', () => {
    expect(designed('受発信業務をお任せします', '受発信')).toBe(false);
    expect(designed('受発信業務の立ち上げメンバーとして働いていただきます', '受発信')).toBe(false);
    expect(designed('受電業務の後、入力作業をします', '受電')).toBe(false);
  });
});

describe('stop 32: a share of the calls said to be small', () => {
  it('is a side of the work', () => {
    const s = '書類に漏れがあったときのご連絡（発信は業務全体の1割未満です）';
    expect(isOccasional(s, s.indexOf('発信') + 2)).toBe(true);
    const t = '架電は全体の5%程度です';
    expect(isOccasional(t, 2)).toBe(true);
  });
  it('a share alone, or a large one, is not', () => {
    expect(isOccasional('受信7割・発信3割です', 7)).toBe(false);
    expect(isOccasional('発信が15%ほどあります', 2)).toBe(false);
  });
});

describe('stop 32: pages of our own (posting-shapes/expected-stop32.json)', () => {
  checkPages('expected-stop32.json');
});

describe('stop 32: a results page drawn as framed cards', () => {
  const text = fs.readFileSync(path.join(import.meta.dirname, 'fixtures/posting-shapes/p32-card-list-framed-expanded-card.txt'), 'utf8');
  it('a heading inside the frame (│ 【仕事内容】…) opens its section', () => {
    const kinds = findSections('受付\n│ 【仕事内容】来客のご案内\n│ 【給与】時給1,200円\n').map((s) => s.kind);
    expect(kinds).toContain('job');
    expect(kinds).toContain('pay');
  });
  it('the opened card\'s duties decide the job, not the other cards around it', async () => {
    const r = await run(text);
    expect(r.jobType).toBe('other');
    expect(r.callCenter).toBe(false);
  });
});

describe('stop 32: work a municipality\'s own staff does', () => {
  it('電話での催告は…正職員が行います is not this job\'s', () => {
    expect(doneByOthersSpan('未納の方への電話での催告は、収納担当の正職員が行います。')?.to).toBeGreaterThan(0);
  });
  it('the job\'s own title (会計年度任用職員) is not someone else', () => {
    expect(doneByOthersSpan('電話対応は会計年度任用職員が行います。')).toBeNull();
  });
});

describe('stop 32: a hardship denied does not deny the work', () => {
  it('テレアポに抵抗のない方 and 数字を追うのが苦にならない方 keep the work present', async () => {
    const r = await run('テレアポスタッフ\n仕事内容\n法人へのテレアポのお仕事です。\n応募資格\nテレアポに抵抗のない方、数字を追うのが苦にならない方\n給与：時給1,300円');
    const apo = r.flags.filter((f) => f.id === 'outbound.teleapo' && f.section === 'requirements');
    expect(apo.map((f) => f.polarity)).toEqual(['present']);
    expect(r.flags.find((f) => f.id === 'quota.numbers')?.polarity).toBe('present');
  });
  it('a plain denial still denies it', async () => {
    const r = await run('事務スタッフ\n仕事内容\n書類の入力です。テレアポはありません。\n給与：時給1,200円');
    expect(r.flags.find((f) => f.id === 'outbound.teleapo')?.polarity).toBe('negated');
  });
});
