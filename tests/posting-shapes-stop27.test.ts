// Posting or article: a staff interview followed by a call on a line of its own (〜さんのチームで働く方を募集しています)
// and a posting's fields under it is a posting, as with a 募集要項 heading; a feature that names its subject with her
// age in brackets (森田智子さん（46）に話を聞きました) and attributes quotes after them (」と森田さんは振り返ります) is an
// article. The first was read as an article, the second badged. Pages of our own in tests/fixtures/posting-shapes,
// listed in expected-stop27.json.
import { describe, expect, it } from 'vitest';
import { checkPages, markersIn } from './posting-shapes-helpers';
import { hasRequirementsBlock } from '../lib/analysis/decide/posting';

describe('posting or article: an interview before a call and its fields; a quoted feature (expected-stop27.json)', () => checkPages('expected-stop27.json'));

describe('the block of a posting under a call for people', () => {
  it('a call on its own line with three kinds of field under it is the block; the call alone, or in prose, is not', () => {
    expect(hasRequirementsBlock('先輩の声\n\n仲間を募集しています\n職種：受付\n給与：時給1,100円\n勤務地：大阪市')).toBe(true);
    expect(hasRequirementsBlock('先輩の声\n\n仲間を募集しています\nお気軽にどうぞ。')).toBe(false);
    expect(hasRequirementsBlock('当社では長年、地域のために働く仲間を募集しています。そうして集まった社員が、今では300人を超え、毎年の採用も続いていて、職種も給与も勤務地もさまざまです。\n職種：受付\n給与：時給1,100円\n勤務地：大阪市')).toBe(false);
  });
});

describe('article markers: news-style interviews', () => {
  it('a subject named with an age in brackets, and a quote attributed to a named person', () => {
    expect(markersIn('特集\n\n受付を担当する森田さん（46）に話を聞きました。')).toBe(1);
    expect(markersIn('特集\n\n「最初は緊張しました」と森田さんは振り返ります。')).toBe(1);
    // A posting's own staff voice without attribution is no marker.
    expect(markersIn('オペレーター募集\n\n先輩スタッフ「未経験でも安心でした」\n給与：時給1,200円')).toBe(0);
  });
});
