// Stop 78: readings taken from the tuned halves of the blind sets, each pinned by pages of our own that fail on the
// start code (df272b24).
import { describe, expect, it } from 'vitest';
import { findSections } from '../lib/text/sections';
import { normalize } from '../lib/text/normalize';
import { postingWithRequirements as page, run } from './helpers';

describe('the work headed in other common wordings', () => {
  const board = (heading: string) =>
    `お客様窓口スタッフ（受信）｜時給1,250円\nお仕事探しTOP ＞ 宮城県 ＞ オフィスワーク\n\n${heading}\n家電メーカーの窓口で、お客様からのお電話を受けて使い方をご案内します。\n■給与\n時給1,250円\n■勤務地\n宮城県仙台市\n■応募方法\n応募フォームからどうぞ。`;
  for (const heading of ['■お仕事の内容', '【仕事の概要】', '＜主なお仕事＞', '◆仕事の詳細', '■この仕事のポイント', '■どんなお仕事？', '【お仕事情報】']) {
    it(`${heading} heads the job section`, async () => {
      const text = normalize(board(heading)).text;
      expect(findSections(text).some((s) => s.kind === 'job' && text.slice(s.start).startsWith(normalize(heading).text))).toBe(true);
      const r = await run(board(heading));
      expect(r.flags.find((f) => f.id === 'inbound.incoming-calls')?.section).toBe('job');
    });
  }
});
