// The pay reader: normalize (with the offset map) → sections → amounts → each fact from its context.
// Every fact carries its words and their offsets in the original input: input.slice(start, end) === text.
import type { PayFacts, PaySpan, PayUnit } from '../core/types';
import { forgetScannedText } from '../text/gated-scan';
import { normalize, originalRange, type Normalized } from '../text/normalize';
import { withOtherPositions } from '../text/other-positions';
import { sectionObjectAt, withLaterRoles, type Section } from '../text/sections';
import { amountIn, findAmounts, type AmountRange } from './amounts';
import { baseCandidates, payBasisOnly, plausible, type BaseCandidate } from './base';
import { findCommute } from './commute';
import { hasPaySection, lineEnd, lineStart, MAX_AMOUNTS, payText, WAGE_BEFORE, type PayText } from './context';
import { findExtras } from './extras';
import { findIncentive, firstInPayField, isDeniedRate, ratesPerSuccess, resultsOpeningPayField, salesCounted } from './incentive';
import { mainRoleLine, otherRolesLines } from './main-role';
import { OWN_OPENINGS_LABEL } from './pay-headings';
import { findFixedOvertime } from './overtime';
import { findTrainings, type TrainingFinding } from './training';
import { INCENTIVE_WITHOUT_PAY, OTHER_LINES } from './notes';

// A base pay named without a figure we could read (固定給あり, 基本給＋歩合): the pay is not by results only.
// Not a conversion of results pay (成果報酬（時給換算1,500円〜）).
const BASE_WORDS = /固定給|基本給|最低保証|保証給|(?:時給|日給|月給)(?!換算)/;
// The same said not to exist (最低保証なし, 固定給・最低保証はありません): no base pay.
const BASE_DENIED = /(?:固定給|基本給|最低保証|保証給)(?:[・、/や及びと]+(?:固定給|基本給|最低保証|保証給))*(?:制度)?(?:は|の支給は|の設定は)?[ \t:]*(?:一切)?(?:なし|無し|ありません|ございません|ゼロ|0円)/g;
/** A base pay named anywhere on the page, once the denials of one are set aside. */
const namesBase = (text: string) => BASE_WORDS.test(text.replace(BASE_DENIED, ''));

export interface ReadPayOptions {
  /** false for an article or a page that is not a posting: it states no pay of its own. */
  posting?: boolean;
  /** The normalized text's sections (findSections), when the caller has them: analyze() finds them once. */
  sections?: Section[];
}

export function emptyPay(): PayFacts {
  return {
    base: null,
    training: null,
    incentive: { kind: 'none', perUnit: null, guaranteed: null },
    fixedOvertime: null,
    commute: { kind: 'unstated', cap: null },
    extras: [],
    note: null,
  };
}

export function readPay(input: string, opts: ReadPayOptions = {}): PayFacts {
  return readPayNormalized(normalize(typeof input === 'string' ? input : ''), opts);
}

/** The same, on text already normalized (analyze() normalizes once for everything). */
export function readPayNormalized(norm: Normalized, opts: ReadPayOptions = {}): PayFacts {
  return readPayWithMentions(norm, opts).facts;
}

export interface PayReading {
  facts: PayFacts;
  /** Where the text names pay by results, also when the pay facts cannot say 'plus' (no base pay stated): the
   *  analysis reads it as a trait of the work. */
  incentiveWords: PaySpan | null;
  /** Where the pay is counted in sales (売上の25%, 販売1戸につき): the work is selling, never mere piece work. */
  salesWords: PaySpan | null;
}

export function readPayWithMentions(norm: Normalized, opts: ReadPayOptions = {}): PayReading {
  try {
    if (opts.posting === false || !norm.text) return { facts: emptyPay(), incentiveWords: null, salesWords: null };
    return readFacts(norm, opts);
  } finally {
    // The scans' shared pass over this text (the pay headings' too, which the flags may have asked for first) is not
    // kept past the reading: no posting stays in memory after its analysis.
    forgetScannedText();
  }
}

function readFacts(norm: Normalized, opts: ReadPayOptions): PayReading {
  const span = (start: number, end: number): PaySpan => {
    const [s, e] = originalRange(norm, start, end);
    return { text: norm.original.slice(s, e), start: s, end: e };
  };
  const t = payText(norm.text, opts.sections);
  // A rate named to say there is none (1件3,000円といった歩合はありません) is no pay of any kind: no part of the reader sees it.
  const amounts = findAmounts(norm.text, MAX_AMOUNTS).filter((a) => !isDeniedRate(norm.text, a));
  const trainings = findTrainings(t, amounts);
  const training = trainings[0] ?? null;
  // Results pay set out under another position (〔募集2〕法人営業 ⏎ 給与 月給25万円＋インセンティブ, 【正社員】月給26万円〜＋
  // インセンティブ on a page that posts the パート) is that job's.
  // Each reader of another position's part is run once; the base pay below reads the keyed positions alone.
  const positions = withOtherPositions(t.text, t.sections);
  const numbered = withLaterRoles(t.text, t.sections);
  const carvedIn = (sections: Section[]) => (at: number) => sectionObjectAt(sections, at)?.field === 'elsewhere';
  const [inPositions, inNumbered, inGiven] = [carvedIn(positions), carvedIn(numbered), carvedIn(t.sections)];
  const found = findIncentive(t, amounts, positions === t.sections && numbered === t.sections ? undefined : (at) => inNumbered(at) || inPositions(at));
  const c = findCommute(t, amounts);
  // Training paid as the job is (研修中も時給1,300円) leaves its amount to the base: it may be the only one stated.
  const trainingAmounts = trainings.map((tr) => (tr.same ? null : tr.amount));
  const used = new Set<AmountRange>([...trainingAmounts, found.perUnit, found.guaranteed, c.capAmount].filter((a): a is AmountRange => a != null));
  const all = baseCandidates(t, amounts, (a) => used.has(a));
  // Under pay counted per success (報酬は成約1件ごとにお支払い ⏎ 医療保険 8,000円), figures that name no unit are its rates.
  const rates = found.perUnit ? [] : ratesPerSuccess(t, found, all);
  const rate = rates.length ? amountIn(amounts, rates[0]!.start, rates[0]!.end, (a) => a.money) : undefined;
  const candidates = rate ? all.filter((c) => !rates.includes(c)) : all;
  // Where the page keys its positions and says which it posts (【給与】①時給1,250円 ②時給1,150円 under 「【データ入力】」),
  // the other keys' lines are those positions' pay.
  const own = positions === t.sections ? candidates : candidates.filter((c) => !inPositions(c.start) || inGiven(c.start));
  const first = fullerStatement(mainRoleLine(t, own.length ? own : candidates), candidates);
  // Results pay stated on another role's pay line (③発信オペレーター ⏎ 時給1,500円＋インセンティブ) is that role's.
  const otherRoles = otherRolesLines(t, candidates, first);
  const onOtherRole = otherRoles !== null && ((found.start >= 0 && otherRoles(found.start)) || (found.perUnit !== null && otherRoles(found.perUnit.start)));
  const mainFound = onOtherRole ? findIncentive(t, amounts, otherRoles) : found;
  const withRate = rate ? { ...mainFound, perUnit: rate } : mainFound;
  const incentive = first ? withRate : resultsOpeningPayField(t, withRate);

  let kind = incentive.kind;
  let base: PayFacts['base'] = null;
  // 月給20万円〜100万円（完全歩合制）: results-only words on the pay line itself make its figures what results may
  // bring, not a wage; elsewhere a stated base pay means results come on top of it.
  const onItsLine = first !== null && kind === 'only' && lineStart(t.text, incentive.start) === lineStart(t.text, first.start);
  if (kind === 'only' && first?.stated && first.unit !== 'piece' && !onItsLine) kind = 'plus';
  if (!first && incentive.perUnit) kind = 'only'; // pay stated only per success (アポ報酬 2,500円/件)
  if (first && incentive.perUnit && kind === 'none') kind = 'plus'; // 時給1,200円＋1件成約で5,000円: so much per success on top
  if (!first && incentive.opensPayField && !namesBase(t.text)) kind = 'only'; // 報酬：歩合制, and no base pay anywhere
  // Results pay as the first thing its pay field says (報酬 ⏎ 紹介料として契約額の10%), and no base pay anywhere.
  if (!first && kind === 'plus' && incentive.start >= 0 && firstInPayField(t, incentive.start) && !namesBase(t.text)) kind = 'only';
  // The words that say so: the incentive words, or the per-success amount when it is the whole pay.
  const mention = incentive.start >= 0 || !incentive.perUnit ? incentive : incentive.perUnit;
  if (kind === 'only' && (!(first?.stated) || onItsLine)) {
    // No base: the pay is by the piece. Its figures are the per-success amount when one is stated.
    const p = incentive.perUnit;
    base = p ? { unit: 'piece', min: p.min, max: p.max, ...span(p.start, p.end) } : { unit: 'piece', min: null, max: null, ...span(mention.start, mention.end) };
  } else if (first) {
    base = { unit: first.unit, min: first.min, max: first.max, ...span(first.start, first.end) };
  } else {
    // No amount, but the pay system named in the 給与 section (月給制（経験・スキルを考慮して決定）): the unit alone.
    const basis = payBasisOnly(t);
    if (basis) base = { unit: basis.unit, min: null, max: null, ...span(basis.start, basis.end) };
  }
  // 'plus' is a base pay with results on top. A page with no pay section, no wage, no base or guarantee named, that
  // only says its work brings an incentive (達成率に応じてインセンティブを支給) states no pay: there is nothing to
  // add to. Pay said as a share or an amount (売上の30%をお支払いします) is still pay. The analysis still reads the
  // incentive as a trait of the work.
  const baseless =
    kind === 'plus' && base === null && !incentive.perUnit && !incentive.guaranteed && !/\d/.test(t.text.slice(mention.start, mention.end)) &&
    !hasPaySection(t) && !namesBase(t.text);
  const incentiveWords = kind !== 'none' ? span(mention.start, mention.end) : null;
  if (baseless) kind = 'none';

  const facts: PayFacts = {
    base,
    training: trainingFacts(training, first, candidates, span, t.text, base?.unit ?? null),
    incentive: {
      kind,
      perUnit: incentive.perUnit ? incentive.perUnit.min : null,
      guaranteed: incentive.guaranteed ? incentive.guaranteed.min : null,
      ...(kind !== 'none' ? span(mention.start, mention.end) : {}),
    },
    fixedOvertime: null,
    commute: { kind: 'unstated', cap: null },
    extras: findExtras(t).map((x) => ({ id: x.id, ...span(x.start, x.end) })),
    note: baseless
      ? INCENTIVE_WITHOUT_PAY
      : (otherLines(training?.same && training.amount ? candidates.filter((c) => c.end !== training.amount!.end) : candidates, first, span) ?? ownOpeningsPay(t, amounts, first, span)),
  };
  const ot = findFixedOvertime(t, amounts);
  if (ot) facts.fixedOvertime = { hours: ot.hours, amount: ot.amount, excessPaid: ot.excessPaid, ...span(ot.start, ot.end) };
  facts.commute = c.kind === 'unstated' ? { kind: 'unstated', cap: null } : { kind: c.kind, cap: c.cap, ...span(c.start, c.end) };
  const sales = kind === 'none' ? null : salesCounted(t);
  return { facts, incentiveWords, salesWords: sales && span(sales.start, sales.end) };
}

/** A board's summary field gives the pay short (給与 ・時給1,250円〜) and its detail below in full (給与の詳細 ⏎
 *  時給1,250円〜1,400円): the same pay, said in full, is the base. Only the same unit and lower end, with the top
 *  the summary left open, from a pay section; not a premium or a bracketed restatement. */
function fullerStatement(first: BaseCandidate | null, candidates: BaseCandidate[]): BaseCandidate | null {
  if (!first || first.max !== null || first.min === null) return first;
  const { start, unit, min } = first;
  const full = candidates.find((c) => c.start > start && c.order === 0 && c.unit === unit && c.min === min && c.max !== null && c.max > min && !c.premium && !c.inBrackets);
  return full ?? first;
}

// A heading of its own for the training pay (研修時の給与, 試用期間中の給与): what stands under it is said of the job, not
// of the pay line above the heading.
const TRAINING_HEADING = /\n[ \t]*[^\n\d。、]{0,4}(?:研修|試用)[^\n\d。、]{0,12}\n/;

/** Months of pay a year's pay is worth for one role: twelve, and up to six more of bonuses. */
const YEAR_IN_MONTHS = [12, 18] as const;
/** A monthly wage under a header's yearly pay (想定年収420万円〜 above 月給26万円〜) is the same role's pay said per month,
 *  not another role's line: the year is twelve to eighteen of those months. */
function restatesYearly(a: BaseCandidate, b: BaseCandidate): boolean {
  const [year, month] = a.unit === 'year' ? [a, b] : [b, a];
  if (year.unit !== 'year' || month.unit !== 'month' || !year.min || !month.min) return false;
  const ratio = year.min / month.min;
  return ratio >= YEAR_IN_MONTHS[0] && ratio <= YEAR_IN_MONTHS[1];
}

/** A line that gives one step of the base's range (時給1,600円〜1,800円 ⏎ ・経験1年以上の方：時給1,700円): the same role's pay
 *  by experience, so a training pay under the steps is the base's. */
function stepOfBase(line: BaseCandidate, base: BaseCandidate): boolean {
  if (line.unit !== base.unit || line.min === null || base.min === null || base.max === null) return false;
  return line.min >= base.min && (line.max ?? line.min) <= base.max;
}

/** A note (※…) on a line of its own that gives the same role's pay under a condition (※22:00〜翌5:00は深夜割増となり、時給1,500円,
 *  ※SV昇格後は時給1,550円〜, ※土日祝は時給+50円): another rate of the base, no role a training note under it belongs to. */
const VARIANT_BEFORE = /^[ \t]*[※*][^\n]*(?:割増|深夜|夜勤|土日|祝|昇格|昇給|経験者|有資格)/;
const variantOfPay = (text: string, c: BaseCandidate): boolean => VARIANT_BEFORE.test(text.slice(lineStart(text, c.start), c.start));

/** How many lines above a training pay the pay line it belongs to may stand. */
const OWNER_LINES = 4;

/** `readUnit`: the unit of the pay read, which stands for the base's when no base candidate states it (pay by the piece
 *  only: 1本5,000円〜, and the first pieces at a trial rate). */
function trainingFacts(tr: TrainingFinding | null, base: BaseCandidate | null, candidates: BaseCandidate[], span: (s: number, e: number) => PaySpan, text: string, readUnit: PayUnit | null): PayFacts['training'] {
  if (!tr) return null;
  // 研修中も時給1,200円 says the period is paid as the job is; under a wage of 時給1,300円〜 its figure is the period's own.
  const figure = tr.amount?.min ?? null;
  if (tr.same && !(base && base.min !== null && figure !== null && (figure < base.min || (base.max !== null && figure > base.max)))) return null;
  if (tr.ratio !== undefined) {
    // 試用期間中は基本給の80%: that share of the base pay.
    if (!base || base.min === null || base.unit === 'piece') return null;
    const part = (v: number) => Math.round(v * tr.ratio!);
    return { unit: base.unit, min: part(base.min), max: base.max === null ? null : part(base.max), months: tr.months, ...span(tr.start, tr.end) };
  }
  // Training pay stated under another role's pay line (アルバイト 時給… / ※試用期間中は時給…) is that role's; an
  // amount off the pay (上記から50円引き), or one said of them all (いずれも、研修期間は…), applies to every line above
  // it, the main one too.
  // A figure in brackets (年俸360万円（月30万円～40万円）) restates the line it stands on: no role of its own.
  // Only a pay line close above it owns it: a wage told in a staff story further up (時給1,400円で働き始め) is no line
  // the period's terms hang from.
  const near = (c: BaseCandidate) => (text.slice(c.end, tr.start).match(/\n/g) ?? []).length <= OWNER_LINES;
  const owner = candidates.filter((c) => c.start < tr.start && !c.premium && !c.inBrackets && !variantOfPay(text, c) && near(c)).sort((x, y) => y.start - x.start)[0];
  const headed = !!owner && TRAINING_HEADING.test(text.slice(owner.end, lineEnd(text, tr.start) + 1));
  // Pay lines set side by side on one line (［日勤］日給10,000円　［夜勤］日給12,000円) are one line: a note under it in the
  // base's unit, or in none (※研修中は日当9,000円), is said of the base as much as of the last figure on it.
  const besideBase = !!owner && !!base && !text.slice(Math.min(owner.start, base.start), Math.max(owner.end, base.end)).includes('\n') && (tr.unit === null || tr.unit === base.unit);
  if (!tr.relative && !tr.forEveryLine && !headed && !besideBase && owner && base && owner !== base && (owner.unit !== base.unit || owner.min !== base.min) && !restatesYearly(owner, base) && !stepOfBase(owner, base)) return null;
  let { min, max } = tr as { min: number; max: number | null };
  let unit: PayUnit | null = tr.unit;
  if (tr.relative) {
    // 試用期間中は月給-5万円: the base pay less that amount.
    if (!base || base.min === null) return null; // nothing to take it from
    unit = base.unit;
    min = base.min - tr.min;
    max = base.max === null ? null : base.max - tr.min;
  }
  unit ??= base?.unit ?? readUnit;
  if (!unit || !plausible(unit, min, max)) return null;
  if (base && unit === base.unit && min === base.min && max === base.max) return null; // the same pay: nothing to say
  return { unit, min, max, months: tr.months, ...span(tr.start, tr.end) };
}

/** The company's other openings listed under their own heading (【他の職種】 ⏎ 事務：時給1,100円): their pay is never
 *  this job's, but the page does state other pay, and the note says so as it does for other roles' lines. Read from
 *  the amounts the reader found, as every other pay line is. */
function ownOpeningsPay(t: PayText, amounts: AmountRange[], first: BaseCandidate | null, span: (s: number, e: number) => PaySpan): string | null {
  if (!first) return null;
  const found: string[] = [];
  for (const a of amounts) {
    if (sectionObjectAt(t.sections, a.start)?.label !== OWN_OPENINGS_LABEL) continue;
    const wage = WAGE_BEFORE.exec(t.text.slice(Math.max(0, a.start - 10), a.start));
    if (!wage) continue;
    found.push(span(a.start - wage[0].length, a.end).text.replace(/\s+/g, ' '));
    if (found.length === 3) break;
  }
  return found.length ? `${OTHER_LINES}${found.join(' / ')}` : null;
}

/** Other roles' or other pay lines (大卒/院卒, 正社員/パート), said in `note`; premiums (22時以降) are not. */
function otherLines(candidates: BaseCandidate[], first: BaseCandidate | null, span: (s: number, e: number) => PaySpan): string | null {
  if (!first) return null;
  const others = candidates.filter(
    (c) =>
      c !== first && !c.premium && !c.inBrackets && c.order <= first.order && (c.unit !== first.unit || c.min !== first.min || c.max !== first.max) &&
      // The title's shorthand of the same pay (…｜時給1,400円 above 時給1,400円～1,600円) is no other line.
      !(c.start < first.start && c.unit === first.unit && c.min === first.min),
  );
  if (!others.length) return null;
  return `${OTHER_LINES}${others.slice(0, 3).map((c) => span(c.start, c.end).text.replace(/\s+/g, ' ')).join(' / ')}`;
}
