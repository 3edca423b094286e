// Result-list filters: the settings (lib/extension/filter-settings.ts, read through parseSettings), the
// rules (filter-rules.ts) and their labels (lib/i18n/filter-messages.ts).
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from '../lib/extension/settings';
import { anyRule, DEFAULT_FILTER_RULES, filterKeywordError, rulesFor, setOwnRules, setRulesFor, type FilterRules } from '../lib/extension/filter-settings';
import { countReasons, filterVerdict, hideReasons, parseReasonCode, reasonCodes, SUMMARY_MIN_CONFIDENCE, type FilterVerdict } from '../lib/extension/filter-rules';
import { filterKeywordErrorMessage, hiddenLineText, reasonsLabel } from '../lib/i18n/filter-messages';
import { problemMessage } from '../lib/i18n/settings-messages';

const rules = (patch: Partial<FilterRules> = {}): FilterRules => ({ ...structuredClone(DEFAULT_FILTER_RULES), ...patch });
const hide = (...types: (keyof FilterRules['jobTypes'])[]) => rules({ jobTypes: { ...DEFAULT_FILTER_RULES.jobTypes, ...Object.fromEntries(types.map((t) => [t, true])) } });
const verdict = (patch: Partial<FilterVerdict> = {}): FilterVerdict => ({
  jobType: 'outbound', stress: 4, quota: 'absent', incentiveOnly: null, basis: 'summary', confidence: 0.8, ...patch,
});

describe('filter settings', () => {
  it('are off, with no rule, by default', () => {
    expect(DEFAULT_SETTINGS.filters.on).toBe(false);
    expect(anyRule(DEFAULT_SETTINGS.filters.global)).toBe(false);
    expect(DEFAULT_SETTINGS.filters.sites).toEqual({});
    expect(DEFAULT_SETTINGS.history.on).toBe(true);
    expect(parseSettings(undefined).settings.filters).toEqual(DEFAULT_SETTINGS.filters);
  });

  it('keep every readable field and fall back field by field, saying which', () => {
    const { settings, problems } = parseSettings({
      filters: {
        on: true,
        global: { jobTypes: { outbound: true, sales: 'yes' }, quota: true, incentiveOnly: 1, stressAtLeast: 4, keywords: ['テレアポ', 'a,b', '', 'テレアポ'] },
        sites: { 'jp.indeed.com': { jobTypes: { mixed: true }, stressAtLeast: 7 }, 'not a host!': {} },
      },
      history: { on: 'no' },
    });
    expect(settings.filters.on).toBe(true);
    expect(settings.filters.global).toEqual({
      jobTypes: { inbound: false, outbound: true, mixed: false, sales: false, other: false },
      quota: true, incentiveOnly: false, stressAtLeast: 4, keywords: ['テレアポ'],
    });
    expect(settings.filters.sites['jp.indeed.com']).toMatchObject({ jobTypes: { mixed: true, outbound: false }, stressAtLeast: null });
    expect(Object.keys(settings.filters.sites)).toEqual(['jp.indeed.com']);
    expect(settings.history.on).toBe(true);
    expect(problems).toEqual([
      { code: 'unreadable', field: 'filters.global.jobTypes.sales' },
      { code: 'unreadable', field: 'filters.global.incentiveOnly' },
      { code: 'filterKeywordDropped', at: 'filters.global', text: 'a,b', reason: { code: 'hasComma' } },
      { code: 'filterKeywordDropped', at: 'filters.global', text: '', reason: { code: 'empty' } },
      { code: 'filterKeywordDropped', at: 'filters.global', text: 'テレアポ', reason: { code: 'duplicate' } },
      { code: 'unreadable', field: 'filters.sites.jp.indeed.com.stressAtLeast' },
      { code: 'filterSiteDropped', host: 'not a host!' },
      { code: 'unreadable', field: 'history' },
    ]);
    // Every line reads in Japanese on the settings page.
    for (const p of problems) expect(problemMessage(p, 'ja'), JSON.stringify(p)).toMatch(/[ぁ-んァ-ン一-龯]/);
  });

  it('fall back whole when the filters are not an object', () => {
    const { settings, problems } = parseSettings({ filters: 'hide all' });
    expect(settings.filters).toEqual(DEFAULT_SETTINGS.filters);
    expect(problems).toEqual([{ code: 'unreadable', field: 'filters' }]);
  });

  it("use a site's own rules there and the global ones elsewhere", () => {
    const f = { on: true, global: hide('outbound'), sites: { 'jp.indeed.com': hide('sales') } };
    expect(rulesFor(f, 'JP.indeed.com')).toEqual({ rules: f.sites['jp.indeed.com'], own: true });
    expect(rulesFor(f, 'townwork.net')).toEqual({ rules: f.global, own: false });
  });

  it('check hiding keywords after normalization', () => {
    expect(filterKeywordError('ﾃﾚｱﾎﾟ', ['テレアポ'])).toEqual({ code: 'duplicate' });
    expect(filterKeywordError('架電、テレアポ', [])).toEqual({ code: 'hasComma' });
    expect(filterKeywordError('あ'.repeat(41), [])).toEqual({ code: 'tooLong', max: 40 });
    expect(filterKeywordError(' 架電 ', [])).toBeNull();
    expect(filterKeywordErrorMessage({ code: 'hasComma' }, 'ja')).toBe('キーワードに読点・カンマは使えません');
  });
});

describe('filter rules', () => {
  it('hide by job type, quota, incentive-only and stress, in that order', () => {
    const r = rules({ ...hide('outbound'), quota: true, incentiveOnly: true, stressAtLeast: 4 });
    const reasons = hideReasons(r, verdict({ quota: 'stated', incentiveOnly: true, stress: 5 }), '');
    expect(reasonCodes(reasons)).toBe('outbound,quota,incentive-only,stress-5');
    expect(hideReasons(r, verdict({ jobType: 'inbound', quota: 'negated', incentiveOnly: false, stress: 3 }), '')).toEqual([]);
  });

  it('hide by a summary verdict only at confidence 0.7 or more', () => {
    expect(SUMMARY_MIN_CONFIDENCE).toBe(0.7);
    const r = hide('outbound');
    expect(hideReasons(r, verdict({ confidence: 0.69 }), '')).toEqual([]);
    expect(reasonCodes(hideReasons(r, verdict({ confidence: 0.7 }), ''))).toBe('outbound');
  });

  it("judge an opened posting by its full verdict, whatever the card's summary said", () => {
    const r = hide('outbound');
    // The caller passes the full verdict for an opened posting: it counts even when unsure.
    expect(reasonCodes(hideReasons(r, verdict({ basis: 'full', confidence: 0.4 }), ''))).toBe('outbound');
    expect(hideReasons(r, verdict({ basis: 'full', jobType: 'inbound' }), 'テレアポ')).toEqual([]);
  });

  it('hide nothing by verdict when there is none, nor by incentive before pay is read', () => {
    expect(hideReasons(rules({ stressAtLeast: 3, quota: true }), null, 'テレアポ')).toEqual([]);
    expect(hideReasons(rules({ incentiveOnly: true }), verdict({ incentiveOnly: null }), '')).toEqual([]);
  });

  it("hide by the user's keywords in the card's own text, widths and case folded, with or without a verdict", () => {
    const r = rules({ keywords: ['ﾃﾚｱﾎﾟ', 'SNS'] });
    expect(reasonCodes(hideReasons(r, null, '法人向けテレアポ（sns運用なし）'))).toBe('keyword:ﾃﾚｱﾎﾟ,keyword:SNS');
    expect(hideReasons(r, verdict({ confidence: 0.1 }), '受信のみのお仕事')).toEqual([]);
  });

  it('read their codes back and count them for the bar', () => {
    const a = hideReasons(rules({ ...hide('outbound'), stressAtLeast: 4 }), verdict(), '');
    const b = hideReasons(hide('outbound'), verdict({ stress: 3 }), '');
    for (const code of reasonCodes(a).split(',')) expect(parseReasonCode(code)).not.toBeNull();
    expect(parseReasonCode('keyword:架電')).toEqual({ kind: 'keyword', text: '架電' });
    expect(parseReasonCode('stress-9')).toBeNull();
    expect(countReasons([a, b]).map((c) => [reasonCodes([c.reason]), c.count])).toEqual([['outbound', 2], ['stress-4', 1]]);
  });

  it('are labelled 「発信・ストレス4」 in Japanese and in English', () => {
    const reasons = hideReasons(rules({ ...hide('outbound'), stressAtLeast: 4 }), verdict(), '');
    expect(reasonsLabel(reasons, 'ja')).toBe('発信・ストレス4');
    expect(reasonsLabel(reasons, 'en')).toBe('outbound · stress 4');
    expect(hiddenLineText(reasons, 'ja')).toBe('求人レンズが非表示にしました（発信・ストレス4）');
    expect(reasonsLabel([{ kind: 'quota' }, { kind: 'incentiveOnly' }, { kind: 'keyword', text: '架電' }], 'ja')).toBe('ノルマあり・インセンティブのみ・「架電」');
  });
});

describe('changing the rules of a site', () => {
  it("changes a site's own rules when it has them, else the global ones", () => {
    const f = structuredClone(DEFAULT_SETTINGS.filters);
    setRulesFor(f, 'townwork.net', hide('outbound'));
    expect(f.global.jobTypes.outbound).toBe(true);
    setOwnRules(f, 'JP.indeed.com', true);
    expect(f.sites['jp.indeed.com']).toEqual(f.global);
    setRulesFor(f, 'jp.indeed.com', hide('sales'));
    expect(f.global.jobTypes.sales).toBe(false);
    expect(f.sites['jp.indeed.com']!.jobTypes).toMatchObject({ sales: true, outbound: false });
    setOwnRules(f, 'jp.indeed.com', true); // already own: kept as it is
    expect(f.sites['jp.indeed.com']!.jobTypes.sales).toBe(true);
    setOwnRules(f, 'jp.indeed.com', false);
    expect(f.sites).toEqual({});
  });
});

describe('verdicts as the rules read them', () => {
  it('keep a full verdict remembered before confidence and pay were kept, its pay as not read', () => {
    const old = { jobType: 'outbound' as const, stress: 4, difficulty: 3, quota: 'absent' as const, callCenter: true, basis: 'full' as const };
    expect(filterVerdict(old)).toEqual({ jobType: 'outbound', stress: 4, quota: 'absent', basis: 'full', confidence: 0, incentiveOnly: null });
    expect(reasonCodes(hideReasons(rules({ ...hide('outbound'), incentiveOnly: true }), filterVerdict(old), ''))).toBe('outbound');
    expect(filterVerdict(undefined)).toBeNull();
    expect(filterVerdict({ ...old, basis: 'summary', confidence: 0.75, incentiveOnly: true })).toMatchObject({ confidence: 0.75, incentiveOnly: true });
  });
});
