// Stop 60's pages: a shop's notice that writes its pay in kanji numerals (時給千百円) states pay as a posting does,
// and a memoir titled as one (はじめてのアルバイトの思い出) names a topic, not a job; a resort posting whose catch line
// speaks of memories (夏の思い出に！) stays a posting. Pages of our own.
import { describe, expect, it } from 'vitest';
import { checkPages } from './posting-shapes-helpers';
import { normalize } from '../lib/text/normalize';
import { postingShape, titleLooksLikeJob } from '../lib/analysis/decide/posting';

describe('stop 60 pages (expected-stop60.json)', () => {
  checkPages('expected-stop60.json');
});

describe('pay in kanji numerals is stated pay', () => {
  // The fitted model's payAmount feature, fourth in POSTING_FEATURES.
  const payAmount = (line: string) => postingShape(normalize(`パート募集\n${line}\n勤務地：駅前店`).text).features[3];
  it.each(['時給千二百五十円', '月給二十二万円', '日給九千円'])('%s', (line) => {
    expect(payAmount(line)).toBe(1);
  });
  it.each(['時給は店長と相談', '会費：月額三千円'])('not pay: %s', (line) => {
    expect(payAmount(line)).toBe(0);
  });
});

describe('a title that ends in a memory is a memoir\'s', () => {
  it.each([
    ['はじめてのアルバイトの思い出', false],
    ['コールセンターで働いた三年間の思い出話', false],
    ['夏の思い出に！リゾートバイト募集', true],
    ['思い出づくりスタッフ募集（写真館）', true],
  ])('%s', (title, job) => {
    expect(titleLooksLikeJob(`${title}\n\n本文`)).toBe(job);
  });
});
