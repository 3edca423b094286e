// A verdict below the firm confidence is shown as a possibility, never as a firm call (badge, popup, host
// attributes), and the posting's open questions start with what the job is.
import { describe, expect, it } from 'vitest';
import { badgeAttributes, isTentative } from '../lib/extension/badge-model';
import { verdictLabel } from '../lib/i18n/messages';
import { FIRM_CONFIDENCE } from '../lib/analysis/decide/constants';
import { run } from './helpers';

describe('tentative verdicts', () => {
  it('are those below the firm confidence', () => {
    expect(isTentative({ confidence: FIRM_CONFIDENCE - 0.01 })).toBe(true);
    expect(isTentative({ confidence: FIRM_CONFIDENCE })).toBe(false);
  });
  it('read as a possibility in both languages', () => {
    expect(verdictLabel('outbound', true, 'ja')).toBe('発信（アウトバウンド）の可能性');
    expect(verdictLabel('outbound', false, 'ja')).toBe('発信（アウトバウンド）');
    expect(verdictLabel('sales', true, 'en')).toBe('Possibly sales');
  });
  it('carry data-tentative and data-confidence on the host', async () => {
    const r = await run('コールセンタースタッフ\n【仕事内容】\nお客様からのお電話を受け、ご注文を承ります。\n【給与】\n時給1,300円');
    const a = badgeAttributes('final', r);
    expect(a['data-confidence']).toBe(String(r.confidence));
    expect(a['data-tentative']).toBe(String(r.confidence < FIRM_CONFIDENCE));
    expect(badgeAttributes('error', r)['data-tentative']).toBeUndefined();
  });
  it('a posting that says little about the job gets a tentative verdict and the question of what the job is', async () => {
    const vague = await run('スタッフ募集\n【仕事内容】\nオペレーターとして働いていただきます。詳しくは面接でご説明します。\n【給与】\n時給1,200円\n【勤務地】\n大阪市');
    expect(vague.confidence).toBeLessThan(FIRM_CONFIDENCE);
    expect(vague.questions[0]?.id).toBe('role');
    const clear = await run('受信オペレーター（カード会社のお問い合わせ窓口）\n【仕事内容】\nカード会員様からのお電話を受け、利用明細や住所変更のお問い合わせにお答えします。受信のみで発信はありません。\n【給与】\n時給1,300円');
    expect(clear.confidence).toBeGreaterThanOrEqual(FIRM_CONFIDENCE);
    expect(clear.questions.map((q) => q.id)).not.toContain('role');
  });
});
