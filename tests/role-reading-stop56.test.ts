// Kinds of reading fixed at stop 56, each pinned by postings and sentences of our own.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { posting, roleFixtureTests, run } from './helpers';

describe('stop 56: postings of our own (expected-stop56.json)', () => {
  roleFixtureTests('expected-stop56.json');
});

describe('a weak word of phone work, denied, is read at every sensitivity', () => {
  const clerk = posting('入力スタッフ（コールセンター運営会社の本社）', 'お申込書の内容をシステムに入力します。電話対応はありません。');
  it.each(['low', 'standard', 'high'] as const)('電話対応はありません is a denial at %s', async (sensitivity) => {
    const r = await run(clerk, sensitivity);
    expect(r.flags.filter((f) => f.id === 'inbound.phone-handling').map((f) => f.polarity)).toEqual(['negated']);
  });
  it('the same word stated stays a high-sensitivity cue: not read at standard', async () => {
    const r = await run(posting('事務スタッフ', '書類の作成や電話対応をお願いします。'));
    expect(r.flags.some((f) => f.id === 'inbound.phone-handling')).toBe(false);
  });
  it('a weak quota word denied is not read at standard (absent, not ノルマなし)', async () => {
    const r = await run(posting('テレアポスタッフ', '法人のお客様にお電話し、訪問のお約束をいただきます。細かい目標はありません。'), 'standard');
    expect(r.quota).toBe('absent');
  });
});

describe('通話業務はありません denies the phone work at a job beside the center', () => {
  it('a systems job at a center, whose words are all the center\'s, is no operator job', async () => {
    const r = await run(posting('社内SE（コンタクトセンター）', 'コールセンターで使うPCやヘッドセット、電話システムの設定と保守をお任せします。お客様との通話業務はありません。'));
    expect({ jobType: r.jobType, callCenter: r.callCenter }).toEqual({ jobType: 'other', callCenter: false });
  });
});

describe('a center department named as where the job sits is not the job (コールセンター運営部)', () => {
  it('経理 in the center operations department is office work', async () => {
    const r = await run(posting('経理スタッフ（コールセンター運営部）', '請求書の発行と入金の確認をお願いします。'));
    expect({ jobType: r.jobType, callCenter: r.callCenter }).toEqual({ jobType: 'other', callCenter: false });
  });
  it('a title naming other work in a center\'s department (マニュアル作成スタッフ（コールセンター事業部）) is that work', async () => {
    const r = await run(posting('マニュアル作成スタッフ（コールセンター事業部）', 'オペレーターが使う応対マニュアルの作成・更新をお任せします。'));
    expect({ jobType: r.jobType, callCenter: r.callCenter }).toEqual({ jobType: 'other', callCenter: false });
  });
  it('running the center stays a management role (センター運営をお任せします)', async () => {
    const r = await run(posting('センター長候補', 'コールセンター運営をお任せします。オペレーター30名のチームを率いていただきます。'));
    expect({ jobType: r.jobType, callCenter: r.callCenter }).toEqual({ jobType: 'other', callCenter: true });
  });
});

describe('onboarding stated in other words: a handover period, working paired at first', () => {
  const roles = (file: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures/roles', file), 'utf8');
  it.each([
    ['office-handover-month.txt', '引き継ぎ期間'],
    ['care-first-weeks-paired.txt', 'ペアで'],
  ])('%s: training is stated, tied to its sentence', async (file, words) => {
    const r = await run(roles(file));
    expect(r.signals.manualTraining).toBe(true);
    expect(r.flags.some((f) => f.category === 'training' && f.polarity === 'present' && f.sentence.includes(words))).toBe(true);
  });
  it('a procedure explained to customers is the job, not training', async () => {
    const r = await run(posting('窓口スタッフ', '区役所の窓口で、お客様に手続きの手順を説明するお仕事です。'));
    expect(r.signals.manualTraining).toBe(false);
  });
});

describe('complaints put through to a person at once are that person\'s (お回しください, エスカレーション, 上席に交代)', () => {
  const roles = (file: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures/roles', file), 'utf8');
  const desk = (line: string) => posting('コールセンタースタッフ', `保険のご契約者様からのお電話を受け付けます。${line}`);
  it('a desk that puts harsh callers through to others handles no complaints', async () => {
    expect((await run(roles('insurance-desk-complaints-put-through.txt'))).signals.complaints).toBe(false);
  });
  it.each([
    'ご不満のお電話は担当の社員へお回しください。',
    'クレームになりそうな場合はSVにエスカレーションしてください。',
    '強い口調のお客様の場合は、すぐに上席に交代できます。',
    'お叱りのお電話は上長へ転送します。',
  ])('%s', async (line) => {
    expect((await run(desk(line))).signals.complaints).toBe(false);
  });
  it.each([
    // Passed up after it was heard: the job heard it.
    'ご不満の声はリーダーに引き継ぎます。',
    'クレームの一次対応をお願いします。難しい場合はSVに代わります。',
  ])('%s is still heard by the job', async (line) => {
    expect((await run(desk(line))).signals.complaints).toBe(true);
  });
});

describe('a center\'s operator work whose calls are named faintly leans to a direction, never other', () => {
  it('お問い合わせに対応します at a コールセンター is taking calls', async () => {
    const r = await run(posting('コールセンタースタッフ', '通信会社のコールセンターで、料金プランに関するお問い合わせに対応します。'));
    expect({ jobType: r.jobType, callCenter: r.callCenter }).toEqual({ jobType: 'inbound', callCenter: true });
  });
});

describe('phone work that names the teams a job serves is theirs (インバウンド・アウトバウンドの各チームが使う, 受電チームが使う)', () => {
  const flagsOf = async (line: string) => (await run(posting('社内SE', line))).flags.filter((f) => ['inbound', 'outbound', 'mixed'].includes(f.category) && f.polarity === 'present');
  it.each([
    'インバウンド・アウトバウンドの各チームが使う電話の設定を変更します。',
    '受電チームが使う通話録音システムを保守します。',
    '発信部門の各拠点に回線を手配します。',
  ])('%s', async (line) => {
    expect(await flagsOf(line)).toEqual([]);
  });
  it('a team the job works in stays its work (インバウンドのチームで、お問い合わせのお電話を受けます)', async () => {
    const r = await run(posting('コールセンタースタッフ', 'インバウンドのチームで、お問い合わせのお電話を受けます。'));
    expect(r.jobType).toBe('inbound');
  });
});

describe('a field\'s label in quotes on its own line heads its section (「仕事内容」, 『給与』)', () => {
  it('the duties under 「仕事内容」 are read as the job\'s', async () => {
    const r = await run('受付スタッフ\n「仕事内容」\n通販のお客様からのご注文のお電話を受けます。\n『給与』\n時給1,250円\n「勤務地」\n札幌市北区');
    const f = r.flags.find((x) => x.id === 'inbound.incoming-calls');
    expect(f?.section).toBe('job');
  });
  it('a quote that is no label stays in its section (「ありがとう」と言われる仕事です)', async () => {
    const { normalize } = await import('../lib/text/normalize');
    const { findSections } = await import('../lib/text/sections');
    const n = normalize('受付スタッフ\n【仕事内容】\nお電話を受けます。\n「ありがとう」と言われる仕事です。');
    expect(findSections(n.text).map((s) => s.kind)).toEqual(['title', 'other', 'job']);
  });
});

describe('work done in pairs or beside someone is no onboarding unless a senior and the first period are named', () => {
  it.each([
    ['警備スタッフ', '二人一組で担当エリアを確認しながら巡回します。'],
    ['ポスティングスタッフ', '大学生スタッフと二人一組で、決められたエリアにチラシを配ります。'],
    ['ホールスタッフ', 'キッチンスタッフとペアで、料理の提供を確認します。'],
    ['窓口スタッフ', 'お客様に手続きの手順をご説明し、書類を確認します。'],
    ['介護スタッフ', '入居者様のそばについて、お食事の様子を確認します。'],
  ])('%s: %s', async (title, line) => {
    expect((await run(posting(title, line))).signals.manualTraining).toBe(false);
  });
  it.each([
    ['介護スタッフ', '入職後2週間は先輩職員とペアで勤務します。'],
    ['清掃スタッフ', '最初は先輩と二人一組で回ります。'],
    ['介護スタッフ', '慣れるまではベテラン職員がそばにつきます。'],
  ])('%s: %s is onboarding', async (title, line) => {
    expect((await run(posting(title, line))).signals.manualTraining).toBe(true);
  });
});
