// Kinds of reading fixed at stop 58, each pinned by postings and sentences of our own.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { flagTexts, posting, roleFixtureTests, run } from './helpers';

const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures/roles', name), 'utf8');

describe('stop 58: postings of our own (expected-stop58.json)', () => {
  roleFixtureTests('expected-stop58.json');
});

describe('a count the worker is expected to reach is a target (を期待しています)', () => {
  it('月10件ほどのアポイント獲得を期待しています', async () => {
    const r = await run(fixture('teleapo-count-expected.txt'));
    expect(r.flags.some((f) => f.id === 'quota.aimed-count' && f.text.includes('期待'))).toBe(true);
  });
  it('a hope for the staff with no count is no target', async () => {
    const r = await run(posting('受信オペレーター', 'お客様からのお電話を受けます。皆さんの活躍を期待しています。'));
    expect(r.quota).toBe('absent');
  });
});

describe('a knowledge tool the operator searches is a manual', () => {
  it('社内のFAQシステムで検索して確かめます', async () => {
    const r = await run(fixture('inbound-answers-from-faq-system.txt'));
    expect(r.signals.manualTraining).toBe(true);
  });
  it('building the FAQ system is the work, not a manual for it', async () => {
    const r = await run(posting('社内SE', '社内FAQシステムの構築と、ナレッジベースの整備を担当します。'));
    expect(r.signals.manualTraining).toBe(false);
  });
});

describe('a center named as the client of a system job is not the workplace', () => {
  it('コンタクトセンターシステム, コールセンターに電話システムを導入', async () => {
    const r = await run(fixture('ccaas-implementation-engineer.txt'));
    expect(r.flags.filter((f) => f.id === 'callCenter.center').map((f) => f.text)).toEqual([]);
  });
  it('an operator posting keeps its center', async () => {
    const r = await run(posting('コールセンタースタッフ', 'コールセンターで通販のお客様からのお電話を受けます。'));
    expect(r.callCenter).toBe(true);
  });
});

describe("the sales side's targets and results pay, as a sentence's topic, are not this job's", () => {
  it.each([
    '営業部門ではインセンティブ制度を導入し、成績上位者を表彰しています。',
    '当社の法人営業部では、毎月の売上目標を設定しています。',
  ])('%s', async (line) => {
    const r = await run(posting('受信オペレーター', `お客様からのお電話を受けます。ノルマはありません。\n${line}`));
    expect(r.quota).toBe('negated');
    expect(r.signals.incentive).toBe(false);
  });
  it('a sales posting keeps its own (営業部では beside a 営業 title)', async () => {
    const r = await run(posting('法人営業スタッフ', '企業を訪問してご提案します。\n営業部では、毎月の売上目標を設定しています。'));
    expect(r.quota).toBe('stated');
  });
  it('営業職ではないので、ノルマはありません denies a quota of this job', async () => {
    const r = await run(posting('入居者サポート事務', '入居者様からのお問い合わせをお受けします。営業職ではないので、ノルマはありません。'));
    expect(r.quota).toBe('negated');
  });
});

describe("results the company profile reports as reached are the company's", () => {
  it('売上目標を3期連続で達成しました, under 当社について', async () => {
    const r = await run(fixture('accountant-at-telemarketing-firm.txt'));
    expect(r.quota).toBe('absent');
  });
});

describe("a staff voice's former job, told in the past inside a longer quote, is not this job's", () => {
  it('「前の職場は…販売ノルマがきつかったんです。ここでは…」（入社1年目）', async () => {
    const r = await run(fixture('repair-desk-voice-of-former-quota.txt'));
    expect(flagTexts(r, 'quota')).toEqual([]);
  });
  it('the present job told after it keeps its own target (ここでは1日30件が目標です)', async () => {
    const r = await run(posting('受信スタッフ', 'お客様からのお電話を受けます。\n「前の職場は販売ノルマがきつかったんです。ここでは1日の受付件数の目標がありますが、無理のない数です。」'));
    expect(r.quota).toBe('stated');
  });
});

describe("a center's admin who reports its figures neither runs the center nor is held to them", () => {
  it.each([
    '応答率や通話件数の日報づくりをお願いします。',
    '放棄率の週報を作成します。',
    '架電数と獲得件数を月次レポートにまとめます。',
  ])('%s', async (line) => {
    const r = await run(posting('センター事務スタッフ', `オペレーターの勤怠の集計と備品の発注をお願いします。\n${line}\nお電話に出ることはありません。`));
    expect(flagTexts(r, 'quota')).toEqual([]);
  });
  it('センター運営アシスタント is an assistant to the center, not its management', async () => {
    const r = await run(fixture('center-operations-admin-reports.txt'));
    expect(flagTexts(r, 'management')).toEqual([]);
  });
  it('an SV held to the rate keeps it (応答率の目標を管理します)', async () => {
    const r = await run(posting('スーパーバイザー', 'オペレーター20名のチームをまとめ、応答率の目標を管理します。'));
    expect(r.quota).toBe('stated');
  });
});

describe('implicit quotas in other words', () => {
  it.each([
    ['テレアポスタッフ', '個人のお客様へお電話します。アポが取れない状態が続くと、契約の更新が難しくなります。'],
    ['受信オペレーター', 'カード会社の窓口です。委託元との契約で、入電の9割に20秒以内で応答することになっています。'],
  ])('%s: %s', async (title, job) => {
    expect((await run(posting(title, job))).quota).toBe('stated');
  });
});

describe('counts that feed the worker’s own review are a target (quota.count-judged)', () => {
  const P = (line: string) => posting('受信オペレーター', `お客様からのお電話を受けます。${line}`);
  it('1時間あたりの処理件数（生産性）を毎月振り返り、評価に反映します', async () => {
    expect((await run(P('1時間あたりの処理件数（生産性）を毎月振り返り、評価に反映します。'))).quota).toBe('stated');
  });
  it.each(['処理件数は評価には反映しません。', '受電件数を評価に使うことはありません。'])('said not to count is neither a target nor ノルマなし: %s', async (line) => {
    expect((await run(P(line))).quota).toBe('absent');
  });
});
