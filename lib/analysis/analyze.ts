// The analysis pipeline: normalize → prefilter → tokenize the sentences that matter → match with
// context → score. Synchronous and pure, given a tokenizer: the same code runs in Node, a Worker and tests.
import { normalize, originalRange, type Normalized } from '../text/normalize';
import { withOtherPositions, withOthersInTitle } from '../text/other-positions';
import { withColleaguesDay } from '../text/colleagues-day';
import { withOtherRolesVoices } from '../text/other-roles-voices';
import { findSections, sectionAt, sectionObjectAt, SECTION_WEIGHT, withLaterRoles, type Section } from '../text/sections';
import { withOtherDepartments } from '../text/other-departments';
import { withCompanyFigures } from '../text/company-figures';
import { jobNameLines } from '../text/job-name-line';
import { splitSentences, type Span } from '../text/sentences';
import type { CompiledLexicon, TermHit } from '../lexicon/compile';
import { createRoughTokenizer } from '../tokenizer/rough';
import type { Tokenizer } from '../tokenizer/types';
import { report } from '../core/report';
import { dropContained, matchSentence, type RawMatch } from './match';
import { CALL_CATEGORIES, countsPhoneLight } from './context';
import { hitsAcrossNotes } from './across-notes';
import { readPayWithMentions } from '../pay/read-pay';
import { lineAt, lineStart } from '../pay/context';
import { dropOtherPageSense } from './page-sense';
import { inOtherJobsListing } from './other-openings';
import { isAnotherRolesPay } from './whose-terms';
import { decideJobType, PHONE_DENIAL_CATEGORIES } from './decide/job-type';
import { rememberReading } from './decide/flag-words';
import { decideQuota } from './decide/quota';
import { decideSignals } from './decide/signals';
import { detectPosting } from './decide/detect-posting';
import { ROLE_CATEGORIES } from './decide/features';
import { confidenceOf } from './decide/confidence-of';
import { FIRM_CONFIDENCE } from './decide/constants';
import { BASE_PAY } from './decide/posting';
import { buildReasons, levelsFrom, type Explanations } from './verdict/reasons';
import { buildQuestions } from './verdict/questions';
import type { AnalysisResult, Category, Flag, PaySpan, Sensitivity } from '../core/types';

/** Longer texts are cut here (and the result says so): keeps time and memory bounded on huge pages. */
export const MAX_ANALYZED_LENGTH = 100_000;

const LEVEL_RANK: Record<Sensitivity, number> = { low: 0, standard: 1, high: 2 };
/** A weak word of phone work, denied (電話対応はありません), is read at every sensitivity: it says the job is not phone
 *  work, which the role's decision needs, and raises nothing. (Weak quota words stay unread: a denied 目標 is no
 *  ノルマなし.) */
const deniesWork = (polarity: Flag['polarity'], category: Category) => polarity === 'negated' && (PHONE_DENIAL_CATEGORIES as readonly Category[]).includes(category);

export interface AnalyzeOptions {
  lexicon: CompiledLexicon;
  tokenizer: Tokenizer;
  sensitivity?: Sensitivity;
  maxLength?: number;
  /** Categories turned off in settings are ignored (default: all on). */
  categories?: Partial<Record<Category, boolean>>;
}

export function analyze(input: string, opts: AnalyzeOptions): AnalysisResult {
  const sensitivity = opts.sensitivity ?? 'standard';
  const text = typeof input === 'string' ? input : '';
  const max = opts.maxLength ?? MAX_ANALYZED_LENGTH;
  const analyzed = text.length > max ? cutAtBoundary(text, max) : text;
  const norm = normalize(analyzed);
  const matches = findMatches(norm.text, opts.lexicon, opts.tokenizer);
  // Found once, for the flags and the pay reader, and only when either needs them: a page with no candidate terms
  // that is no posting needs neither.
  let sections: Section[] | undefined;
  const sectionsOf = () => (sections ??= findSections(norm.text));
  let carved: Section[] | undefined;
  const carvedOf = () => (carved ??= OTHERS_WORK.reduce((s, carve) => carve(norm.text, s), sectionsOf()));
  const flags = toFlags(matches.matches, norm, carvedOf, sensitivity, opts.categories);
  const sawJobWords = flags.some((f) => f.polarity === 'present' && ROLE_CATEGORIES.includes(f.category as never));
  const posting = detectPosting(norm.text, sawJobWords);
  const { facts: pay, incentiveWords, salesWords } = readPayWithMentions(norm, { posting: posting.posting, sections: posting.posting ? carvedOf() : undefined });
  const job = decideJobType(flags);
  const { jobType, callCenter } = job;
  const quota = decideQuota(flags);
  // Named by a lexicon term at any sensitivity: the flag then stays the term's, so that a lower sensitivity never
  // shows a flag a higher one does not.
  const named = matches.matches.some((m) => m.entry.entry.category === 'incentive' && m.polarity === 'present');
  // Pay by the piece on a page that denies results pay (1部4円〜 beside 歩合・インセンティブはありません) is paid for the work
  // done, not for winning anything: the piece rate is no incentive there, unless it is counted in sales.
  const denied = salesWords === null && matches.matches.some((m) => m.entry.entry.category === 'incentive' && m.polarity === 'negated');
  const payFlag = named || denied ? null : incentiveFlagFromPay(incentiveWords, norm.original, opts.categories);
  if (payFlag) flags.push(payFlag);
  const signals = decideSignals(flags, jobType);
  const v = { jobType, callCenter, quota: quota.quota, signals };
  const context = { flags, v, job, quota, pay, paidForSales: salesWords !== null };
  const reasons = buildReasons(context, explanations(opts.lexicon));
  const { difficulty, stress } = levelsFrom(reasons);
  const mode = opts.tokenizer.kind !== 'kuromoji' ? 'provisional' : matches.roughWindows > 0 ? 'mixed' : 'full';
  const confidence = confidenceOf(jobType, flags, mode, text.length > max, job.basis === 'none' && sawJobWords);
  const questions = posting.posting
    ? buildQuestions({ ...context, basePayStated: BASE_PAY.test(norm.text), tentative: confidence < FIRM_CONFIDENCE })
    : [];
  return {
    posting: posting.posting,
    postingClosed: posting.closed,
    callCenter,
    jobType,
    quota: quota.quota,
    signals,
    difficulty,
    stress,
    confidence,
    flags,
    reasons,
    questions,
    pay,
    meta: {
      sensitivity,
      mode,
      analyzedLength: analyzed.length,
      inputLength: text.length,
      truncated: text.length > max,
      tokenizedSpans: matches.tokenizedSpans,
    },
  };
}

/** Prefilter and match: only windows around candidate terms whose context is unclear are tokenized. */
const rough = createRoughTokenizer();

export interface FoundMatches {
  matches: RawMatch[];
  /** Windows handed to the tokenizer. */
  tokenizedSpans: number;
  /** Of those, windows the tokenizer failed on, read by the rough tokenizer instead (meta.mode 'mixed'). */
  roughWindows: number;
}

/** The hits a scan found and those across notes, in order of position (a longer hit first at one start). */
function withNoteHits(hits: TermHit[], across: TermHit[]): TermHit[] {
  return across.length ? [...hits, ...across].sort((a, b) => a.start - b.start || b.end - a.end) : hits;
}

export function findMatches(text: string, lexicon: CompiledLexicon, tokenizer: Tokenizer | null): FoundMatches {
  const hits = withNoteHits(lexicon.scan(text), hitsAcrossNotes(text, lexicon));
  if (hits.length === 0) return { matches: [], tokenizedSpans: 0, roughWindows: 0 };
  const sentences = splitSentences(text);
  const all: RawMatch[] = [];
  let tokenized = 0;
  let roughWindows = 0;
  const tokenize = (w: Span) => {
    tokenized++;
    const slice = text.slice(w.start, w.end);
    if (!tokenizer) return [];
    try {
      return tokenizer.tokenize(slice);
    } catch (e) {
      // A tokenizer that fails on some odd input must not fail the analysis: that window is read roughly,
      // and the result says so (meta.mode 'mixed').
      roughWindows++;
      report('analysis: the tokenizer failed on a window, read roughly', e);
      return rough.tokenize(slice);
    }
  };
  let h = 0;
  for (const s of sentences) {
    const inside: TermHit[] = [];
    while (h < hits.length && hits[h]!.start < s.end) {
      const hit = hits[h]!;
      if (hit.start >= s.start && hit.end <= s.end) inside.push(hit);
      h++;
    }
    if (inside.length) all.push(...matchSentence(lexicon, text, s, inside, tokenize));
  }
  return { matches: dropOtherPageSense(dropContained(all), text, lexicon), tokenizedSpans: tokenized, roughWindows };
}

/** The work is read from this job's fields only. These carve out of the sections, once for the flags and the pay
 *  reader alike, what a page says of someone else's work: another department's paragraph on a page that tours them
 *  before one department's 募集要項, a colleague's day, the voices of staff in other roles, and the company's block
 *  of figures. */
const OTHERS_WORK: readonly ((text: string, sections: Section[]) => Section[])[] = [withOtherDepartments, withColleaguesDay, withOtherRolesVoices, withCompanyFigures];

/** …and these, for the flags only, the other positions' fields: a later numbered position's, another keyed
 *  position's, and the title's part that names the other openings. The pay reader reads positions its own way, and
 *  keeps the commute and training lines a page states once for all of them. */
const POSITIONS: readonly ((text: string, sections: Section[]) => Section[])[] = [withLaterRoles, withOtherPositions, withOthersInTitle];

/** What a job is asked to reach and paid for reaching: read only where this job's own words stand. */
const RESULTS_CATEGORIES: ReadonlySet<Category> = new Set(['quota', 'incentive']);

function toFlags(matches: RawMatch[], norm: Normalized, carvedOf: () => Section[], sensitivity: Sensitivity, categories?: Partial<Record<Category, boolean>>): Flag[] {
  if (!matches.length) return [];
  const sections = POSITIONS.reduce((s, carve) => carve(norm.text, s), carvedOf());
  const inOthersListing = inOtherJobsListing(norm.text, sections);
  const nameLines = jobNameLines(norm.text, sections);
  const rank = LEVEL_RANK[sensitivity];
  const sentenceCache = new Map<Span, { sentence: string; read: string }>();
  const flags: Flag[] = [];
  let phoneLight: boolean | undefined;
  for (const m of matches) {
    const e = m.entry.entry;
    if ((LEVEL_RANK[e.level] > rank && !deniesWork(m.polarity, e.category)) || categories?.[e.category] === false || inOthersListing(m.start)) continue;
    // A target or results pay stated in another position's fields (■募集職種C 法人営業 ⏎ …チームごとに月間目標があります)
    // is that position's, as in a listing of other openings.
    if (RESULTS_CATEGORIES.has(e.category) && sectionObjectAt(sections, m.start)?.field === 'elsewhere') continue;
    const [start, end] = originalRange(norm, m.start, m.end);
    let s = sentenceCache.get(m.sentence);
    if (s === undefined) {
      const [ss, se] = originalRange(norm, m.sentence.start, m.sentence.end);
      s = { sentence: norm.original.slice(ss, se).trim(), read: norm.text.slice(m.sentence.start, m.sentence.end).trim() };
      sentenceCache.set(m.sentence, s);
    }
    const section = sectionAt(sections, m.start);
    // The desk's phone counted as light (お電話は1日15件ほど) makes the calls the page names a side of the work, but not
    // the calls the title names as the job (テクニカルサポート（受信）): long calls come few.
    const light = m.light || (CALL_CATEGORIES.has(e.category) && section !== 'title' && (phoneLight ??= countsPhoneLight(norm.text)));
    const flag: Flag = {
      id: e.id,
      category: e.category,
      polarity: m.polarity,
      text: norm.original.slice(start, end),
      start,
      end,
      sentence: s.sentence,
      weight: round(e.weight * SECTION_WEIGHT[section] * (m.occasional ? 0.5 : 1)),
      section,
      ...(m.occasional || light ? { occasional: true as const } : {}),
    };
    rememberReading(flag, s.read, norm.text.slice(m.start, m.end), nameLines.some((l) => m.start >= l.start && m.start < l.end), light);
    flags.push(flag);
  }
  return flags;
}

const explanationCache = new WeakMap<CompiledLexicon, Explanations>();
function explanations(lex: CompiledLexicon): Explanations {
  let e = explanationCache.get(lex);
  if (!e) {
    e = { ja: new Map(), en: new Map() };
    for (const c of lex.entries) {
      e.ja.set(c.entry.id, c.entry.ja);
      e.en.set(c.entry.id, c.entry.en);
    }
    explanationCache.set(lex, e);
  }
  return e;
}

function cutAtBoundary(text: string, max: number): string {
  // Never cut a surrogate pair in half.
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Pay by results that the pay reader found in the pay line (1台販売ごとに30,000円, 売上の30%, 3,000円/アポ) but no
 *  lexicon term named (the caller checks): the same signal, cited by the pay line's own words. */
function incentiveFlagFromPay(words: PaySpan | null, original: string, categories?: Partial<Record<Category, boolean>>): Flag | null {
  if (!words || categories?.incentive === false) return null;
  // The pay reader's own bounded line lookup: a page flattened into one line gives a window, not the whole page.
  const from = lineStart(original, words.start);
  const line = lineAt(original, words.start);
  // 乗務員は歩合制ですが、オペレーターは固定給です: another role's results pay, as for the lexicon's words.
  if (isAnotherRolesPay(line, words.start - from, words.end - from)) return null;
  const sentence = line.trim();
  return { id: 'pay.incentive', category: 'incentive', polarity: 'present', text: words.text, start: words.start, end: words.end, sentence, weight: 1, section: 'pay' };
}
