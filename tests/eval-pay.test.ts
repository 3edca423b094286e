// Pay accuracy against pay labels, with the targets of issue #9, on the halves nobody tuned for (even ids)
// and on our own sets. Third-party sets (../shared, read by path) run wherever they are present; CI has them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, builtinLexicon } from '../lib/index';
import { tokenizer } from './helpers';
import { KNOWN_SETS, postingText, setKey } from '../scripts/eval-data';
import { evaluatePayHalves, formatPayMisses, formatPayReport, parsePayLabels, PAY_TARGETS, type PayReport } from '../lib/eval/pay';

async function payHalves(dir: string): Promise<{ tune: PayReport; untouched: PayReport }> {
  const labels = parsePayLabels(fs.readFileSync(path.join(dir, 'pay.jsonl'), 'utf8'), dir);
  const tk = await tokenizer();
  const lexicon = builtinLexicon();
  // The pay analyze() reads, with its posting test: an article states no pay of its own.
  const read = new Map(labels.map((l) => {
    const text = postingText(dir, l.id);
    return [l.id, { text, pay: analyze(text, { lexicon, tokenizer: tk }).pay }] as const;
  }));
  return evaluatePayHalves(labels, read, dir);
}

/**
 * Targets not met on an untouched half, measured once and held as a floor so that the gap stays visible and
 * cannot grow. Each entry is a shortfall to close by better general rules, never by reading these items.
 */
const SHORTFALL: Record<string, Partial<Record<keyof typeof PAY_TARGETS, number>>> = {
  'eval-dev': { unit: 0.83, min: 0.83, incentive: 0.91 },
  // Held out when first measured (see tests/eval.test.ts); its misses on unit, by kind: an hourly pay not read,
  // a per-piece pay read as monthly. Since the posting model was refitted with eval-blind-5 (stop 17), one more
  // of its postings reads as an article there, and an article states no pay: unit and incentive one item less
  // (93.3 → 90.0, 90.0 → 86.7), while eval-dev-r2's untouched half gained a posting (70.6 → 76.5).
  // Back to 93.3 / 90.0 at stop 18, when list pages and explainers became article markers and the posting
  // read as an article there was a posting again.
  // Stop 19: unit 93.3 → 90.0 again with the posting model refitted on eval-blind-9 (see tests/eval.test.ts).
  'eval-blind-3': { unit: 0.9, incentive: 0.9 },
  // incentive was 0.88 with the old posting test; the fitted one (same 12 of 17 right on that half) reads another
  // posting there as not one, and a page that is not a posting states no pay: one item less.
  // Stop 18: max 76.5 → 82.4 (円 on its own line after the figure); the floors now hold the figures measured.
  'eval-dev-r2': { unit: 0.76, min: 0.82, max: 0.82, incentive: 0.88 },
  // Held out when first measured this session; by kind: an hourly and a monthly pay not read (90.0 then).
  'eval-blind-7': { unit: 0.93 },
  // Stop 19, held out when first measured: eval-blind-9 (most of its misses are articles read as postings, whose
  // pay is then read) unit 83.3, min/max 90.0, incentive 80.0; eval-blind-10 (pay forms) unit 93.3, min 96.7,
  // max 93.3, incentive 86.7. These floors hold the figures after this stop's pay forms.
  'eval-blind-9': { unit: 0.86, min: 0.9, max: 0.9, incentive: 0.83 },
  'eval-blind-10': { incentive: 0.9 },
  // The final check, never fitted on (see tests/eval.test.ts): unit 90.0 with the stop's start code.
  'eval-blind-11': { unit: 0.93 },
  // Stop 20, held out when first measured with the stop's start code: eval-blind-12 unit 93.3, min 86.7, max 93.3,
  // incentive 83.3, fixedOvertime 90.0. (eval-pages-1, whole pages, was at min/max/incentive 85.0 and commute 80.0
  // then; it meets every target since the page is preferred to a one-line JobPosting description.)
  'eval-blind-12': { unit: 0.9, min: 0.86, incentive: 0.83, fixedOvertime: 0.9 },
  // Stop 21, held out when first measured with the stop's start code: eval-blind-13 unit 93.3, min 90.0, max 93.3.
  'eval-blind-13': { unit: 0.93 },
  // Stop 22: eval-blind-14 needs no floor. Held out when first measured with the stop's start code, its untouched
  // half read unit/min/max 93.3 (an hourly pay in a municipal notice the posting test then missed) and commute
  // 93.3; it meets every target now.
  // Stop 23: eval-blind-15 needs no floor: its untouched half met every pay target when first measured with the
  // stop's start code (incentive and commute 93.3, the rest 100).
  // Stop 24, held out when first measured with the stop's start code: eval-blind-16 unit 93.3, min 93.3, max 96.7.
  'eval-blind-16': { unit: 0.93 },
  // Stop 32, written blind for the stop; first measured on the untouched half with the stop's start code: 90.0.
  'eval-blind-19': { incentive: 0.9 },
  'eval-blind-21': { unit: 0.9, max: 0.85 },
  // Stop 37, written blind around pay placed where a reader has to look for it; first measured on the untouched half
  // with the stop's start code: unit 85.0, min 85.0, max 80.0, incentive 90.0 (by kind: articles read as postings
  // whose figures were then read, a per-piece pay read as daily, results-only pay read as base plus incentive).
  'eval-blind-38': { unit: 0.85, min: 0.85, max: 0.8, incentive: 0.9 },
  // Stop 37, eval-blind-40 (pages that are not one job's posting, and postings in unusual shapes), first measured
  // on the untouched half with the stop's start code: unit 85.0, min 80.0, max 85.0, incentive 85.0 (by kind: articles
  // read as postings, whose figures were then read as pay).
  // Stop 38, eval-blind-44 (the pages a job seeker lands on besides postings, and postings in unusual shapes), first
  // measured on the untouched half with the stop's start code: unit 90.0 (by kind: pages that are not one job's
  // posting read as one, whose figures were then read as pay).
  'eval-blind-44': { unit: 0.9 },
  // Stop 39, eval-blind-46 (company recruit pages and small sites as a crawler extracts their text), first measured on
  // the untouched half with the stop's start code: unit 90.0, min 90.0, max 90.0, commute 95.0. eval-blind-47 (pay in
  // every common form) met every target there (min and max 95.0, the rest 100).
  'eval-blind-46': { unit: 0.9 },
  // Stop 40, eval-blind-48 (agency and home-based phone work), eval-blind-49 (the call-center border), eval-blind-50
  // (long board postings), eval-blind-51 (pressure in other words), eval-blind-52 (company pages about
  // their work) and eval-blind-53 (a second cross-section) met every target on their untouched halves with the stop's
  // start code.
  'eval-blind-40': { unit: 0.85, min: 0.8, max: 0.85, incentive: 0.85 },
  // Stop 43, eval-blind-54 (a third cross-section), first measured on the untouched half with the stop's start code:
  // unit, min and max 91.7 (one posting of twelve; by kind: year → month, a board header's 年収 before the 月給). eval-blind-55 (the hard kinds) met every
  // target there.
  'eval-blind-54': { unit: 0.91, min: 0.91, max: 0.91 },
  // Stop 44, eval-blind-56, eval-blind-57 and eval-blind-59 met every target on their untouched halves (59's commute
  // 91.7 at the stop's start, 100 now). eval-blind-58 (pay in every shape) with the start code and now: incentive 91.7
  // (one posting of twelve; by kind: none → plus), every other figure 100.
  'eval-blind-58': { incentive: 0.91 },
  // Stop 45, eval-blind-61 (pressure in other words), with the start code: incentive 91.7 on the untouched half (one
  // posting of twelve; by kind: plus → none), every other figure 100.
  'eval-blind-61': { incentive: 0.91 },
  // Stop 45, eval-blind-62 (mostly pages that are not postings), with the start code and now: unit 91.7 on the
  // untouched half (one page of twelve; by kind: no pay stated, an hourly figure read), every other figure at target.
  // eval-pages-2 (whole HTML pages) met every target on both halves; so did eval-pages-3's untouched half with stop 63's
  // start code (tuned then: fixed overtime and commute 91.7, both of one job-board page read from its JSON-LD summary;
  // 100 since that page is read from its table).
  'eval-blind-62': { unit: 0.91 },
  // Stop 46: eval-blind-63 (pay shapes) and eval-blind-64 (odd shapes) met every pay target on their untouched
  // halves with the start code (63: commute 91.7, by kind a refusal read as unstated). Stop 47: eval-blind-65 (a plain
  // cross-section) met every pay target on both halves when first measured. eval-blind-66 (mostly pages that are not
  // postings), first measured on its untouched half with the stop's final code: unit, min and max 75.0, incentive
  // 83.3, fixed overtime 91.7 (by kind only; pages that are not postings read as having pay go with posting misses).
  'eval-blind-66': { unit: 0.75, min: 0.75, max: 0.75, incentive: 0.83, fixedOvertime: 0.91 },
  // Stop 48, eval-blind-67 (pay in the shapes boards and employers write it), first measured on its untouched half with
  // the stop's start code and at registration, the same: unit 91.7, min 91.7 (at target), max 83.3, incentive 91.7 (by kind only:
  // an upper end stated and not read; a per-piece pay read as a day's; a higher figure read for min and max; pay by
  // results only read as on top of a base). Every tuned figure 100.
  'eval-blind-67': { unit: 0.91, max: 0.83, incentive: 0.91 },
  // Stop 49, eval-blind-68 (pay by results, pay under 報酬/単価/収入 and outside the 給与 heading), first measured on its
  // untouched half with the stop's start code and at registration, the same: unit 83.3, min and max 75.0, incentive
  // 83.3 (by kind only: a higher figure read for min and max twice; pay by results read as a month's with a base on top
  // of it, and as none; a per-piece pay not read). Tuned with the start code: unit, min, incentive, commute 91.7, max
  // 83.3; at registration all 100 but max 91.7.
  'eval-blind-68': { unit: 0.83, min: 0.75, max: 0.75, incentive: 0.83 },
  // eval-blind-69 (copied shapes) met every pay target on its untouched half when first measured, with the start code.
  // Stop 53, eval-blind-70 (pages with job words but no job, postings in odd shapes), first measured on its untouched
  // half with the stop's start code and at registration, the same: unit, min and max 91.7, incentive and commute 83.3
  // (twelve texts a half: one is 8.3 points). Tuned with the start code: commute 75.0, training 91.7 (the pages of
  // articles read for pay); at registration commute 91.7, the rest 100.
  'eval-blind-70': { unit: 0.91, min: 0.91, max: 0.91, incentive: 0.83, commute: 0.83 },
  // Stop 59, eval-blind-71 (everyday words for the work and its pay), first measured on its untouched half with the
  // stop's start code and at registration, the same: unit, min and max 91.7, incentive 66.7, commute 91.7 (by kind only:
  // results pay read where the posting has none, and missed where it is said in plain words). Tuned: incentive 83.3,
  // the rest 100; at the start one pay was read from the company's section (a profile that ran over the job).
  'eval-blind-71': { unit: 0.91, incentive: 0.66 },
  // Stop 60, eval-blind-72 (pay stated the hard ways), first measured on its untouched half with the stop's start
  // code: unit, min and max 91.7, incentive 91.7, commute 75.0 (by kind only: a day's pay not read, results pay on top
  // of a base read as none, a commute with none paid read as unstated and as partial, a capped one as unstated).
  // Tuned: unit, min, max and commute 91.7 (the shop's notice read as no posting), the rest 100.
  'eval-blind-72': { unit: 0.91, incentive: 0.91, commute: 0.75 },
  // eval-blind-73 (pages that are no posting, postings in odd shapes), first measured on its untouched half with the
  // stop's start code and at registration, the same: unit and incentive 91.7 (by kind only), the rest 100. Tuned:
  // unit, min, max, incentive and commute 75.0 (the postings read as no posting have no pay).
  'eval-blind-73': { unit: 0.91, incentive: 0.91 },
  // Stop 61, eval-blind-74 (pages as a browser copy gives them, board chrome around them), first measured on its
  // untouched half with the stop's start code: unit, min, max and commute 100, incentive 91.7 (by kind only: results
  // pay read from a board's list of nearby jobs). Tuned: the same.
  'eval-blind-74': { incentive: 0.91 },
  // Stop 61, eval-blind-75 (traits said in plain words; pay stated normally), first measured on its untouched half with
  // the stop's start code: unit, min, max and commute 100, incentive 91.7 (by kind only). Tuned: unit, min and max
  // 91.7, commute 83.3, incentive 100.
  'eval-blind-75': { incentive: 0.91 },
  // Stop 62, eval-blind-76 (pay as real pages state it, messily: forms and exports with the unit and the bounds in
  // fields of their own, pay in prose, per piece only, several roles, training pay), first measured on its untouched
  // half with the stop's start code: unit 91.7, min 83.3, max 83.3, commute 91.7, incentive and fixed overtime 100.
  // Tuned: unit 91.7, min 75.0, max 83.3, commute 91.7. These floors are the untouched figures.
  'eval-blind-76': { unit: 0.91, min: 0.83, max: 0.83 },
  // Stop 65, eval-blind-79 (pay stated the way it is hard to read: results only, per piece, base hidden beside results
  // pay, prose, several shifts and areas, training in other units), first measured on its untouched half with the
  // stop's start code: unit, incentive, fixed overtime, commute and training 100, min 91.7, max 83.3 (by kind: a higher
  // figure read twice). Tuned: unit 91.7, min and max 83.3, incentive, commute and training 91.7. The floor is the
  // untouched figure.
  'eval-blind-79': { max: 0.83 },
  // Stop 65, eval-blind-80 (signals said in other words; pay stated normally), first measured on its untouched half with
  // the stop's start code: unit, min, max, fixed overtime and commute 100, incentive 91.7 (by kind only). Tuned: all
  // 100. The floor is the untouched figure.
  'eval-blind-80': { incentive: 0.91 },
  // Stop 66, eval-blind-84 (pages that are not postings beside postings in unusual shapes), first measured on its
  // untouched half with the stop's start code: unit 91.7, min 91.7, incentive 91.7, max, fixed overtime and commute
  // 100. Tuned: commute 91.7, the rest 100. The floors are the untouched figures.
  'eval-blind-84': { unit: 0.91, incentive: 0.91 },
  // Stop 66, eval-blind-85 (pay on pages with several roles, shifts or pay lines: operator and SV, 日勤 and 夜勤, by area
  // or level, headlines over breakdowns, examples, 日給月給, full-width and decimal 万円, results only with 最低保証),
  // first measured on its untouched half with the stop's start code: unit, incentive, fixed overtime and commute 100,
  // min and max 83.3, training 91.7. Tuned: max 91.7, the rest 100. The floors are the untouched figures.
  'eval-blind-85': { min: 0.83, max: 0.83 },
  // Stop 66, eval-blind-88 (pages that are not one job's posting beside postings that look least like one), first
  // measured on its untouched half with the stop's start code: unit, min, max, incentive, commute and training 91.7
  // (one page), fixed overtime 100. Tuned: all 100. The floors are the untouched figures.
  'eval-blind-88': { unit: 0.91, incentive: 0.91 },
  // Stop 66, eval-blind-91 (派遣 agency pages; the first job's pay), first measured on its untouched half with the stop's
  // start code: unit and min 91.7, the rest 100. Tuned: max 91.7, the rest 100. The floor is the untouched figure.
  'eval-blind-91': { unit: 0.91 },
  // Stop 67, eval-blind-95 (results pay: ランク制時給, 歩合率, per-件 incentives, 最低保証, 完全歩合, attendance bonuses and the
  // denials), first measured on its untouched half with the stop's start code (56a0a69): unit, min, max, incentive and
  // training 91.7 (one page), fixed overtime and commute 100. Tuned: all 100. The floors are the untouched figures.
  'eval-blind-95': { unit: 0.91, incentive: 0.91 },
  // Stop 67, eval-blind-96 (pages that are not postings beside postings in their shapes), first measured on its
  // untouched half with the stop's start code (56a0a69): incentive 91.7, the rest 100. Tuned: unit, min, max and
  // commute 91.7 (one page that is not a posting), the rest 100. The floor is the untouched figure.
  'eval-blind-96': { incentive: 0.91 },
  // Stop 67, eval-blind-101 (board and company-site pages that are not one job's posting beside single postings),
  // first measured on its untouched half with the stop's start code (56a0a69): unit and min 91.7, max 83.3, the rest
  // 100. Tuned: unit, min and incentive 83.3, training 91.7 (pages that are not postings read as ones). The floors are
  // the untouched figures.
  'eval-blind-101': { unit: 0.91, max: 0.83 },
  // Stop 67, eval-blind-106 (pages that tour several roles around the one on offer), first measured on its untouched
  // half with the stop's start code (56a0a69): incentive 91.7, the rest 100. Tuned: all 100. The floor is that figure.
  'eval-blind-106': { incentive: 0.91 },
  // Stop 67, eval-blind-109 (easy-Japanese, bilingual and foreign-resident postings), first measured on its untouched
  // half with the stop's start code (56a0a69): unit 91.7, min, max and commute 91.7, training 91.7, the rest 100. Tuned:
  // unit, min, max and commute 83.3, training 91.7. The floor is the untouched unit figure (min, max and commute meet
  // their targets).
  'eval-blind-109': { unit: 0.91 },
  // Stop 68, eval-blind-111 (one page with several positions; the main job's pay), first measured on its untouched half
  // with the stop's start code (8260850): min and max 91.7, incentive 91.7, the rest 100. Tuned: incentive 83.3, the rest
  // 100. The floor is the untouched incentive figure (min and max meet their targets).
  'eval-blind-111': { incentive: 0.91 },
  // Stop 68, eval-blind-114 (postings in unusual shapes: a scanned PDF's spaced-out figures, an SNS thread, key: value
  // lines), first measured on its untouched half with the stop's start code (8260850): unit, min and max 75.0, incentive
  // 91.7, the rest 100. Tuned: unit, min and max 90.9, commute 90.9. The floors are the untouched figures.
  'eval-blind-114': { unit: 0.75, min: 0.75, max: 0.75, incentive: 0.91 },
  // Stop 69, eval-blind-121 (articles beside postings), first measured on its untouched half with the stop's start code
  // (e2cb478): unit, min and max 91.7 (an article read as a posting with pay), the rest 100. Tuned: all 100. The floor is
  // the untouched unit figure (min and max meet their targets).
  'eval-blind-121': { unit: 0.91 },
  // Stop 69, eval-blind-123 (pages with more than one pay figure: 正社員 and アルバイト lines, shift and area tables, 月収例,
  // 時給換算, 日給月給, 基本給 beside 手当, broken lines, ￥ and 円/時, 万 and 千), first measured on its untouched half with the
  // stop's start code (e2cb478): min and max 83.3, incentive 91.7, the rest 100. Tuned: min 83.3, max 91.7, the rest 100.
  // The floors are the untouched figures.
  'eval-blind-123': { min: 0.83, max: 0.83, incentive: 0.91 },
  // Stop 69, eval-blind-124 (the four hard kinds at once), first measured on its untouched half with the stop's start
  // code (e2cb478): unit 91.7, max and commute 83.3, the rest 100. Tuned: all 100. The floors are the untouched figures.
  'eval-blind-124': { unit: 0.91, max: 0.83, commute: 0.83 },
  // Stop 69, eval-blind-125 (pay in prose, FAQ answers, SNS posts, key: value lines, flattened tables, 派遣 boxes, 日給 and
  // 週給, 年俸, commission in plain words, kanji numerals, no pay), first measured on its untouched half with the stop's
  // start code (e2cb478): unit 83.3, min and max 75.0, the rest 100. Tuned: unit and max 83.3, min 91.7, incentive and
  // commute 91.7. The floors are the untouched figures.
  'eval-blind-125': { unit: 0.83, min: 0.75, max: 0.75 },
  // Stop 69, eval-blind-127 (articles with sample 求人票 beside postings shaped as articles), first measured on its
  // untouched half with the stop's start code (e2cb478): unit and incentive 91.7, the rest 100. Tuned: unit, min, max and
  // commute 75.0. The floors are the untouched figures.
  'eval-blind-127': { unit: 0.91, incentive: 0.91 },
  // Stop 70, eval-blind-130 (call-center work described without the usual words), first measured on its untouched half
  // with the stop's start code (c77dd8e): unit 91.7, incentive 83.3, the rest 100. Tuned: all 100. The floors are the
  // untouched figures below the targets.
  'eval-blind-130': { unit: 0.91, incentive: 0.83 },
  // Stop 70, eval-blind-132 (pages that are not postings beside postings of the same jobs), first measured on its
  // untouched half with the stop's start code (c77dd8e): unit, min and commute 91.7, the rest 100. Tuned: incentive
  // 91.7. The floors are the untouched figures below the targets.
  'eval-blind-132': { unit: 0.91 },
  // Stop 70, eval-blind-134 (incentive and commission pay), first measured on its untouched half with the stop's start
  // code (c77dd8e): incentive 91.7, the rest 100. Tuned: unit and min 91.7, max 83.3, incentive 75.0. The floors are the
  // untouched figures below the targets.
  'eval-blind-134': { incentive: 0.91 },
  // Stop 70, eval-blind-136 (a tenth plain cross-section, weighted to 正社員 mid-career boards), first measured on its
  // untouched half with the stop's start code (c77dd8e): incentive 91.7, the rest 100. Tuned: all 100. The floors are
  // the untouched figures below the targets.
  'eval-blind-136': { incentive: 0.91 },
  // Stop 70, eval-blind-138 (pressure on results said in soft or indirect words), first measured on its untouched half
  // with the stop's start code (c77dd8e): incentive 91.7, the rest 100. Tuned: max 91.7. The floors are the untouched
  // figures below the targets.
  'eval-blind-138': { incentive: 0.91 },
  // Stop 70, eval-blind-143 (postings for readers who are not native Japanese readers), first measured on its untouched
  // half with the stop's start code (c77dd8e): unit, min and max 91.7, commute 66.7, the rest 100. Tuned: min and
  // commute 91.7. The floors are the untouched figures below the targets.
  'eval-blind-143': { unit: 0.91, commute: 0.66 },
  // Stop 71, eval-blind-148 (postings after bad copying: PDF extracts, two columns, menus and cards, pasted twice,
  // half-width katakana, shuffled sections), first measured on its untouched half with the stop's start code (e6d7699):
  // unit 91.7, min 91.7, max 91.7, incentive 91.7, the rest 100. Tuned: unit 91.7, min 91.7, the rest 100. The floors
  // are the untouched figures below the targets.
  'eval-blind-148': { unit: 0.91, incentive: 0.91 },
  // Stop 71, eval-blind-155 (pages that are not postings though they carry contact-desk and sales words, beside
  // postings for those desks), first measured on its untouched half with the stop's start code (e6d7699): unit 91.7,
  // min 83.3, max 91.7, incentive 91.7, the rest 100. Tuned: all 100. The floors are the untouched figures below the
  // targets.
  'eval-blind-155': { unit: 0.91, min: 0.83, incentive: 0.91 },
  // Stop 71, eval-blind-159 (long 正社員 and 契約社員 postings with interviews, company profiles and other positions), first
  // measured on its untouched half with the stop's start code (e6d7699): incentive 91.7, the rest 100. Tuned: incentive
  // 91.7, the rest 100. The floors are the untouched figures below the targets.
  'eval-blind-159': { incentive: 0.91 },
  // Stop 71, eval-blind-162 (staff voices and interviews of the posted role and of other roles), first measured on its
  // untouched half with the stop's start code (e6d7699): incentive 91.7, the rest 100. Tuned: incentive 91.7, the rest
  // 100. The floors are the untouched figures below the targets.
  'eval-blind-162': { incentive: 0.91 },
  // Stop 71, eval-blind-166 (jobs that talk sales without selling, beside real sales jobs), first measured on its
  // untouched half with the stop's start code (e6d7699): incentive 91.7, the rest 100. Tuned: all 100. The floors are
  // the untouched figures below the targets.
  'eval-blind-166': { incentive: 0.91 },
  // Stop 72, eval-blind-171 (targets and pressure said indirectly), first measured on its untouched half with the
  // stop's start code (ed514c2): incentive 91.7, the rest 100. Tuned: all 100. The floors are the untouched figures
  // below the targets.
  'eval-blind-171': { incentive: 0.91 },
  // Stop 72, eval-blind-178 (pages that are not postings but read like them, beside postings in unusual shapes), first
  // measured on its untouched half with the stop's start code (ed514c2): unit 91.7, min 91.7, max 91.7, fixedOvertime
  // 91.7, commute 91.7, the rest 100. Tuned: unit 91.7, min 91.7, max 91.7, incentive 91.7, commute 91.7, the rest 100.
  // The floors are the untouched figures below the targets.
  'eval-blind-178': { unit: 0.91, fixedOvertime: 0.91 },
  // Stop 72, eval-blind-181 (pages that look like postings but are not one job's posting, beside postings that look
  // unusual), first measured on its untouched half with the stop's start code (ed514c2): unit 91.7, min 91.7, max 91.7,
  // the rest 100. Tuned: incentive 91.7, the rest 100. The floors are the untouched figures below the targets.
  'eval-blind-181': { unit: 0.91 },
  // Stop 72, eval-blind-182 (targets hidden in pay text), first measured on its untouched half with the stop's start
  // code (ed514c2): incentive 91.7, the rest 100. Tuned: incentive 91.7, the rest 100. The floors are the untouched
  // figures below the targets.
  'eval-blind-182': { incentive: 0.91 },
  // Stop 72, eval-blind-189 (pages that are not postings, a fifteenth round, beside postings that begin like articles),
  // first measured on its untouched half with the stop's start code (ed514c2): unit 91.7, min 91.7, the rest 100.
  // Tuned: all 100. The floors are the untouched figures below the targets.
  'eval-blind-189': { unit: 0.91 },
  // Stop 72, eval-blind-197 (postings in English or in mixed English and Japanese), first measured on its untouched
  // half with the stop's start code (ed514c2): unit 75.0, min 75.0, max 75.0, incentive 91.7, commute 75.0, the rest
  // 100. Tuned: unit 75.0, min 75.0, max 75.0, incentive 83.3, commute 58.3, the rest 100. The floors are the untouched
  // figures below the targets.
  'eval-blind-197': { unit: 0.75, min: 0.75, max: 0.75, incentive: 0.91, commute: 0.75 },
  // Stop 73, eval-blind-200 (postings in English or mixed English and Japanese, a second round), first measured on its
  // untouched half with the stop's start code (ef565c7): unit 58.3, min 58.3, max 58.3, incentive 91.7, fixedOvertime
  // 91.7, commute 66.7, the rest 100. Tuned: unit 58.3, min 58.3, max 58.3, incentive 75.0, fixedOvertime 91.7, commute
  // 66.7, the rest 100. The floors are the untouched figures below the targets.
  'eval-blind-200': { unit: 0.58, min: 0.58, max: 0.58, incentive: 0.91, fixedOvertime: 0.91, commute: 0.66 },
  // Stop 73, eval-blind-204 (help desks and technical support beside other IT jobs), first measured on its untouched
  // half with the stop's start code (ef565c7): incentive 91.7, the rest 100. Tuned: all 100. The floors are the
  // untouched figures below the targets.
  'eval-blind-204': { incentive: 0.91 },
  // Stop 73, eval-blind-205 (postings in unusual shapes beside pages that are not postings, a second round), first
  // measured on its untouched half with the stop's start code (ef565c7): unit 83.3, min 83.3, max 91.7, incentive 91.7,
  // commute 91.7, the rest 100. Tuned: unit 91.7, min 91.7, max 91.7, incentive 91.7, the rest 100. The floors are the
  // untouched figures below the targets.
  'eval-blind-205': { unit: 0.83, min: 0.83, incentive: 0.91 },
  // Stop 73: eval-blind-34 met every pay target on its untouched half until the posting model was refitted after the
  // English posting features (cross-validated posting accuracy 0.989 → 0.991, threshold 0.60 → 0.65). One of its
  // untouched postings sits between the two thresholds and now reads as an article, which states no pay: unit and
  // incentive one item less (95.0 → 90.0), while eval-blind-52's untouched half no longer badges two articles
  // (posting 90.0 → 100) and its pay unit and min rose (95.0 → 100). A shortfall to close by a better posting
  // model, not by reading the item.
  'eval-blind-34': { unit: 0.9, incentive: 0.9 },
  // Stop 73, eval-blind-216 (bilingual pages, English beside Japanese, a fourth round of English), first measured on its
  // untouched half with the stop's start code (ef565c7): unit 83.3, min 83.3, max 66.7, incentive 91.7, commute 91.7,
  // the rest 100. Tuned: unit 91.7, incentive 83.3, fixedOvertime 91.7, commute 91.7, the rest 100. The floors are the
  // untouched figures below the targets.
  'eval-blind-216': { unit: 0.83, min: 0.83, max: 0.66, incentive: 0.91 },
  // Stop 73, eval-blind-217 (English-only pages for jobs in Japan, a fifth round, with non-postings), first measured on
  // its untouched half with the stop's start code (ef565c7): unit 33.3, min 33.3, max 41.7, incentive 75.0,
  // fixedOvertime 75.0, commute 33.3, the rest 100. Tuned: unit 16.7, min 16.7, max 16.7, incentive 83.3, fixedOvertime
  // 91.7, commute 25.0, the rest 100. The floors are the untouched figures below the targets.
  'eval-blind-217': { unit: 0.33, min: 0.33, max: 0.41, incentive: 0.75, fixedOvertime: 0.75, commute: 0.33 },
  // Stop 73, eval-blind-208 (pages in English about work in Japan, a third round, with non-postings), first measured on
  // its untouched half with the stop's start code (ef565c7): unit 33.3, min 33.3, max 33.3, incentive 83.3,
  // fixedOvertime 83.3, commute 41.7, the rest 100. Tuned: unit 50.0, min 50.0, max 50.0, incentive 66.7, fixedOvertime
  // 91.7, commute 58.3, the rest 100. The floors are the untouched figures below the targets.
  'eval-blind-208': { unit: 0.33, min: 0.33, max: 0.33, incentive: 0.83, fixedOvertime: 0.83, commute: 0.41 },
  // Stop 73, eval-blind-215 (pages copied whole from aggregators and boards, and list pages), first measured on its
  // untouched half with the stop's start code (ef565c7): unit 91.7, min 91.7, max 91.7, incentive 75.0, commute 91.7,
  // the rest 100. Tuned: unit 83.3, min 83.3, max 83.3, incentive 83.3, commute 91.7, the rest 100. The floors are the
  // untouched figures below the targets.
  'eval-blind-215': { unit: 0.91, incentive: 0.75 },
  // Stop 74, eval-blind-226 (a twenty-fifth plain cross-section, weighted to 北海道 and 東北), first measured on its
  // untouched half with the stop's start code (8254d01): incentive 91.7, the rest 100. Tuned: all 100. The floors
  // are the untouched figures below the targets.
  'eval-blind-226': { incentive: 0.91 },
  // Stop 74, eval-blind-227 (postings in odd shapes, with non-postings), first measured on its untouched half with
  // the stop's start code (8254d01): unit 91.7, min 91.7, max 91.7, incentive 91.7, commute 83.3, the rest 100.
  // Tuned: all 100. The floors are the untouched figures below the targets.
  'eval-blind-227': { unit: 0.91, incentive: 0.91, commute: 0.83 },
  // Stop 74, eval-blind-229 (pages that are not one job's posting, an eighteenth round, beside postings for one
  // job), first measured on its untouched half with the stop's start code (8254d01): unit 91.7, min 91.7, max 91.7,
  // incentive 91.7, the rest 100. Tuned: all 100. The floors are the untouched figures below the targets.
  'eval-blind-229': { unit: 0.91, incentive: 0.91 },
  // Stop 74, eval-blind-230 (pay as real boards print it, twice on one page), first measured on its untouched half
  // with the stop's start code (8254d01): unit 91.7, min 83.3, max 41.7, the rest 100. Tuned: min 91.7, max 66.7,
  // the rest 100. The floors are the untouched figures below the targets.
  'eval-blind-230': { unit: 0.91, min: 0.83, max: 0.41 },
  // Stop 74, eval-blind-231 (pages with several roles or several pay lines), first measured on its untouched half
  // with the stop's start code (8254d01): unit 91.7, min 91.7, max 91.7, incentive 91.7, the rest 100. Tuned: all
  // 100. The floors are the untouched figures below the targets.
  'eval-blind-231': { unit: 0.91, incentive: 0.91 },
  // Stop 74, eval-blind-232 (writing about call-center and sales work that is not a posting, beside postings that
  // open like articles), first measured on its untouched half with the stop's start code (8254d01): unit 91.7, min
  // 91.7, max 91.7, incentive 91.7, fixedOvertime 91.7, commute 91.7, the rest 100. Tuned: all 100. The floors are
  // the untouched figures below the targets.
  'eval-blind-232': { unit: 0.91, incentive: 0.91, fixedOvertime: 0.91 },
  // Stop 74, eval-blind-239 (pages that look like postings but are not, beside real postings with unusual layouts),
  // first measured on its untouched half with the stop's start code (8254d01): incentive 91.7, the rest 100. Tuned:
  // unit 91.7, min 91.7, the rest 100. The floors are the untouched figures below the targets.
  'eval-blind-239': { incentive: 0.91 },
  // Stop 74, eval-blind-245 (ハローワーク求人票 copied in full as text), first measured on its untouched half with the
  // stop's start code (8254d01): unit 91.7, min 91.7, max 91.7, the rest 100. Tuned: unit 91.7, min 91.7, max 91.7,
  // the rest 100. The floors are the untouched figures below the targets.
  'eval-blind-245': { unit: 0.91 },
  // Stop 74, eval-blind-250 (pages that are not postings and postings that look like pages, a twentieth round),
  // first measured on its untouched half with the stop's start code (8254d01): unit 83.3, min 83.3, max 83.3,
  // incentive 91.7, the rest 100. Tuned: unit 91.7, min 91.7, the rest 100. The floors are the untouched figures
  // below the targets.
  'eval-blind-250': { unit: 0.83, min: 0.83, max: 0.83, incentive: 0.91 },
  // Stop 75, eval-blind-255 (jobs that take many calls but are no call-center work, beside call-center jobs), first
  // measured on its untouched half with the stop's start code (bc213cd): incentive 91.7, the rest 100. Tuned: all
  // 100. The floors are the untouched figures below the targets.
  'eval-blind-255': { incentive: 0.91 },
  // Stop 75, eval-blind-261 (pay forms, a fourth round), first measured on its untouched half with the stop's start
  // code (bc213cd): incentive 91.7, commute 91.7, the rest 100. Tuned: all 100. The floors are the untouched
  // figures below the targets.
  'eval-blind-261': { incentive: 0.91 },
  // Stop 75, eval-blind-262 (a thirty-first plain cross-section, weighted to 中国 and 四国), first measured on its
  // untouched half with the stop's start code (bc213cd): incentive 91.7, the rest 100. Tuned: all 100. The floors
  // are the untouched figures below the targets.
  'eval-blind-262': { incentive: 0.91 },
  // Stop 75, eval-blind-264 (jobs in the staff and back office of contact centers, beside operators), first
  // measured on its untouched half with the stop's start code (bc213cd): incentive 91.7, the rest 100. Tuned: all
  // 100. The floors are the untouched figures below the targets.
  'eval-blind-264': { incentive: 0.91 },
  // Stop 75, eval-blind-267 (postings written in unusual shapes, a sixth round), first measured on its untouched
  // half with the stop's start code (bc213cd): unit 91.7, min 91.7, max 91.7, the rest 100. Tuned: all 100. The
  // floors are the untouched figures below the targets.
  'eval-blind-267': { unit: 0.91 },
  // Stop 75, eval-blind-269 (pay and quota mixtures on outbound desks), first measured on its untouched half with
  // the stop's start code (bc213cd): incentive 91.7, the rest 100. Tuned: unit 91.7, min 91.7, max 91.7, incentive
  // 91.7, the rest 100. The floors are the untouched figures below the targets.
  'eval-blind-269': { incentive: 0.91 },
  // Stop 75, eval-blind-284 (pay on pages with several roles or several pay lines, a second round), first measured
  // on its untouched half with the stop's start code (bc213cd): unit 75.0, min 66.7, max 75.0, incentive 91.7, the
  // rest 100. Tuned: unit 83.3, min 75.0, max 83.3, incentive 91.7, commute 91.7, the rest 100. The floors are the
  // untouched figures below the targets.
  'eval-blind-284': { unit: 0.75, min: 0.66, max: 0.75, incentive: 0.91 },
  // Stop 75, eval-blind-296 (pages that are not postings, a twenty-first round), first measured on its untouched
  // half with the stop's start code (bc213cd): unit 91.7, min 91.7, max 91.7, incentive 91.7, the rest 100. Tuned:
  // unit 91.7, min 91.7, max 91.7, the rest 100. The floors are the untouched figures below the targets.
  'eval-blind-296': { unit: 0.91, incentive: 0.91 },
  // Stop 75, eval-blind-300 (pages that combine several openings of one employer, the title naming one), first
  // measured on its untouched half with the stop's start code (bc213cd): incentive 83.3, the rest 100. Tuned: unit
  // 91.7, min 91.7, the rest 100. The floors are the untouched figures below the targets.
  'eval-blind-300': { incentive: 0.83 },
  // Stop 76, eval-blind-316 (pages with long company profiles, benefits, FAQs and lists of other openings around a
  // short job section), first measured on its untouched half with the stop's start code (e8ffd406): incentive 75.0,
  // the rest 100. Tuned: all 100. The floors are the untouched figures below the targets.
  'eval-blind-316': { incentive: 0.75 },
  // Stop 76, eval-blind-318 (pages with long surroundings around the job, a second round), first measured on its
  // untouched half with the stop's start code (e8ffd406): incentive 50.0, the rest 100. Tuned: incentive 41.7, the
  // rest 100. The floors are the untouched figures below the targets.
  'eval-blind-318': { incentive: 0.5 },
  // Stop 76, eval-blind-321 (postings written like articles, a seventh round), first measured on its untouched half
  // with the stop's start code (e8ffd406): unit 91.7, min 91.7, max 91.7, commute 91.7, the rest 100. Tuned: unit
  // 75.0, min 75.0, max 75.0, incentive 91.7, commute 83.3, the rest 100. The floors are the untouched figures
  // below the targets.
  'eval-blind-321': { unit: 0.91 },
  // Stop 76, eval-blind-326 (pages with long surroundings around the job, a third round), first measured on its
  // untouched half with the stop's start code (e8ffd406): unit 91.7, min 91.7, max 91.7, incentive 33.3, the rest
  // 100. Tuned: incentive 25.0, commute 91.7, the rest 100. The floors are the untouched figures below the targets.
  'eval-blind-326': { unit: 0.91, incentive: 0.33 },
  // Stop 76, eval-blind-332 (pages that are not postings beside postings that look like them, a twenty-third
  // round), first measured on its untouched half with the stop's start code (e8ffd406): unit 91.7, min 91.7, max
  // 91.7, incentive 91.7, the rest 100. Tuned: unit 91.7, min 91.7, max 91.7, commute 91.7, the rest 100. The
  // floors are the untouched figures below the targets.
  'eval-blind-332': { unit: 0.91, incentive: 0.91 },
  // Stop 76, eval-blind-333 (pages with long surroundings around the job, a fourth round), first measured on its
  // untouched half with the stop's start code (e8ffd406): incentive 33.3, the rest 100. Tuned: unit 91.7, min 91.7,
  // max 91.7, incentive 33.3, the rest 100. The floors are the untouched figures below the targets.
  'eval-blind-333': { incentive: 0.33 },
  // Stop 77, eval-blind-337 (phone sales and its neighbours: inside sales, sales closed by phone, teleapo booking
  // visits, field sales that phones only to book, 反響営業 and shop sales), first measured on its untouched half with the
  // stop's start code (b2bbd497): incentive 75.0, commute 91.7, the rest 100. Tuned: all 100. The floors are the
  // untouched figures below the targets.
  'eval-blind-337': { incentive: 0.75 },
  // Stop 77, eval-blind-338 (long company recruit pages and ハローワーク sheets whose surroundings are loud: staff
  // interviews, 数字で見る blocks, prize lists, FAQ, other positions), first measured on its untouched half with the stop's
  // start code (b2bbd497): incentive 75.0, the rest 100. Tuned: unit 83.3, min 83.3, max 83.3, incentive 50.0, commute
  // 83.3, the rest 100. The floors are the untouched figures below the targets.
  'eval-blind-338': { incentive: 0.75 },
  // Stop 77, eval-blind-339 (pages whose shape misleads: feature articles and interviews that end with a 募集要項, news,
  // columns, memoirs, guides, recruiting FAQs, recruit pages touring departments), first measured on its untouched half
  // with the stop's start code (b2bbd497): incentive 83.3, fixedOvertime 91.7, the rest 100. Tuned: unit 91.7, min
  // 91.7, max 91.7, commute 91.7, the rest 100. The floors are the untouched figures below the targets.
  'eval-blind-339': { incentive: 0.83, fixedOvertime: 0.91 },
  // Stop 77, eval-blind-341 (pay read the way a job seeker reads it: training pay, 固定残業代, 完全歩合 and 最低保証, per-success
  // pay, pay tables, 月収例 and 年収例, commute wordings), first measured on its untouched half with the stop's start code
  // (b2bbd497): unit 91.7, min 91.7, max 91.7, the rest 100. Tuned: commute 91.7, the rest 100. The floors are the
  // untouched figures below the targets.
  'eval-blind-341': { unit: 0.91 },
  // Stop 77, eval-blind-345 (phone sales and outbound work paid by results: テレアポ for insurance, fibre, property, solar
  // and B2B services, inside sales, results pay in many words and pages where it is denied or others'), first measured
  // on its untouched half with the stop's start code (b2bbd497): incentive 91.7, the rest 100. Tuned: incentive 91.7,
  // the rest 100. The floors are the untouched figures below the targets.
  'eval-blind-345': { incentive: 0.91 },
  // Stop 77, eval-blind-346 (results pay and its look-alikes: インセンティブ, 歩合, 成果手当, 件数手当, 報奨金, コミッション, 賞与連動 against perks
  // and prizes that are not results pay), first measured on its untouched half with the stop's start code (b2bbd497):
  // incentive 83.3, the rest 100. Tuned: incentive 91.7, the rest 100. The floors are the untouched figures below the
  // targets.
  'eval-blind-346': { incentive: 0.83 },
  // Stop 77, eval-blind-354 (contact desks by channel: chat, mail, SNS and LINE desks, phone desks with some chat,
  // mixed desks with their shares in words, counts or percentages, callbacks only), first measured on its untouched
  // half with the stop's start code (b2bbd497): unit 91.7, min 91.7, commute 91.7, the rest 100. Tuned: all 100. The
  // floors are the untouched figures below the targets.
  'eval-blind-354': { unit: 0.91 },
  // Stop 77, eval-blind-359 (long company recruit pages, a second round: interviews and days of other roles, 数字で見る
  // blocks, awards, history, messages, FAQ, other positions with their pay), first measured on its untouched half with
  // the stop's start code (b2bbd497): unit 91.7, min 91.7, max 91.7, incentive 91.7, fixedOvertime 91.7, commute 83.3,
  // the rest 100. Tuned: unit 91.7, min 91.7, max 91.7, incentive 83.3, the rest 100. The floors are the untouched
  // figures below the targets.
  'eval-blind-359': { unit: 0.91, incentive: 0.91, fixedOvertime: 0.91, commute: 0.83 },
  // Stop 77, eval-blind-360 (pay on harder pages: several roles or shifts, training pay, 固定残業代, 完全歩合 with and without
  // 最低保証, 月収例 and 年収例, ハローワーク a/b lines, 日払い, night premiums, commute), first measured on its untouched half with the
  // stop's start code (b2bbd497): unit 91.7, min 91.7, max 91.7, the rest 100. Tuned: unit 91.7, min 91.7, max 91.7,
  // the rest 100. The floors are the untouched figures below the targets.
  'eval-blind-360': { unit: 0.91 },
  // Stop 78, eval-blind-365 (beginners and what they must bring: 未経験歓迎 beside required skills or licences,
  // welcomes narrowed to one group, experience required, 経験者優遇 only, ブランクOK, 学生・主婦歓迎, typing or PC levels,
  // 普通自動車免許 required, 新卒), first measured on its untouched half with the stop's start code (df272b24): unit
  // 91.7, min 91.7, max 83.3, incentive 91.7, the rest 100. Tuned: all 100. The floors are the untouched
  // figures below the targets.
  'eval-blind-365': { unit: 0.91, max: 0.83, incentive: 0.91 },
  // Stop 78, eval-blind-368 (results pay and its look-alikes, a second round: インセンティブ, 歩合, 成果給, 件数手当 against
  // 皆勤手当, 資格手当, 紹介手当, 決算賞与 by company results, 寸志, キャンペーン for customers, prizes, 昇給 by evaluation; and pages
  // that deny results pay), first measured on its untouched half with the stop's start code (df272b24):
  // incentive 91.7, the rest 100. Tuned: all 100. The floors are the untouched figures below the targets.
  'eval-blind-368': { incentive: 0.91 },
  // Stop 78, eval-blind-373 (staffing-agency pages (派遣 and 紹介予定派遣) with their chrome: job numbers, the
  // coordinator's comment, related jobs, the agency's benefits and 登録会, 派遣 pay and 交通費, agency FAQ;
  // call-center and office jobs behind them), first measured on its untouched half with the stop's start code
  // (df272b24): max 91.7, incentive 91.7, the rest 100. Tuned: all 100. The floors are the untouched figures
  // below the targets.
  'eval-blind-373': { incentive: 0.91 },
  // Stop 78, eval-blind-377 (pages for foreign residents and bilingual desks: postings in English, in
  // Japanese with English headings, or both; English, Chinese, Vietnamese and Portuguese support desks,
  // interpreters on the phone, international schools and clinics taking calls; call-center and other jobs),
  // first measured on its untouched half with the stop's start code (df272b24): max 91.7, incentive 91.7,
  // fixedOvertime 91.7, commute 91.7, the rest 100. Tuned: min 91.7, max 91.7, fixedOvertime 91.7, commute
  // 91.7, the rest 100. The floors are the untouched figures below the targets.
  'eval-blind-377': { incentive: 0.91, fixedOvertime: 0.91 },
  // Stop 78, eval-blind-383 (pay on ordinary pages, a second round: 月給 with 固定残業代, 年俸, 日給月給, 時給 with a
  // training rate, 交通費 in every wording, 深夜手当 and 日払い, several roles with their pay, ranges and 以上, 月収例),
  // first measured on its untouched half with the stop's start code (df272b24): unit 91.7, min 91.7, max
  // 91.7, the rest 100. Tuned: commute 91.7, the rest 100. The floors are the untouched figures below the
  // targets.
  'eval-blind-383': { unit: 0.91 },
  // Stop 79, eval-blind-385 (which amount is the pay when a page gives several: 年収 beside the 月給 it is made
  // of, 想定年収 and モデル年収, 月収例 beside 時給, 日給 beside 時給, 年俸 divided into twelve, 月給 beside 賞与, pay by experience
  // bands, several roles each with its pay; label the main pay basis by the README's rule), first measured on
  // its untouched half with the stop's start code (4e233f6b): min 91.7, max 75.0, incentive 91.7, the rest
  // 100. Tuned: unit 91.7, min 91.7, max 91.7, the rest 100. The floors are the untouched figures below the
  // targets.
  'eval-blind-385': { max: 0.75, incentive: 0.91 },
  // Stop 79, eval-blind-391 (pages that are not postings, a fourth round, beside postings (up to 12
  // articles): columns about call-center and sales work that end with a link or a line inviting applications,
  // press releases of a new center that give hiring numbers and pay, job-seeker Q&A sites, day-in-the-life
  // blogs, municipal notices; and postings written as features with a 募集要項 at the end), first measured on its
  // untouched half with the stop's start code (4e233f6b): unit 91.7, min 91.7, max 91.7, the rest 100. Tuned:
  // all 100. The floors are the untouched figures below the targets.
  'eval-blind-391': { unit: 0.91 },
  // Stop 79, eval-blind-399 (ハローワーク求人票 in full, as the site prints it: 職種, 仕事内容, 賃金 (基本給, 定額的に支払われる手当, 固定残業代,
  // その他の手当), 通勤手当 (実費, 上限あり), 賃金締切日, 昇給, 賞与, 試用期間, 加入保険; call-center, sales and office jobs), first measured
  // on its untouched half with the stop's start code (4e233f6b): unit 91.7, min 91.7, max 91.7, the rest 100.
  // Tuned: unit 91.7, min 91.7, max 91.7, the rest 100. The floors are the untouched figures below the
  // targets.
  'eval-blind-399': { unit: 0.91 },
  // Stop 79, eval-blind-410 (staffing-agency pages, a second round: several openings on one page (複数の職種・時給),
  // the title's job among them, agency benefits and 登録会, job numbers, coordinators' notes, related openings;
  // call-center, sales and office jobs behind them), first measured on its untouched half with the stop's
  // start code (4e233f6b): unit 91.7, min 91.7, max 91.7, incentive 91.7, the rest 100. Tuned: all 100. The
  // floors are the untouched figures below the targets.
  'eval-blind-410': { unit: 0.91, incentive: 0.91 },
  // Stop 79, eval-blind-413 (pages that are not postings, a fifth round, beside postings (up to 12 articles):
  // articles that list a job's conditions as examples, interviews that end with a line about openings,
  // company culture pages, 求人特集 summaries of several jobs, salary guides with sample postings; and postings
  // written as stories), first measured on its untouched half with the stop's start code (4e233f6b): unit
  // 91.7, min 91.7, max 91.7, incentive 91.7, commute 91.7, the rest 100. Tuned: all 100. The floors are the
  // untouched figures below the targets.
  'eval-blind-413': { unit: 0.91, incentive: 0.91 },
  // Stop 79, eval-blind-418 (collections and reminders, a second round: 督促 by phone for cards, loans, rent,
  // utilities, taxes and tuition; 初期督促 and 長期延滞, 訪問 collections, letters, SMS; stress, targets (回収率, 約束件数)
  // stated or denied, results pay), first measured on its untouched half with the stop's start code
  // (4e233f6b): unit 91.7, min 91.7, max 91.7, incentive 91.7, the rest 100. Tuned: max 91.7, the rest 100.
  // The floors are the untouched figures below the targets.
  'eval-blind-418': { unit: 0.91, incentive: 0.91 },
  // Stop 80, eval-blind-426 (articles and pages about work that are not postings but look like them: interview
  // features with staff (社員インタビュー) giving hourly pay and schedules, 体験談 blog posts about テレアポ or コールセンター with pay
  // figures, board columns comparing inbound and outbound, company …), first measured on its untouched half with the
  // stop's start code (3b91fb68): incentive 91.7, the rest 100. Tuned: all 100. The floors are the untouched figures
  // below the targets.
  'eval-blind-426': { incentive: 0.91 },
  // Stop 80, eval-blind-427 (incentive wording in call-center and sales postings: インセンティブ, 歩合, 成果給, 報奨金, 達成手当, 寸志,
  // 決算賞与, 大入り袋, キャンペーン手当, 資格手当 (not an incentive), 皆勤手当 (not an incentive), 賞与 (not an incentive), incentives paid to
  // other roles on the page, incentives described as …), first measured on its untouched half with the stop's start
  // code (3b91fb68): incentive 91.7, the rest 100. Tuned: incentive 91.7, the rest 100. The floors are the untouched
  // figures below the targets.
  'eval-blind-427': { incentive: 0.91 },
  // Stop 80, eval-blind-429 (東北 (宮城・福島・岩手・山形・秋田・青森): a regional mix of call centers (仙台 has many), 事務, 営業, 販売, 介護, 倉庫,
  // with regional board styles and local employers; minimum wages of the region respected.), first measured on its
  // untouched half with the stop's start code (3b91fb68): unit 91.7, incentive 91.7, the rest 100. Tuned: all 100. The
  // floors are the untouched figures below the targets.
  'eval-blind-429': { unit: 0.91, incentive: 0.91 },
  // Stop 80, eval-blind-447 (amounts that are not the job's pay, on pages that also state pay: 資本金, 売上高, 従業員数, product
  // prices (月額料金 3,980円), fees the company charges, 1件あたりの料金 paid by clients, 昇給 amounts, 賞与 (年2回 計4ヶ月分), 手当 amounts
  // (資格手当 1万円), 月収例 and 年収例 of other people, other …), first measured on its untouched half with the stop's start code
  // (3b91fb68): incentive 91.7, the rest 100. Tuned: all 100. The floors are the untouched figures below the targets.
  'eval-blind-447': { incentive: 0.91 },
  // Stop 80, eval-blind-450 (articles about call-center and sales work that carry many posting-like fields: explainers
  // with a table of typical pay, hours and locations; news on a center opening with planned hiring and wages; blog
  // memoirs of テレアポ or 訪問販売 work with day-by-day schedules; …), first measured on its untouched half with the stop's
  // start code (3b91fb68): incentive 91.7, the rest 100. Tuned: all 100. The floors are the untouched figures below
  // the targets.
  'eval-blind-450': { incentive: 0.91 },
  // Stop 80, eval-blind-456 (沖縄・福岡・熊本・鹿児島: the many BPO call centers of 沖縄 and 福岡 (受信, 発信, チャット, 多言語), local sales and
  // office jobs, tourism jobs where インバウンド means visitors, and 派遣 pages with several openings; respect minimum
  // wages.), first measured on its untouched half with the stop's start code (3b91fb68): incentive 83.3, the rest 100.
  // Tuned: unit 91.7, incentive 91.7, the rest 100. The floors are the untouched figures below the targets.
  'eval-blind-456': { incentive: 0.83 },
  // Stop 80, eval-blind-458 (who may apply: newcomers welcomed in many wordings (未経験者大歓迎, 初心者OK, 経験不問, 学歴・経験不問, 資格不要,
  // 職種未経験OK, 第二新卒, ブランクOK, 'はじめての方がほとんど'), welcomes limited or contradicted (業界経験者のみ, 要実務経験, 経験者優遇 alone, 未経験可 but a
  // license required), in phone, sales and office jobs. …), first measured on its untouched half with the stop's start
  // code (3b91fb68): incentive 91.7, the rest 100. Tuned: all 100. The floors are the untouched figures below the
  // targets.
  'eval-blind-458': { incentive: 0.91 },
  // Stop 80, eval-blind-463 (company recruit pages that are not one posting: 採用トップ pages listing several jobs with a
  // line each, 職種紹介 and 部署紹介 pages, 社員インタビュー pages, 募集終了 notices, and 説明会 announcements, set against recruit pages
  // that are a single posting with its 募集要項 (some with long …), first measured on its untouched half with the stop's
  // start code (3b91fb68): max 83.3, the rest 100. Tuned: unit 91.7, the rest 100. The floors are the untouched
  // figures below the targets.
  'eval-blind-463': { max: 0.83 },
  // Stop 80, eval-blind-464 (pressure in sales postings stated without the word ノルマ: 予算, 数字, 成果主義, '評価は実績で',
  // 達成率で給与が変わる, 目標管理制度, 'がんばった分だけ', 売上に応じた歩合, and pages that deny any quota; set against field, shop and phone sales.
  // Label quota and incentive strictly by the README.), first measured on its untouched half with the stop's start
  // code (3b91fb68): incentive 91.7, the rest 100. Tuned: all 100. The floors are the untouched figures below the
  // targets.
  'eval-blind-464': { incentive: 0.91 },
  // Stop 81, eval-blind-470 (Pay read the way a job seeker reads it, on ハローワーク求人票, 派遣 and company pages: 研修中の時給 lower
  // than the headline, 試用期間 with different pay, 月給 with 固定残業代 …), first measured on its untouched half with the
  // stop's start code (1cc3864c): unit 83.3, min 83.3, max 83.3, incentive 91.7, the rest 100. Tuned: all 100. At the
  // stop's end, untouched: unit 83.3, min 83.3, max 83.3, incentive 91.7, the rest 100. The floors are the untouched
  // figures below the targets.
  'eval-blind-470': { unit: 0.83, min: 0.83, max: 0.83, incentive: 0.91 },
  // Stop 81, eval-blind-472 (Posting or article: job-board columns, interviews, blog memoirs, news pieces and
  // explainers about call-center, テレアポ or 訪問販売 work (kind article), …), first measured on its untouched half with the
  // stop's start code (1cc3864c): unit 91.7, min 91.7, max 91.7, the rest 100. Tuned: all 100. At the stop's end,
  // untouched: unit 91.7, min 91.7, max 91.7, the rest 100. The floors are the untouched figures below the targets.
  'eval-blind-472': { unit: 0.91 },
  // Stop 81, eval-blind-477 (Healthcare, welfare and education call desks and their look-alikes: 病院の予約センター,
  // 健診センターの予約, 介護の相談窓口, 学習塾のテレアポ (保護者への入塾案内), 通信教育の受講者サポート, 自治体の相談ダイヤル, …), first measured on its untouched half with
  // the stop's start code (1cc3864c): unit 91.7, min 91.7, max 91.7, commute 91.7, the rest 100. Tuned: all 100. At
  // the stop's end, untouched: unit 91.7, min 91.7, max 91.7, commute 91.7, the rest 100. The floors are the
  // untouched figures below the targets.
  'eval-blind-477': { unit: 0.91 },
  // Stop 81, eval-blind-478 (Postings whose body is long and mixed: a real board page with one job plus company
  // profile, a long 先輩の声 where a senior talks about a former sales job …), first measured on its untouched half with
  // the stop's start code (1cc3864c): incentive 83.3, the rest 100. Tuned: incentive 75.0, the rest 100. At the
  // stop's end, untouched: incentive 83.3, the rest 100. The floors are the untouched figures below the targets.
  'eval-blind-478': { incentive: 0.83 },
  // Stop 81, eval-blind-484 (Articles and pages that are not postings: industry news about call centers (AI, 人手不足,
  // 在宅化), 求人サイトの「仕事の特徴」 guides, salary surveys, interview columns …), first measured on its untouched half with the
  // stop's start code (1cc3864c): unit 91.7, min 91.7, max 91.7, incentive 91.7, commute 91.7, the rest 100. Tuned:
  // all 100. At the stop's end, untouched: unit 91.7, min 91.7, max 91.7, incentive 91.7, commute 91.7, the rest 100.
  // The floors are the untouched figures below the targets.
  'eval-blind-484': { unit: 0.91, incentive: 0.91 },
  // Stop 81, eval-blind-485 (Real estate and housing: 賃貸仲介 (反響営業 on inbound leads), 売買仲介, 投資用マンション営業 (テレアポ),
  // 管理会社の入居者対応 desks, 家賃保証会社 (督促), リフォーム営業, モデルハウス受付, and 不動産事務. Label …), first measured on its untouched half with
  // the stop's start code (1cc3864c): incentive 91.7, the rest 100. Tuned: all 100. At the stop's end, untouched:
  // incentive 91.7, the rest 100. The floors are the untouched figures below the targets.
  'eval-blind-485': { incentive: 0.91 },
  // Stop 81, eval-blind-491 (Outbound calls that are not selling: surveys (世論調査, 市場調査), reminders (予約日の確認, 健診の受診勧奨),
  // confirmations (申込内容の確認), delivery scheduling, donation asks …), first measured on its untouched half with the
  // stop's start code (1cc3864c): unit 91.7, min 91.7, max 91.7, incentive 91.7, the rest 100. Tuned: all 100. At the
  // stop's end, untouched: unit 91.7, min 91.7, max 91.7, incentive 91.7, the rest 100. The floors are the untouched
  // figures below the targets.
  'eval-blind-491': { unit: 0.91, incentive: 0.91 },
  // Stop 81, eval-blind-495 (Bilingual and foreign-worker postings: English-only or English-and-Japanese pages,
  // やさしい日本語 pages written in hiragana with spaces, and pages in …), first measured on its untouched half with the
  // stop's start code (1cc3864c): incentive 91.7, fixedOvertime 91.7, commute 91.7, the rest 100. Tuned: unit 91.7,
  // min 91.7, max 91.7, incentive 83.3, commute 91.7, the rest 100. At the stop's end, untouched: incentive 91.7,
  // fixedOvertime 91.7, commute 91.7, the rest 100. The floors are the untouched figures below the targets.
  'eval-blind-495': { incentive: 0.91, fixedOvertime: 0.91 },
  // Stop 82, eval-blind-498 (Field, delivery and technician jobs whose pages talk about phones and call centers
  // (drivers, 設備点検, 修理, 施工管理, …), first measured on its untouched half with the stop's start code (0affba9e): unit
  // 91.7, min 91.7, incentive 91.7, the rest 100. Tuned: all 100. At the stop's end, untouched: unit 91.7, min 91.7,
  // incentive 91.7, the rest 100. The floors are the untouched figures below the targets.
  'eval-blind-498': { unit: 0.91, incentive: 0.91 },
  // Stop 82, eval-blind-499 (Targets at the level of the team, the shop and the person: quotas stated, negated and
  // absent in call centers, …), first measured on its untouched half with the stop's start code (0affba9e): unit
  // 91.7, min 91.7, max 91.7, incentive 91.7, the rest 100. Tuned: all 100. At the stop's end, untouched: unit 91.7,
  // min 91.7, max 91.7, incentive 91.7, the rest 100. The floors are the untouched figures below the targets.
  'eval-blind-499': { unit: 0.91, incentive: 0.91 },
  // Stop 82, eval-blind-503 (業務委託, freelance and commission-only work (phone sales from home, door-to-door, event and
  // shop sales, …), first measured on its untouched half with the stop's start code (0affba9e): incentive 75.0, the
  // rest 100. Tuned: incentive 83.3, the rest 100. At the stop's end, untouched: incentive 75.0, the rest 100. The
  // floors are the untouched figures below the targets.
  'eval-blind-503': { incentive: 0.75 },
  // Stop 82, eval-blind-515 (Headline-heavy pages: 高収入！未経験OK！ catch copy, keyword lists and badges stacked above the
  // job, where the work …), first measured on its untouched half with the stop's start code (0affba9e): incentive
  // 91.7, the rest 100. Tuned: all 100. At the stop's end, untouched: incentive 91.7, the rest 100. The floors are
  // the untouched figures below the targets.
  'eval-blind-515': { incentive: 0.91 },
  // Stop 82, eval-blind-519 (Pay written in tables and formulas: 基本給＋各種手当 tables, 年俸制 divided by 12 or 14, 日給月給, 時給
  // by skill level, 歩合 …), first measured on its untouched half with the stop's start code (0affba9e): unit 83.3, min
  // 83.3, max 75.0, incentive 91.7, the rest 100. Tuned: unit 91.7, min 91.7, max 83.3, the rest 100. At the stop's
  // end, untouched: unit 83.3, min 83.3, max 75.0, incentive 91.7, the rest 100. The floors are the untouched figures
  // below the targets.
  'eval-blind-519': { unit: 0.83, min: 0.83, max: 0.75, incentive: 0.91 },
  // Stop 83, eval-blind-531 (Medicine and pharma, phone desks against clinical, counter and sales work), first
  // measured on its untouched half with the stop's start code (09017ec1): incentive 91.7, the rest 100. Tuned: all
  // 100. At the stop's end, untouched: incentive 91.7, the rest 100. The floors are the untouched figures below the
  // targets.
  'eval-blind-531': { incentive: 0.91 },
  // Stop 83, eval-blind-536 (Subscriptions and rentals: keeping, cancelling, collecting and installing), first
  // measured on its untouched half with the stop's start code (09017ec1): unit 91.7, min 91.7, max 91.7, incentive
  // 91.7, the rest 100. Tuned: all 100. At the stop's end, untouched: unit 91.7, min 91.7, max 91.7, incentive 91.7,
  // the rest 100. The floors are the untouched figures below the targets.
  'eval-blind-536': { unit: 0.91, incentive: 0.91 },
  // Stop 83, eval-blind-550 (Pay written the way call-center and sales postings write it), first measured on its
  // untouched half with the stop's start code (09017ec1): unit 91.7, min 91.7, incentive 91.7, the rest 100. Tuned:
  // unit 91.7, min 91.7, max 91.7, incentive 91.7, the rest 100. At the stop's end, untouched: unit 91.7, min 91.7,
  // incentive 91.7, the rest 100. The floors are the untouched figures below the targets.
  'eval-blind-550': { unit: 0.91, incentive: 0.91 },
  // Stop 83, eval-blind-551 (Which job on a 特集 or listing page is the posting's, and what its labels are), first
  // measured on its untouched half with the stop's start code (09017ec1): unit 91.7, min 91.7, max 91.7, incentive
  // 91.7, the rest 100. Tuned: incentive 83.3, the rest 100. At the stop's end, untouched: unit 91.7, min 91.7, max
  // 91.7, incentive 91.7, the rest 100. The floors are the untouched figures below the targets.
  'eval-blind-551': { unit: 0.91, incentive: 0.91 },
  // Stop 83, eval-blind-556 (Voices from other roles around the job), first measured on its untouched half with the
  // stop's start code (09017ec1): incentive 91.7, the rest 100. Tuned: all 100. At the stop's end, untouched:
  // incentive 91.7, the rest 100. The floors are the untouched figures below the targets.
  'eval-blind-556': { incentive: 0.91 },
  // Stop 83, eval-blind-560 (Sales under contract (代理店, 業務委託, フルコミッション, 副業) against salaried sales with incentives and
  // teleapo …), first measured on its untouched half with the stop's start code (09017ec1): unit 91.7, min 91.7, max
  // 91.7, incentive 91.7, the rest 100. Tuned: max 91.7, the rest 100. At the stop's end, untouched: unit 91.7, min
  // 91.7, max 91.7, incentive 91.7, the rest 100. The floors are the untouched figures below the targets.
  'eval-blind-560': { unit: 0.91, incentive: 0.91 },
};

/**
 * Untouched halves where a company-profile amount was read as pay when the set was first measured. The target is 0;
 * this holds the count so it cannot grow. eval-blind-21 (stop 32): both of its untouched misses of the kind "article
 * read as a posting" had their figures read as pay, one of them a company figure; eval-blind-38 (stop 37) had one
 * when first measured with the stop's start code. Closed by telling such articles
 * from postings in general, never by reading the item.
 */
// eval-blind-43 (stop 38): one on its untouched half with the stop's start code, by kind a page that is not one
// job's posting read as one, whose figure in a company block was then read as its pay.
// eval-blind-47 (stop 39): one on its untouched half with the stop's start code (seen by kind only).
// eval-blind-68 (stop 49): one on its untouched half with the stop's start code (seen by kind only).
// eval-blind-91 (stop 66): one on its untouched half with the stop's start code (seen by kind only).
// eval-blind-107 (stop 67): one on its untouched half with the stop's start code (seen by kind only).
// eval-blind-259 (stop 75): one on its untouched half with the stop's start code (seen by kind only); at stop 77 it
// turned out to be the judge's own miss: a pay heading with its value on its line, right after a company line, was
// read under the company line (lib/eval/pay.ts inCompanyProfile now reads such a line under its heading).
// Stop 79: eval-blind-21's is gone (0 now): a page that says no one is sought now (現在、募集中の職種はありません) is no
// posting, so its figures are no pay; the entry is dropped so that it cannot come back.
// eval-blind-442 and eval-blind-460 (stop 80): one each on its untouched half with the stop's start code (seen by kind
// only), still one at the stop's end. The tuned halves' one such miss (eval-blind-451, a そのほかの募集 list after the
// company profile) is closed: that heading now marks other openings.
// Stop 81: eval-blind-107's, -442's and -460's are gone (0 now): training pay stated under the company's other
// openings (■同時募集中 ⏎ …研修期間中は時給1,200円) is that opening's, as its base pay already was; the entries are dropped
// so that they cannot come back. So are eval-blind-38's, -43's and -91's, which were 0 already at this stop's start.
const COMPANY_AS_PAY_SEEN: Record<string, number> = { 'eval-blind-47': 1, 'eval-blind-68': 1 };

function holdTargets(name: string, r: PayReport) {
  expect(r.items, `${name}: pay labels`).toBeGreaterThan(0);
  for (const [metric, target] of Object.entries(PAY_TARGETS) as [keyof typeof PAY_TARGETS, number][]) {
    const floor = SHORTFALL[name]?.[metric];
    if (floor !== undefined && r.accuracy[metric] < target) {
      console.warn(`*** ${name}: pay.${metric} ${(100 * r.accuracy[metric]).toFixed(1)}% is BELOW the target ${100 * target}% (known shortfall) ***`);
      expect(r.accuracy[metric], `${name} pay.${metric} (known shortfall floor)`).toBeGreaterThanOrEqual(floor);
    } else {
      expect(r.accuracy[metric], `${name} pay.${metric}`).toBeGreaterThanOrEqual(target);
    }
  }
  const seen = COMPANY_AS_PAY_SEEN[name] ?? 0;
  if (r.companyAsPay > 0) console.warn(`*** ${name}: ${r.companyAsPay} company-profile amount(s) read as pay: the target is 0 (known shortfall: ${seen}) ***`);
  expect(r.companyAsPay, `${name}: company-profile amounts read as pay`).toBeLessThanOrEqual(seen);
}

describe('pay evaluation', () => {
  it('own set (tests/fixtures/eval): the labelled half meets the targets', async () => {
    const r = await payHalves(path.join(import.meta.dirname, 'fixtures/eval'));
    console.log(`${formatPayReport(r.tune, 'own set, tune half')}\n${formatPayMisses(r.tune)}`);
    holdTargets('own', r.tune);
  });

  // Every set scripts/eval-data.ts knows but our first (tests/fixtures/eval, held above on its labelled half).
  for (const dir of KNOWN_SETS.filter((d) => setKey(d) !== 'eval')) {
    const name = setKey(dir);
    const present = fs.existsSync(path.join(dir, 'pay.jsonl'));
    if (!present && (process.env.CI || !name.startsWith('eval-blind'))) console.warn(`\n*** ${dir}/pay.jsonl not found: the ${name} pay check cannot run ***\n`);
    // CI must run every set it has; eval-blind is ours and may not exist yet on a branch.
    it.skipIf(!present && !process.env.CI)(`${name}: the untouched half (even ids) meets the pay targets (known shortfalls held as floors)`, async () => {
      const r = await payHalves(dir);
      console.log(`${formatPayReport(r.tune, `${name}, tune half`)}\n${formatPayReport(r.untouched, `${name}, untouched half`)}`);
      holdTargets(name, r.untouched);
      expect(r.tune.companyAsPay).toBe(0);
    });
  }
});
