import { describe, expect, it } from 'vitest';
import { normalize } from '../lib/text/normalize';
import { detectPosting } from '../lib/analysis/decide/detect-posting';
import { postingEvidence, postingShape, POSTING_FEATURES } from '../lib/analysis/decide/posting';

// Posting detection reads a posting's least evidence before its whole shape; these pin that the shortcut is only a
// shortcut: the same evidence the model reads, and no page that shows some is left unread.
describe('posting detection: the least evidence first', () => {
  const story = normalize('週末は家族で海へ行きました。波が高くて、子どもたちは砂浜で貝を拾っていました。\n'.repeat(40)).text;
  const posting = normalize(
    ['コールセンタースタッフ募集', '■仕事内容', 'お客様からのお問い合わせに電話で対応します。', '■給与', '時給1,300円', '■勤務地', '大阪市北区', '■応募方法', 'お電話でご応募ください。'].join('\n'),
  ).text;

  it('a page with no field, no recruiting word and no call for people is no posting, and its probability is not made up', () => {
    const v = detectPosting(story, true);
    expect(v.posting).toBe(false);
    expect(v.probability).toBeNull();
  });

  it('a page with the evidence is read whole: the model gives its probability', () => {
    const v = detectPosting(posting, true);
    expect(v.posting).toBe(true);
    expect(typeof v.probability).toBe('number');
  });

  it('the evidence is the model\'s own features, read the same way', () => {
    const e = postingEvidence(posting);
    const x = postingShape(posting).features;
    expect(e.fieldWords).toBe(x[POSTING_FEATURES.indexOf('fieldWords')]);
    expect(e.recruitWords).toBe(x[POSTING_FEATURES.indexOf('recruitWords')]);
    expect(e.recruitCall ? 1 : 0).toBe(x[POSTING_FEATURES.indexOf('recruitCall')]);
    expect(e.fieldWords).toBeGreaterThan(0);
  });
});
