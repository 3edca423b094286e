// Stop 60: what the job asks of a beginner, said in plain words. Knowledge learnt on the job (花の名前がわからなくても
// 大丈夫, 部品の知識は入ってから覚えれば十分) welcomes beginners, but beside experience the page requires it waives only the
// knowledge, not the experience. Lines of our own inside a small posting of our own.
import { describe, expect, it } from 'vitest';
import { posting, run } from './helpers';

const withLines = (job: string, requirements = '') =>
  run(posting('受注センターのスタッフ', `お客様からのご注文のお電話を受けます。\n${job}`, `【応募資格】\n${requirements || 'パソコンで文字が入力できる方'}\n【給与】\n時給1,300円\n【勤務地】\n東京都新宿区`));

describe('knowledge waived', () => {
  it.each(['花の名前がわからなくても大丈夫です。', '部品の知識は入ってから覚えれば十分です。', '専門用語を知らなくても大丈夫です。'])('welcomes beginners: %s', async (line) => {
    expect((await withLines(line)).signals.beginnerOk).toBe(true);
  });
  it('beside required experience, waives only the knowledge', async () => {
    const r = await withLines('商品の知識は入社後に覚えればOKです。', 'コールセンターでの経験が半年以上ある方');
    expect(r.signals.experienceRequired).toBe(true);
    expect(r.signals.beginnerOk).toBe(false);
  });
  it('said of the customers, it is no welcome', async () => {
    const r = await withLines('操作がわからなくても大丈夫なように、お客様には丁寧にご説明します。');
    expect(r.signals.beginnerOk).toBe(false);
  });
});
