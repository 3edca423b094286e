// Posting or article, fourth red-team round, on pages of our own (tests/fixtures/posting-shapes, listed in
// expected-4.json: true for a posting, false for an article). Articles that speak of work in general and were badged:
// a job board's guide whose headings are a posting's fields (仕事内容 ⏎ 給与 ⏎ 時給1,100円〜1,300円くらいが中心), an
// explainer of a trade's roles with the pay they commonly get, a career column and an explainer of how a staffing
// agency sets pay (会社ごとに違う), a memoir without 私 or 僕, a job-hunting diary, a parent's blog about finding part-time
// work, a list of jobs card after card, a municipal consultation service's notice and an exam's results, a wage
// survey's news (前月から7円上がり, 職種別では), a column on night-shift pay (6千円台の例も見られた) and a guide to
// workers' rights (労働基準法で守られています); a
// posting whose lead says 人と話すのが好き (read as a news quote, 」と話す) lost its badge. The others are read right
// already and are kept so that they stay so: a single paragraph, a recruiting FAQ for one job, a ハローワーク form, a
// ジモティー post with its posting dates, an owner's first-person message before 募集要項, a board's review score
// above the fields, an award, a franchise store, a B2B product's figures (導入実績, 資料請求), a reporter's job, a
// 相場 in a catch line, a paid internship, a dated blog greeting, a table of contents, a one-line SNS post, a
// company news item, a dentist's letter, a staffing agency's job number, 3つの理由 headings, question headings, a
// 会計年度任用職員 notice, staff figures in the lead; articles as a magazine piece, a Q&A thread, news of a center
// opening, a press release with its company profile, a staff-voice page, a board's FAQ, an
// event report, a course catalogue, a news list; and from a second batch, postings in the plain style (求む！), with a
// staff member's quoted past, with the trade's going pay for comparison (時給1,100円前後が多いなか) and with an agency's
// workplaces that vary; articles as a training course's call for trainees, job-openings-ratio news and a company
// blog's report of its 内定式.
import { describe, expect, it } from 'vitest';
import { articleMarkerCount } from '../lib/analysis/decide/article-markers';
import { checkPages } from './posting-shapes-helpers';

describe('posting or article, fourth round (tests/fixtures/posting-shapes/expected-4.json)', () => checkPages('expected-4.json'));

describe('what an article has and a posting does not', () => {
  const markers = (text: string) => articleMarkerCount(text, text, text);
  it('a quote attributed (」と話す) is news; 人と話すのが好きな方 is the work', () => {
    expect(markers('「町を好きな人なら大丈夫」と話すのは、事務局長の佐伯さん。')).toBe(1);
    expect(markers('人と話すのが好きな方にぴったりのお仕事です。')).toBe(0);
  });
  it('pay and workplaces spoken of in general', () => {
    expect(markers('時給1,300円〜1,600円あたりが多く、夜は高めです。')).toBe(1);
    expect(markers('研修の内容は会社ごとに大きく違います。')).toBe(1);
    expect(markers('電話は取り次ぎ程度という職場がほとんど。')).toBe(1);
    expect(markers('時給1,300円、夜は1,625円です。')).toBe(0);
    expect(markers('勤務時間は店舗により異なります。')).toBe(0);
  });
  it('a working life told in the past, outside quotes and not about a named colleague', () => {
    expect(markers('3社に応募しました。1社目は書類で落ちました。')).toBe(1);
    expect(markers('「前は販売の仕事をしていました」')).toBe(0);
    expect(markers('入社半年の金城さんは、以前は観光バスのガイドをしていた。')).toBe(0);
  });
  it('surveys report changes and breakdowns; a guide to rights cites the law', () => {
    expect(markers('平均時給は前月から7円上がり、過去最高となった。')).toBe(1);
    expect(markers('職種別では、事務系が1,312円だった。')).toBe(1);
    expect(markers('アルバイトでも、労働基準法で守られています。')).toBe(1);
    expect(markers('法律で決められたガス設備の点検を行います。')).toBe(0);
    expect(markers('昨年度の売上は前年比140%でした。')).toBe(0);
  });
  it('fields repeated card after card are a list of jobs', () => {
    const card = (n: number) => `倉庫スタッフ${n}\n勤務地：大阪市\n給与：時給1,200円\n`;
    expect(markers(card(1) + card(2) + card(3))).toBe(1);
    expect(markers(card(1) + card(2))).toBe(0);
  });
});
