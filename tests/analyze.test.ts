// Invariants of the analyzer, checked on every posting of the own labelled set.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, builtinLexicon, createRoughTokenizer, SENSITIVITIES, type AnalysisResult, type Flag, type Tokenizer } from '../lib/index';
import { normalize } from '../lib/text/normalize';
import { run, tokenizer } from './helpers';

const dir = path.join(import.meta.dirname, 'fixtures/eval/postings');
const fixtures = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')] as const);
const key = (f: Flag) => `${f.id}@${f.start}-${f.end}:${f.polarity}`;

describe('on every fixture posting', () => {
  it('flags at a lower sensitivity are a subset of those at a higher one', async () => {
    for (const [name, text] of fixtures) {
      const [low, standard, high] = await Promise.all(SENSITIVITIES.map((s) => run(text, s)));
      const set = (r: AnalysisResult) => new Set(r.flags.map(key));
      const s = set(standard);
      const h = set(high);
      for (const k of set(low)) expect(s.has(k), `${name}: ${k} at low but not standard`).toBe(true);
      for (const k of s) expect(h.has(k), `${name}: ${k} at standard but not high`).toBe(true);
    }
  });

  it('keeps the subset rule where the pay line names results pay that only a standard-level term also names', async () => {
    const text = 'テレアポスタッフ\n【仕事内容】\n企業へお電話し、商談の日程を伺います。\n【給与】\n時給1,250円＋成約ごとに報酬をお支払いします';
    const [low, standard] = await Promise.all((['low', 'standard'] as const).map((s) => run(text, s)));
    const s = new Set(standard.flags.map(key));
    for (const f of low.flags) expect(s.has(key(f)), key(f)).toBe(true);
    expect(standard.signals.incentive).toBe(true);
  });

  it('points every flag at its words in the original text, inside its sentence', async () => {
    for (const [name, text] of fixtures) {
      const r = await run(text, 'high');
      for (const f of r.flags) {
        expect(text.slice(f.start, f.end), name).toBe(f.text);
        expect(f.sentence.includes(f.text), `${name}: "${f.text}" not in its sentence`).toBe(true);
        expect(normalize(f.text).text.length).toBeGreaterThan(0);
      }
    }
  });

  it('derives every point of difficulty and stress from a listed reason, within 1–5', async () => {
    for (const [name, text] of fixtures) {
      for (const s of SENSITIVITIES) {
        const r = await run(text, s);
        expect(r.reasons.reduce((a, x) => a + x.effect.difficulty, 0), name).toBe(r.difficulty);
        expect(r.reasons.reduce((a, x) => a + x.effect.stress, 0), name).toBe(r.stress);
        expect(r.difficulty).toBeGreaterThanOrEqual(1);
        expect(r.stress).toBeLessThanOrEqual(5);
        for (const x of r.reasons) for (const i of x.evidence) expect(r.flags[i], `${name}: ${x.id}`).toBeDefined();
        expect(r.confidence).toBeGreaterThan(0);
        expect(r.confidence).toBeLessThanOrEqual(1);
      }
    }
  });

  it('gives the same result for the same input', async () => {
    for (const [, text] of fixtures.slice(0, 10)) expect(await run(text)).toEqual(await run(text));
  });
});

describe('prefilter', () => {
  const refuse: Tokenizer = { kind: 'kuromoji', tokenize: () => { throw new Error('must not tokenize'); } };

  it('answers a text with no candidate term without tokenizing at all', () => {
    const text = '本日は晴天なり。'.repeat(10_000);
    const r = analyze(text, { lexicon: builtinLexicon(), tokenizer: refuse });
    expect(r.flags).toEqual([]);
    expect(r.jobType).toBe('other');
    expect(r.meta.tokenizedSpans).toBe(0);
  });

  it('tokenizes only a window around a candidate whose context is unclear', async () => {
    const text = `${'関係のない文です。'.repeat(50)}テレアポはありません。${'これも関係ありません。'.repeat(50)}`;
    const r = await run(text);
    expect(r.meta.tokenizedSpans).toBe(1);
    expect(r.flags.map((f) => `${f.id}:${f.polarity}`)).toEqual(['outbound.teleapo:negated']);
  });

  it('decides a clear case from its characters alone, without the tokenizer', () => {
    const r = analyze('テレアポ募集\n【仕事内容】\nテレアポのお仕事です。', { lexicon: builtinLexicon(), tokenizer: refuse });
    expect(r.meta.tokenizedSpans).toBe(0);
    expect(r.jobType).toBe('outbound');
  });

  it('skips sentences whose only candidates are other senses (営業時間) before tokenizing', () => {
    const r = analyze('営業時間は10時から。営業日は平日。', { lexicon: builtinLexicon(), tokenizer: refuse });
    expect(r.meta.tokenizedSpans).toBe(0);
  });
});

describe('results', () => {
  it('reads a typical outbound posting with quota and incentive as hard and stressful, with reasons', async () => {
    const r = await run('テレアポスタッフ募集\n【仕事内容】\n法人リストへの架電業務です。1日の目標件数は100件。\n【給与】\n時給1300円＋インセンティブ\n【応募資格】\n未経験歓迎');
    expect(r).toMatchObject({ posting: true, callCenter: true, jobType: 'outbound', quota: 'stated' });
    expect(r.signals).toMatchObject({ incentive: true, beginnerOk: true });
    expect(r.difficulty).toBeGreaterThanOrEqual(4);
    expect(r.stress).toBeGreaterThanOrEqual(5);
    expect(r.reasons.map((x) => x.id)).toEqual(expect.arrayContaining(['base.outbound', 'incentive', 'quota.stated']));
  });

  it('reads an inbound posting with training and no quota as easy', async () => {
    const r = await run('コールセンタースタッフ募集\n【仕事内容】\n受信のみ。お客様からのお問い合わせにマニュアルを見ながらお答えします。ノルマなし。\n【研修】\n2週間の研修があります。\n【給与】\n時給1200円');
    expect(r).toMatchObject({ jobType: 'inbound', callCenter: true, quota: 'negated' });
    expect(r.difficulty).toBeLessThanOrEqual(2);
    expect(r.stress).toBeLessThanOrEqual(2);
  });

  it('puts collections at the top of the stress scale', async () => {
    const r = await run('督促スタッフ募集\n【仕事内容】\nお支払いが遅れているお客様へ、お電話で督促を行います。\n【給与】\n時給1400円');
    expect(r.signals.collections).toBe(true);
    expect(r.stress).toBe(5);
  });

  it('does not take an article about call-center work for a posting, and asks no questions for it', async () => {
    const r = await run('受信と発信の違いとは？\nこの記事では、コールセンターの受信業務と発信業務の違いを解説します。\n発信業務にはノルマがあることも。');
    expect(r.posting).toBe(false);
    expect(r.questions).toEqual([]);
  });

  it('asks about quotas, training and the direction of calls when the posting is silent', async () => {
    const r = await run('オペレーター募集\n【仕事内容】\nコールセンターでの電話業務です。\n【給与】\n時給1200円\n【勤務地】\n東京都');
    expect(r.questions.map((q) => q.id)).toEqual(expect.arrayContaining(['quota', 'training', 'direction']));
    for (const q of r.questions) expect(q.ja && q.en).toBeTruthy();
  });

  it('reads whose results pay a one-role-only line names from the title below a company line, as the pay reader does', async () => {
    // The first line names only the company; the title is the next one. Results pay for 営業職 only is this job's when
    // that title is a 営業職, another role's when it is not.
    const own = await run('株式会社ミナトサービス\n法人営業職（反響営業）\n【給与】\n月給23万円\nインセンティブ制度は営業職のみが対象です。');
    expect(own.signals.incentive).toBe(true);
    expect(own.pay.incentive.kind).toBe('plus');
    const other = await run('株式会社ミナトサービス\n人材コーディネーター（内勤）\n【給与】\n月給23万円\nインセンティブ制度は営業職のみが対象です。');
    expect(other.signals.incentive).toBe(false);
    expect(other.pay.incentive.kind).toBe('none');
  });

  it('asks for the base pay when incentives come without one', async () => {
    const r = await run('営業スタッフ募集\n【仕事内容】\n法人営業です。\n【給与】\n完全歩合制\n【勤務地】\n大阪');
    expect(r.questions.map((q) => q.id)).toContain('basePay');
  });
});

describe('user keywords', () => {
  it('match with the same context handling as built-in terms', async () => {
    const kw = [{ text: '成約ボーナス', category: 'incentive' as const, weight: 2 }];
    const present = await run('成約ボーナスあり', 'low', kw);
    expect(present.flags.map((f) => `${f.id}:${f.polarity}`)).toContain('user.1:present');
    const negated = await run('成約ボーナスはありません。', 'low', kw);
    expect(negated.flags.map((f) => `${f.id}:${f.polarity}`)).toContain('user.1:negated');
  });

  it('are literal text: regex-like, empty, duplicate and over-long ones are handled safely', async () => {
    const kw = [
      { text: '(a+)+$', category: 'quota' as const, weight: 1 },
      { text: '  ', category: 'quota' as const, weight: 1 },
      { text: '(a+)+$', category: 'quota' as const, weight: 1 },
      { text: 'あ'.repeat(500), category: 'quota' as const, weight: 1 },
      { text: '.*', category: 'quota' as const, weight: 1 },
    ];
    const lex = builtinLexicon(kw);
    expect(lex.entries.filter((e) => e.user).map((e) => e.entry.terms[0])).toEqual(['(a+)+$', '.*']);
    const r = await run(`${'a'.repeat(5000)}! (a+)+$ です`, 'low', kw);
    expect(r.flags.filter((f) => f.id.startsWith('user.')).map((f) => f.text)).toEqual(['(a+)+$']);
  });
});

describe('bad input', () => {
  it.each([
    ['empty', ''],
    ['white space', ' \n\t '],
    ['emoji and surrogates', '😀𠮷野家でテレアポ👍🏽のお仕事'],
    ['control characters', '\u0000\u0001テレ\u0007アポ\u001b[31m'],
    ['half-width katakana', 'ｺｰﾙｾﾝﾀｰでﾃﾚｱﾎﾟ。ﾉﾙﾏなし'],
  ])('%s: finishes with offsets inside the text', async (_name, text) => {
    const r = await run(text, 'high');
    for (const f of r.flags) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(f.start, f.end)).toBe(f.text);
    }
  });

  it('caps a huge text, says so, and never cuts a surrogate pair', async () => {
    const text = `テレアポ募集\n${'😀'.repeat(60_000)}`;
    const r = await run(text);
    expect(r.meta.truncated).toBe(true);
    expect(r.meta.analyzedLength).toBeLessThan(text.length);
    expect(r.meta.analyzedLength % 2).toBe(1); // title line (7 units) + whole pairs
  });

  it('works with the rough tokenizer while kuromoji loads, and says it is provisional', () => {
    const r = analyze('テレアポスタッフ募集\n【仕事内容】\nノルマなし。架電業務です。', { lexicon: builtinLexicon(), tokenizer: createRoughTokenizer() });
    expect(r.meta.mode).toBe('provisional');
    expect(r.jobType).toBe('outbound');
    expect(r.quota).toBe('negated');
  });

  it('agrees with the full analysis on the job type of most fixture postings (the provisional badge)', async () => {
    let same = 0;
    for (const [, text] of fixtures) {
      const prov = analyze(text, { lexicon: builtinLexicon(), tokenizer: createRoughTokenizer() });
      if (prov.jobType === (await run(text)).jobType) same++;
    }
    console.log(`provisional job type = final job type on ${same}/${fixtures.length} fixture postings`);
    expect(same / fixtures.length).toBeGreaterThanOrEqual(0.85);
  });

  it('gives the same verdict with kuromoji and the rough tokenizer on plain cases', async () => {
    const text = 'コールセンター募集\n【仕事内容】\n受電業務です。ノルマは一切ありません。';
    const full = await run(text);
    const prov = analyze(text, { lexicon: builtinLexicon(), tokenizer: createRoughTokenizer() });
    expect([prov.jobType, prov.quota]).toEqual([full.jobType, full.quota]);
    expect((await tokenizer()).kind).toBe('kuromoji');
  });
});

describe('meta.mode', () => {
  const text = 'コールセンタースタッフ募集\n【仕事内容】\n受信のお問い合わせ対応です。ノルマはありません。';
  it("says 'mixed' when the tokenizer failed on a window and the rough tokenizer read it", async () => {
    const full = await run(text);
    expect(full.meta.mode).toBe('full');
    expect(full.meta.tokenizedSpans).toBeGreaterThan(0);
    let calls = 0;
    const kuromoji = await tokenizer();
    // Fails on its first window only, as kuromoji did on lone surrogates.
    const flaky: Tokenizer = {
      kind: 'kuromoji',
      tokenize: (s) => {
        if (calls++ === 0) throw new TypeError('cannot read this window');
        return kuromoji.tokenize(s);
      },
    };
    const mixed = analyze(text, { lexicon: builtinLexicon(), tokenizer: flaky });
    expect(calls).toBeGreaterThan(0);
    expect(mixed.meta.mode).toBe('mixed');
    expect(mixed.jobType).toBe(full.jobType); // the window was still read
    // …but part of it roughly: the stated confidence is lower than the full reading's.
    expect(mixed.confidence).toBeLessThan(full.confidence);
  });
});
