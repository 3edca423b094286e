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

describe('article markers: a hiring done, a warning, a list of openings, an explainer', () => {
  it('a town\'s news of people it appointed, and a warning that quotes fake job ads', () => {
    expect(markersIn('お知らせ\n\n新たに協力隊員2名を委嘱しました。')).toBe(1);
    expect(markersIn('お知らせ\n\nSNSの「高額バイト」に関する注意喚起です。')).toBe(1);
    // A posting that says who will be appointed is still a posting.
    expect(markersIn('協力隊員募集\n\n採用された方は、町長が隊員として委嘱します。')).toBe(0);
  });
  it('a list of openings, each line ending in a link, and a heading that names the list', () => {
    expect(markersIn('採用情報\n\n・清掃スタッフ／時給1,300円\n → 詳細はこちら https://example.jp/a\n・事務／月給22万円\n → 詳細はこちら https://example.jp/b\n')).toBe(1);
    expect(markersIn('現在募集中の求人一覧\n\n清掃スタッフ')).toBe(1);
  });
  it('an explainer of kinds of work', () => {
    expect(markersIn('派遣と契約社員、どう違う？\n\n働き方を選ぶ前の基礎知識です。')).toBe(1);
  });
});
