// Quota and incentive, fifth red-team round: postings of our own (tests/fixtures/quota, each named after its kind),
// with what a careful reader labels them (expected.json: quota stated / negated / absent, and whether results pay is
// a term of this job). Kinds: pressure stated without the word ノルマ, ノルマなし next to a target, denials in other
// forms, quota words in another sense, and results pay named in other words or belonging to another job. Since stop 59
// a denial in other forms (目標件数の設定はなし, 数字を追いかける仕事ではありません) leaves quota absent, as the label's
// definition has it (negated: an explicit ノルマなし); its easing is the reason quota.targetsDenied.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { QuotaStatus } from '../lib/core/types';
import { run } from './helpers';

const dir = path.join(import.meta.dirname, 'fixtures/quota');
const expected: Record<string, { quota: QuotaStatus; incentive: boolean }> = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));

describe('own postings: quota and incentive as a reader labels them', () => {
  it('every fixture has its expectation and every expectation its fixture', () => {
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    expect(files).toEqual(Object.keys(expected).sort());
  });
  for (const [file, want] of Object.entries(expected)) {
    it(file, async () => {
      const r = await run(fs.readFileSync(path.join(dir, file), 'utf8'));
      expect(r.posting).toBe(true);
      expect({ quota: r.quota, incentive: r.signals.incentive }).toEqual(want);
    });
  }
});

describe('whose terms', () => {
  it("another role's results pay, set against this job's fixed pay, is not this job's", async () => {
    const other = await run('配車スタッフ\n【仕事内容】\n配車のお電話を受けます。\n【給与】\n時給1,200円（ドライバーは歩合制ですが、配車スタッフは固定給です）');
    expect(other.signals.incentive).toBe(false);
    const own = await run('テレアポスタッフ\n【仕事内容】\n法人様へのご案内のお電話です。\n【給与】\n基本は固定給ですが、成果に応じてインセンティブもあります。');
    expect(own.signals.incentive).toBe(true);
  });
});

describe('goals that are not targets on the worker', () => {
  it("the customer's goal the job helps reach is not a target; the team's goal the SV helps with is", async () => {
    const customers = await run('学習塾の講師\n【仕事内容】\n生徒さんの目標達成に向けて、学習計画づくりをお手伝いします。');
    expect(customers.quota).toBe('absent');
    const team = await run('テレアポスタッフ\n【仕事内容】\n法人様へのご案内のお電話です。チームの目標達成に向けて、SVがサポートします。');
    expect(team.quota).toBe('stated');
  });
  it("a goal in the company profile is the company's", async () => {
    const goal = await run('一般事務\n【仕事内容】\n伝票の入力をお願いします。\n【会社概要】\n2030年に売上高100億円を目標に、新工場を建設中です。');
    expect(goal.quota).toBe('absent');
  });
});

describe('denials in other forms', () => {
  it('a term quoted whole is negated past its quote, and stated where nothing denies it', async () => {
    const denied = await run('予約受付スタッフ\n【仕事内容】\nご予約のお電話を受けます。\n「ノルマ」はありません。');
    expect(denied.quota).toBe('negated');
    const stated = await run('予約受付スタッフ\n【仕事内容】\nご予約のお電話を受けます。\nいわゆる「ノルマ」があります。');
    expect(stated.quota).toBe('stated');
  });
});
