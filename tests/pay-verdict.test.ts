// Pay enters the verdict only where it changes the work: pay by results only raises stress (its own reason),
// fixed overtime and missing pay are questions. Postings of our own words.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, builtinLexicon } from '../lib/index';
import { run, tokenizer } from './helpers';

const ONLY = 'テレアポスタッフ（業務委託）\n【仕事内容】\n法人リストに電話をかけ、商談のアポイントを獲得します。\n【報酬】\n完全歩合制\nアポ1件あたり4,000円\n【勤務時間】\n10:00〜18:00';
const PLUS = 'テレアポスタッフ\n【仕事内容】\n法人リストに電話をかけ、商談のアポイントを獲得します。\n【給与】\n時給1,300円＋インセンティブ（アポ1件あたり1,000円）\n【勤務時間】\n10:00〜18:00';

describe('pay in the verdict', () => {
  it('incentive-only pay raises stress by 1, with its own reason in ja and en', async () => {
    const only = await run(ONLY);
    const plus = await run(PLUS);
    const reason = only.reasons.find((r) => r.id === 'pay.incentiveOnly');
    expect(reason).toBeDefined();
    expect(reason!.effect).toEqual({ difficulty: 0, stress: 1 });
    expect(reason!.ja).toMatch(/固定給がなく/);
    expect(reason!.en).toMatch(/No base pay/);
    expect(reason!.evidence.map((i) => only.flags[i]!.text)).toContain('完全歩合');
    expect(plus.reasons.some((r) => r.id === 'pay.incentiveOnly')).toBe(false);
    // Levels stay the sum of the reasons' effects.
    expect(only.stress).toBe(only.reasons.reduce((a, r) => a + r.effect.stress, 0));
    expect(only.stress).toBeGreaterThanOrEqual(Math.min(5, plus.stress));
  });

  it('pay by the piece for work that is not selling (flyers, orders taken) adds no stress, and says why', async () => {
    const flyers = await run('チラシのポスティング（業務委託）\n【仕事内容】\nご自宅の近くの住宅にチラシを配ります。\n【報酬】\n1枚3円（完全出来高制）');
    expect(flyers.jobType).toBe('other');
    expect(flyers.reasons.some((r) => r.id === 'pay.incentiveOnly')).toBe(false);
    const piece = flyers.reasons.find((r) => r.id === 'pay.pieceWork');
    expect(piece?.effect).toEqual({ difficulty: 0, stress: 0 });
    expect(piece?.ja).toMatch(/出来高/);
    expect(flyers.reasons.filter((r) => r.id === 'incentive').every((r) => r.effect.stress === 0)).toBe(true);
    // Selling paid by results only still weighs: the pressure is to persuade.
    const selling = await run(ONLY);
    expect(selling.reasons.find((r) => r.id === 'pay.incentiveOnly')?.effect.stress).toBe(1);
  });

  it('pay by results that only the pay line states (1台ごとに, /アポ, 売上の%) is the incentive signal, cited by those words', async () => {
    const r = await run(fs.readFileSync(path.join(import.meta.dirname, 'fixtures/pay/per-appointment.txt'), 'utf8'));
    expect(r.signals.incentive).toBe(true);
    const reason = r.reasons.find((x) => x.id === 'incentive');
    expect(reason?.evidence.map((i) => r.flags[i]!.text)).toEqual(['4,000円／アポ']);
    expect(r.flags[reason!.evidence[0]!]!.sentence).toBe('4,000円／アポ');
    const share = await run('浄水器の訪問販売\n【仕事内容】\nご家庭を訪ねて浄水器をご案内します。\n【給与】\n月給20万円＋売上の10%');
    expect(share.signals.incentive).toBe(true);
    // Denied in the pay line, or turned off in settings: no signal.
    const denied = await run('テレアポ\n【給与】\n時給1,300円の固定給です。歩合やインセンティブの制度はありません。');
    expect(denied.signals.incentive).toBe(false);
    const off = analyze(fs.readFileSync(path.join(import.meta.dirname, 'fixtures/pay/per-appointment.txt'), 'utf8'), { lexicon: builtinLexicon(), tokenizer: await tokenizer(), categories: { incentive: false } });
    expect(off.signals.incentive).toBe(false);
  });

  it('fixed overtime adds the question about the excess, unless the posting says it is paid', async () => {
    const asked = await run('営業アシスタント\n【仕事内容】\n営業担当の資料作成と電話の取り次ぎです。\n【給与】\n月給24万円（固定残業代20時間分を含む）');
    expect(asked.questions.find((q) => q.id === 'pay.fixedOvertime')?.ja).toBe('固定残業時間を超えた分は別途支給されますか。');
    const paid = await run('営業アシスタント\n【仕事内容】\n営業担当の資料作成と電話の取り次ぎです。\n【給与】\n月給24万円（固定残業代20時間分を含む。超過分は別途支給）');
    expect(paid.questions.some((q) => q.id === 'pay.fixedOvertime')).toBe(false);
  });

  it('a posting that names its pay system with no amount (月給制（経験を考慮して決定）) still asks what the pay is', async () => {
    const r = await run('受付スタッフ\n【仕事内容】\nお客様からのお電話を受け、予約を入力します。\n【給与】\n月給制（経験・能力を考慮して決定）\n【勤務時間】\n9:00〜18:00');
    expect(r.pay.base).toMatchObject({ unit: 'month', min: null, max: null });
    expect(r.questions.map((q) => q.id)).toContain('pay.missing');
  });

  it('a posting without pay asks for it; an article does not', async () => {
    const r = await run('受付スタッフ\n【仕事内容】\nお客様からのお電話を受け、予約を入力します。\n【勤務時間】\n9:00〜18:00\n【応募資格】\n未経験歓迎');
    expect(r.posting).toBe(true);
    expect(r.questions.map((q) => q.id)).toContain('pay.missing');
    const article = await run(
      'コールセンターの人手不足、時給を上げても集まらず\n2026年11月、県内のコールセンター各社が採用に苦戦していることが分かった。ある運営会社の担当者は「時給を上げても応募が増えない」と話す。専門家は、在宅勤務の広がりで働く場所を選ぶ人が増えたためだと指摘している。',
    );
    expect(article.posting).toBe(false);
    expect(article.questions).toEqual([]);
    expect(article.reasons.some((x) => x.id.startsWith('pay.'))).toBe(false);
  });
});

describe('incentive named on a page that states no base pay', () => {
  // A sales-development posting that names its incentive scheme but no wage: 'plus' would say "base pay with
  // results on top" with no base to add to; the page states no pay. The work still pays by results.
  const NO_WAGE = 'インサイドセールス（SDR）\n【仕事内容】\n資料請求をいただいた企業様にお電話し、オンライン商談の日程を調整します。\n月ごとの商談数を目標に設定しており、達成率に応じて成果報酬を支給します。\n【勤務地】\n東京都千代田区（リモート併用）\n【応募方法】\n応募フォームよりご応募ください';
  it('pay says no incentive part and why; the analysis still reads pay by results', async () => {
    const r = await run(NO_WAGE);
    expect(r.pay.base).toBeNull();
    expect(r.pay.incentive.kind).toBe('none');
    expect(r.pay.note).toBe('incentive named, no base pay stated');
    expect(r.flags.some((f) => f.category === 'incentive' && f.polarity === 'present')).toBe(true);
    // The question asked is the base pay's (固定給はいくらで…), which covers the missing pay.
    expect(r.questions.map((q) => q.id)).toContain('basePay');
    expect(r.questions.some((q) => q.id === 'pay.missing')).toBe(false);
  });
  it('with a wage stated, the same words are pay on top of it', async () => {
    const r = await run(NO_WAGE.replace('【勤務地】', '【給与】\n月給23万円\n【勤務地】'));
    expect(r.pay.base).toMatchObject({ unit: 'month', min: 230000 });
    expect(r.pay.incentive.kind).toBe('plus');
  });
});
