// The result-list filters the user chose: which cards to hide. Kept in the settings (one global set of
// rules and, per site, rules of its own), read field by field like the rest: an unreadable field falls
// back to its default and says so, the others are kept.
import type { JobType, KeywordProblem, SettingsProblem } from '../core/types';
import { USER_KEYWORD_MAX_LENGTH } from '../lexicon/compile';
import { normalize } from '../text/normalize';

export const JOB_TYPES: readonly JobType[] = ['inbound', 'outbound', 'mixed', 'sales', 'other'];
/** The stress thresholds offered: hide cards at this level or above (null: not by stress). */
export const STRESS_THRESHOLDS = [3, 4, 5] as const;
export type StressThreshold = (typeof STRESS_THRESHOLDS)[number];
export const MAX_FILTER_KEYWORDS = 100;

export interface FilterRules {
  /** Hide cards of these job types (true = hide). */
  jobTypes: Record<JobType, boolean>;
  /** Hide cards whose verdict says a quota is stated (ノルマあり). */
  quota: boolean;
  /** Hide cards whose pay is an incentive only (インセンティブのみ), once pay has been read. */
  incentiveOnly: boolean;
  /** Hide cards whose stress is at least this (null: off). */
  stressAtLeast: StressThreshold | null;
  /** Hide cards whose own text contains one of these (literal, compared after normalization). */
  keywords: string[];
}

export interface FilterSettings {
  /** The one switch: off shows every card whatever the rules say. */
  on: boolean;
  global: FilterRules;
  /** Rules of a site's own, by host name; a site not listed uses the global rules. */
  sites: Record<string, FilterRules>;
}

export const DEFAULT_FILTER_RULES: FilterRules = Object.freeze({
  jobTypes: Object.fromEntries(JOB_TYPES.map((j) => [j, false])) as Record<JobType, boolean>,
  quota: false,
  incentiveOnly: false,
  stressAtLeast: null,
  keywords: [],
}) as FilterRules;

export const DEFAULT_FILTER_SETTINGS: FilterSettings = Object.freeze({ on: false, global: DEFAULT_FILTER_RULES, sites: {} }) as FilterSettings;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Why a hiding keyword cannot be added, or null when it can. */
export function filterKeywordError(text: unknown, existing: readonly string[]): KeywordProblem | null {
  if (typeof text !== 'string') return { code: 'notKeyword' };
  const n = normalize(text).text.trim();
  if (!n) return { code: 'empty' };
  if (n.length > USER_KEYWORD_MAX_LENGTH) return { code: 'tooLong', max: USER_KEYWORD_MAX_LENGTH };
  // The reasons of a hidden card are written comma-separated into an attribute.
  if (/[,、，]/.test(n)) return { code: 'hasComma' };
  if (existing.some((k) => normalize(k).text.trim() === n)) return { code: 'duplicate' };
  if (existing.length >= MAX_FILTER_KEYWORDS) return { code: 'tooMany', max: MAX_FILTER_KEYWORDS };
  return null;
}

/** One set of rules, field by field; `at` names it in the problem lines ("filters.global"). */
export function parseFilterRules(raw: unknown, at: `filters.${string}`, problems: SettingsProblem[]): FilterRules {
  const unreadable = (field: `filters.${string}`) => problems.push({ code: 'unreadable', field });
  const d = DEFAULT_FILTER_RULES;
  const rules: FilterRules = structuredClone(d) as FilterRules;
  if (raw === undefined) return rules;
  if (!isObject(raw)) {
    unreadable(at);
    return rules;
  }
  if ('jobTypes' in raw) {
    if (isObject(raw.jobTypes)) {
      for (const j of JOB_TYPES) {
        const v = raw.jobTypes[j];
        if (typeof v === 'boolean') rules.jobTypes[j] = v;
        else if (v !== undefined) unreadable(`${at}.jobTypes.${j}`);
      }
    } else unreadable(`${at}.jobTypes`);
  }
  for (const name of ['quota', 'incentiveOnly'] as const) {
    if (!(name in raw)) continue;
    if (typeof raw[name] === 'boolean') rules[name] = raw[name] as boolean;
    else unreadable(`${at}.${name}`);
  }
  if ('stressAtLeast' in raw) {
    const v = raw.stressAtLeast;
    if (v === null || STRESS_THRESHOLDS.includes(v as StressThreshold)) rules.stressAtLeast = v as StressThreshold | null;
    else unreadable(`${at}.stressAtLeast`);
  }
  if ('keywords' in raw) {
    if (Array.isArray(raw.keywords)) {
      for (const k of raw.keywords) {
        const reason = filterKeywordError(k, rules.keywords);
        if (reason) problems.push({ code: 'filterKeywordDropped', at, text: String(k).slice(0, 40), reason });
        else rules.keywords.push((k as string).trim());
      }
    } else unreadable(`${at}.keywords`);
  }
  return rules;
}

/** The filters part of the settings. `isHost` checks the per-site keys. */
export function parseFilterSettings(raw: unknown, isHost: (h: string) => boolean, problems: SettingsProblem[]): FilterSettings {
  const out: FilterSettings = { on: false, global: parseFilterRules(undefined, 'filters.global', problems), sites: {} };
  if (raw === undefined) return out;
  if (!isObject(raw)) {
    problems.push({ code: 'unreadable', field: 'filters' });
    return out;
  }
  if ('on' in raw) {
    if (typeof raw.on === 'boolean') out.on = raw.on;
    else problems.push({ code: 'unreadable', field: 'filters.on' });
  }
  out.global = parseFilterRules(raw.global, 'filters.global', problems);
  if ('sites' in raw) {
    if (isObject(raw.sites)) {
      for (const [host, rules] of Object.entries(raw.sites)) {
        if (!isHost(host)) problems.push({ code: 'filterSiteDropped', host: host.slice(0, 40) });
        else out.sites[host.toLowerCase()] = parseFilterRules(rules, `filters.sites.${host.toLowerCase()}`, problems);
      }
    } else problems.push({ code: 'unreadable', field: 'filters.sites' });
  }
  return out;
}

/** The rules in force on a host: its own when it has them, else the global ones. */
export function rulesFor(filters: FilterSettings, host: string): { rules: FilterRules; own: boolean } {
  const key = host.toLowerCase();
  return Object.hasOwn(filters.sites, key) ? { rules: filters.sites[key]!, own: true } : { rules: filters.global, own: false };
}

/** Whether any rule would hide anything. */
export function anyRule(rules: FilterRules): boolean {
  return JOB_TYPES.some((j) => rules.jobTypes[j]) || rules.quota || rules.incentiveOnly || rules.stressAtLeast !== null || rules.keywords.length > 0;
}

/** Changes the rules in force on a host: its own when it has them, else the global ones. */
export function setRulesFor(filters: FilterSettings, host: string, rules: FilterRules): void {
  const key = host.toLowerCase();
  if (Object.hasOwn(filters.sites, key)) filters.sites[key] = rules;
  else filters.global = rules;
}

/** Gives a host rules of its own (a copy of the global ones to start from), or takes them away. */
export function setOwnRules(filters: FilterSettings, host: string, own: boolean): void {
  const key = host.toLowerCase();
  if (own) {
    if (!Object.hasOwn(filters.sites, key)) filters.sites[key] = structuredClone(filters.global);
  } else delete filters.sites[key];
}
