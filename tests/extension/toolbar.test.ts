// The toolbar button's badge for a tab's verdict (lib/extension/toolbar.ts).
import { describe, expect, it } from 'vitest';
import { stressColor, toolbarState } from '../../lib/extension/toolbar';

describe('toolbarState', () => {
  it('shows a job-type mark and the stress on a final verdict, coloured by stress, and says it in the title', () => {
    expect(toolbarState({ status: 'final', jobType: 'outbound', stress: 4, lang: 'ja' })).toEqual({ text: '発4', color: stressColor(4), title: '求人レンズ: 発信（アウトバウンド） · ストレス 4/5' });
    expect(toolbarState({ status: 'final', jobType: 'inbound', stress: 2, lang: 'ja' }).text).toBe('受2');
    expect(toolbarState({ status: 'final', jobType: 'mixed', stress: 3, lang: 'ja' }).text).toBe('受発3');
    expect(toolbarState({ status: 'final', jobType: 'sales', stress: 5, lang: 'en' })).toMatchObject({ text: 'S5', title: 'Kyujin Lens: Sales · Stress 5/5' });
    for (const jobType of ['inbound', 'outbound', 'mixed', 'sales'] as const) {
      for (const lang of ['ja', 'en'] as const) expect(toolbarState({ status: 'final', jobType, stress: 5, lang }).text.length, `${jobType} ${lang}`).toBeLessThanOrEqual(4);
    }
  });

  it('shows nothing for other work, pages that are not postings, or while only the provisional verdict is in', () => {
    const none = { text: '', title: null };
    expect(toolbarState({ status: 'final', jobType: 'other', stress: 2, lang: 'ja' })).toMatchObject(none);
    expect(toolbarState({ status: 'not-posting', jobType: 'outbound', stress: 3, lang: 'ja' })).toMatchObject(none);
    expect(toolbarState({ status: 'provisional', jobType: 'outbound', stress: 3, lang: 'ja' })).toMatchObject(none);
    expect(toolbarState({ status: 'off', jobType: null, stress: null, lang: 'en' })).toMatchObject(none);
    expect(toolbarState({ status: 'final', jobType: null, stress: null, lang: 'en' })).toMatchObject(none);
  });

  it('marks a failed analysis with "!" and says so, never with a verdict', () => {
    expect(toolbarState({ status: 'error', jobType: 'outbound', stress: 4, lang: 'ja' })).toMatchObject({ text: '!', title: '求人レンズ: 分析できませんでした' });
  });

  it('colours three steps: calm (1–2), watch (3), strain (4–5)', () => {
    expect(stressColor(1)).toBe(stressColor(2));
    expect(new Set([stressColor(2), stressColor(3), stressColor(4)]).size).toBe(3);
    expect(stressColor(5)).toBe(stressColor(4));
  });
});
