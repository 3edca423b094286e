// Posting or article: a call for owner-drivers (軽貨物オーナー募集) recruits a contractor who drives the deliveries, a job;
// a call for franchise owners still offers a business, not a job. From a real page in a public repository (labelled
// by a helper); the page here is our own (tests/fixtures/posting-shapes, expected-stop29.json).
import { describe, expect, it } from 'vitest';
import { checkPages, markersIn } from './posting-shapes-helpers';

describe('posting or article: owner-drivers (expected-stop29.json)', () => checkPages('expected-stop29.json'));

describe('article markers: owners', () => {
  it('an owner-driver is no franchisee; a franchise or shop owner is', () => {
    expect(markersIn('配送ドライバー\n\n軽貨物オーナー募集！ご自分の軽バンで配達します。')).toBe(0);
    expect(markersIn('学習塾\n\n教室オーナー募集！フランチャイズで開業しませんか。')).toBe(1);
    expect(markersIn('コンビニ\n\n店舗オーナー募集中です。')).toBe(1);
  });
});
