// The user's settings: typed, with defaults and a version for migrations. Pure: the extension stores
// them (storage.sync where available) and every reader goes through parseSettings, so an unreadable or
// outdated stored value falls back to its default without losing the fields that are fine.
import { CATEGORIES, SENSITIVITIES, type Category, type KeywordProblem, type Sensitivity, type SettingsField, type SettingsProblem } from '../core/types';
import { USER_KEYWORD_MAX_LENGTH, type UserKeyword } from '../lexicon/compile';
import { normalize } from '../text/normalize';
import type { Lang } from '../i18n/messages';
import { DEFAULT_FILTER_SETTINGS, parseFilterSettings, type FilterSettings } from './filter-settings';

export const SETTINGS_VERSION = 1;
export const SETTINGS_KEY = 'settings';
export const MAX_USER_KEYWORDS = 200;

export interface Settings {
  version: number;
  sensitivity: Sensitivity;
  /** Categories whose flags count; a category turned off is ignored by the analysis. */
  categories: Record<Category, boolean>;
  /** Highlight the evidence on the page. */
  highlight: boolean;
  lang: Lang;
  /** Per-site switch by host name: false turns the extension off there, true turns it on (other sites). */
  sites: Record<string, boolean>;
  userKeywords: UserKeyword[];
  /** Hide the quiet "no call-center signals" mark. */
  hideQuietMark: boolean;
  badge: { collapsed: boolean; corner: 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left' };
  /** Cards to hide on result lists (lib/extension/filter-settings.ts). */
  filters: FilterSettings;
  /** Keep a local history of the postings opened. */
  history: { on: boolean };
  /**
   * Minutes without any analysis after which the tokenizer and its dictionary are unloaded (1–30), or
   * null to keep them loaded for the whole browser session. The next posting loads them again.
   */
  tokenizerIdleMinutes: number | null;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  version: SETTINGS_VERSION,
  sensitivity: 'standard',
  categories: Object.fromEntries(CATEGORIES.map((c) => [c, true])) as Record<Category, boolean>,
  highlight: true,
  lang: 'ja',
  sites: {},
  userKeywords: [],
  hideQuietMark: false,
  badge: { collapsed: true, corner: 'bottom-right' },
  filters: DEFAULT_FILTER_SETTINGS,
  history: { on: true },
  tokenizerIdleMinutes: 2,
}) as Settings;

/** The badge's corners, in the order the badge's move button goes round them (clockwise). */
export const CORNERS = ['bottom-right', 'bottom-left', 'top-left', 'top-right'] as const;

export const TOKENIZER_IDLE_MINUTES = { min: 1, max: 30 } as const;

/** A whole number of minutes in 1–30, or null (never unload). */
export function isTokenizerIdleMinutes(v: unknown): v is number | null {
  return v === null || (Number.isInteger(v) && (v as number) >= TOKENIZER_IDLE_MINUTES.min && (v as number) <= TOKENIZER_IDLE_MINUTES.max);
}


export interface ParsedSettings {
  settings: Settings;
  /** One per field that was unreadable and fell back to its default (worded by lib/i18n/settings-messages.ts). */
  problems: SettingsProblem[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads stored settings field by field, keeping what is valid. Never throws. */
export function parseSettings(raw: unknown): ParsedSettings {
  const problems: SettingsProblem[] = [];
  const d = DEFAULT_SETTINGS;
  if (raw === undefined || raw === null) return { settings: structuredClone(d), problems };
  if (!isObject(raw)) return { settings: structuredClone(d), problems: [{ code: 'notObject' }] };
  const version = typeof raw.version === 'number' ? raw.version : 0;
  if (version > SETTINGS_VERSION) problems.push({ code: 'newerVersion', version, supported: SETTINGS_VERSION });
  const unreadable = (field: SettingsField) => problems.push({ code: 'unreadable', field });
  const pick = <T>(name: SettingsField, ok: (v: unknown) => v is T, fallback: T): T => {
    if (!(name in raw)) return fallback;
    if (ok(raw[name])) return raw[name] as T;
    unreadable(name);
    return fallback;
  };
  const sensitivity = pick('sensitivity', (v): v is Sensitivity => SENSITIVITIES.includes(v as Sensitivity), d.sensitivity);
  const categories = { ...d.categories };
  if ('categories' in raw) {
    if (isObject(raw.categories)) {
      for (const c of CATEGORIES) {
        const v = raw.categories[c];
        if (typeof v === 'boolean') categories[c] = v;
        else if (v !== undefined) unreadable(`categories.${c}`);
      }
    } else unreadable('categories');
  }
  const sites: Record<string, boolean> = {};
  if ('sites' in raw) {
    if (isObject(raw.sites)) {
      for (const [host, v] of Object.entries(raw.sites)) {
        if (typeof v === 'boolean' && isHost(host)) sites[host.toLowerCase()] = v;
        else problems.push({ code: 'siteDropped', host: host.slice(0, 40) });
      }
    } else unreadable('sites');
  }
  const userKeywords: UserKeyword[] = [];
  if ('userKeywords' in raw) {
    if (Array.isArray(raw.userKeywords)) {
      let overLimit = 0;
      for (const k of raw.userKeywords) {
        if (userKeywords.length >= MAX_USER_KEYWORDS) {
          overLimit++;
          continue;
        }
        const text = isObject(k) && typeof k.text === 'string' ? k.text : null;
        const reason: KeywordProblem | null = text === null ? { code: 'notKeyword' } : keywordError(text, k.category, k.weight, userKeywords);
        if (reason) problems.push({ code: 'keywordDropped', text: String(text ?? '').slice(0, 40), reason });
        else userKeywords.push({ text: text!.trim(), category: (k as Record<string, unknown>).category as Category, weight: Number((k as Record<string, unknown>).weight) });
      }
      // One line for all of them: a flood of stored keywords must not flood the notice.
      if (overLimit) problems.push({ code: 'keywordsOverLimit', count: overLimit, max: MAX_USER_KEYWORDS });
    } else unreadable('userKeywords');
  }
  const badge = { ...d.badge };
  if ('badge' in raw) {
    if (isObject(raw.badge)) {
      if (typeof raw.badge.collapsed === 'boolean') badge.collapsed = raw.badge.collapsed;
      if (CORNERS.includes(raw.badge.corner as Settings['badge']['corner'])) badge.corner = raw.badge.corner as Settings['badge']['corner'];
    } else unreadable('badge');
  }
  const filters = parseFilterSettings(raw.filters, isHost, problems);
  const history = { ...d.history };
  if ('history' in raw) {
    if (isObject(raw.history) && typeof raw.history.on === 'boolean') history.on = raw.history.on;
    else unreadable('history');
  }
  return {
    settings: {
      version: SETTINGS_VERSION,
      sensitivity,
      categories,
      highlight: pick('highlight', (v): v is boolean => typeof v === 'boolean', d.highlight),
      lang: pick('lang', (v): v is Lang => v === 'ja' || v === 'en', d.lang),
      sites,
      userKeywords,
      hideQuietMark: pick('hideQuietMark', (v): v is boolean => typeof v === 'boolean', d.hideQuietMark),
      badge,
      filters,
      history,
      tokenizerIdleMinutes: pick('tokenizerIdleMinutes', isTokenizerIdleMinutes, d.tokenizerIdleMinutes),
    },
    problems,
  };
}

/** The lightest and heaviest weight a user keyword may have. */
export const KEYWORD_WEIGHT = { min: 0.1, max: 10 } as const;

/** Why a user keyword cannot be added, or null when it can (worded by lib/i18n/settings-messages.ts). */
export function keywordError(text: string, category: unknown, weight: unknown, existing: UserKeyword[]): KeywordProblem | null {
  if (typeof text !== 'string') return { code: 'notKeyword' };
  // Measured and compared as the analysis sees it: normalized (㈱ → (株), zero-width and control characters blanked).
  const n = normalize(text).text.trim();
  if (!n) return { code: 'empty' };
  if (n.length > USER_KEYWORD_MAX_LENGTH) return { code: 'tooLong', max: USER_KEYWORD_MAX_LENGTH };
  if (!CATEGORIES.includes(category as Category)) return { code: 'unknownCategory' };
  const w = typeof weight === 'number' ? weight : typeof weight === 'string' && weight.trim() ? Number(weight) : NaN;
  if (!Number.isFinite(w) || w < KEYWORD_WEIGHT.min || w > KEYWORD_WEIGHT.max) return { code: 'weightOutOfRange', ...KEYWORD_WEIGHT };
  if (existing.some((k) => normalize(k.text).text.trim() === n)) return { code: 'duplicate' };
  if (existing.length >= MAX_USER_KEYWORDS) return { code: 'tooMany', max: MAX_USER_KEYWORDS };
  return null;
}

/** A host name with an optional port, as location.host gives it. */
export function isHost(host: string): boolean {
  const m = /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*)(?::(\d{1,5}))?$/i.exec(host);
  return !!m && m[1]!.length <= 253 && (m[2] === undefined || Number(m[2]) <= 65535);
}

/** Whether the extension runs on this host, given the settings and whether the host is a supported site. */
export function enabledOn(settings: Settings, host: string, supported: boolean): boolean {
  const key = host.toLowerCase();
  return Object.hasOwn(settings.sites, key) ? settings.sites[key] === true : supported;
}
