// Settings: reading stored or imported values field by field (lib/extension/settings.ts), the store over a
// storage area (settings-store.ts), and the settings page's pure parts (entrypoints/options/logic.ts,
// lib/i18n/settings-messages.ts).
import { describe, expect, it } from 'vitest';
import { CATEGORIES, SENSITIVITIES } from '../lib/core/types';
import {
  DEFAULT_SETTINGS,
  enabledOn,
  keywordError,
  MAX_USER_KEYWORDS,
  parseSettings,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  type Settings,
} from '../lib/extension/settings';
import { loadSettings, saveSettings, updateSettings, type StorageAreaLike } from '../lib/extension/settings-store';
import { USER_KEYWORD_MAX_LENGTH, userKeywordEntries, type UserKeyword } from '../lib/lexicon/compile';
import {
  categoryHint,
  categoryLabel,
  keywordErrorMessage,
  problemMessage,
  sensitivityHint,
  sensitivityLabel,
  st,
} from '../lib/i18n/settings-messages';
import { canonicalJson, exportText, MAX_IMPORT_BYTES, normalizeHost, readSettingsFile, sameSettings } from '../entrypoints/options/logic';
import { run } from './helpers';

const defaults = (): Settings => structuredClone(DEFAULT_SETTINGS);
const kw = (text: string, category: UserKeyword['category'] = 'quota', weight = 2): UserKeyword => ({ text, category, weight });

/** Problems in a stable order, for comparing lists whose order is not the point. */
const byJson = <T>(list: T[]): T[] => [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe('parseSettings', () => {
  it('gives a fresh copy of the defaults for nothing stored', () => {
    for (const raw of [undefined, null]) {
      const { settings, problems } = parseSettings(raw);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(problems).toEqual([]);
      settings.sites['example.com'] = false;
      settings.categories.quota = false;
      settings.userKeywords.push(kw('x'));
      settings.badge.corner = 'top-left';
    }
    expect(DEFAULT_SETTINGS.sites).toEqual({});
    expect(DEFAULT_SETTINGS.categories.quota).toBe(true);
    expect(DEFAULT_SETTINGS.userKeywords).toEqual([]);
    expect(DEFAULT_SETTINGS.badge.corner).toBe('bottom-right');
  });

  it('has every category on, standard sensitivity and Japanese by default', () => {
    expect(Object.keys(DEFAULT_SETTINGS.categories).sort()).toEqual([...CATEGORIES].sort());
    expect(Object.values(DEFAULT_SETTINGS.categories).every((v) => v === true)).toBe(true);
    expect(DEFAULT_SETTINGS).toMatchObject({ version: SETTINGS_VERSION, sensitivity: 'standard', lang: 'ja', highlight: true, hideQuietMark: false });
  });

  it('falls back to the defaults with one problem for input that is not an object', () => {
    for (const raw of ['settings', 42, true, [], [{ sensitivity: 'high' }], () => 1]) {
      const { settings, problems } = parseSettings(raw);
      expect(settings, String(raw)).toEqual(DEFAULT_SETTINGS);
      expect(problems).toEqual([{ code: 'notObject' }]);
    }
  });

  it('keeps the valid fields of a corrupt object and names each unreadable one', () => {
    const { settings, problems } = parseSettings({
      version: 1,
      sensitivity: 'extreme',
      categories: 'all',
      highlight: 'yes',
      lang: 'fr',
      sites: ['example.com'],
      userKeywords: { text: 'ノルマ' },
      hideQuietMark: true,
      badge: 5,
    });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, hideQuietMark: true });
    expect(byJson(problems)).toEqual(
      byJson([
        { code: 'unreadable', field: 'badge' },
        { code: 'unreadable', field: 'categories' },
        { code: 'unreadable', field: 'highlight' },
        { code: 'unreadable', field: 'lang' },
        { code: 'unreadable', field: 'sensitivity' },
        { code: 'unreadable', field: 'sites' },
        { code: 'unreadable', field: 'userKeywords' },
      ]),
    );
  });

  it('reads a partial object without problems, defaulting what is missing', () => {
    const { settings, problems } = parseSettings({ version: 1, sensitivity: 'high', lang: 'en' });
    expect(problems).toEqual([]);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, sensitivity: 'high', lang: 'en' });
  });

  it('reads categories one by one: wrong types fall back, unknown names are ignored', () => {
    const { settings, problems } = parseSettings({ categories: { quota: false, sales: 'no', office: null, bogus: true, callCenter: false } });
    expect(settings.categories.quota).toBe(false);
    expect(settings.categories.callCenter).toBe(false);
    expect(settings.categories.sales).toBe(true);
    expect(settings.categories.office).toBe(true);
    expect(settings.categories).not.toHaveProperty('bogus');
    expect(byJson(problems)).toEqual(byJson([{ code: 'unreadable', field: 'categories.office' }, { code: 'unreadable', field: 'categories.sales' }]));
  });

  it('reads wrong scalar types as defaults', () => {
    const { settings, problems } = parseSettings({ highlight: 0, hideQuietMark: 'false', lang: 'JA', sensitivity: 2 });
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toHaveLength(4);
  });

  it('reads an older object (version 0, no version field) and upgrades it to the current version', () => {
    const { settings, problems } = parseSettings({ sensitivity: 'low', highlight: false, categories: { quota: false } });
    expect(problems).toEqual([]);
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(settings).toMatchObject({ sensitivity: 'low', highlight: false });
    expect(settings.categories.quota).toBe(false);
  });

  it('reads what it understands of a newer version, says so, and drops unknown fields', () => {
    const { settings, problems } = parseSettings({ version: SETTINGS_VERSION + 1, sensitivity: 'high', futureField: { a: 1 }, lang: 'klingon' });
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(settings.sensitivity).toBe('high');
    expect(settings).not.toHaveProperty('futureField');
    expect(problems[0]).toEqual({ code: 'newerVersion', version: 2, supported: 1 });
    expect(problems).toContainEqual({ code: 'unreadable', field: 'lang' });
  });

  it('badge: keeps valid parts, ignores an unknown corner', () => {
    const collapsed = DEFAULT_SETTINGS.badge.collapsed;
    expect(parseSettings({ badge: { collapsed: !collapsed, corner: 'middle' } }).settings.badge).toEqual({ collapsed: !collapsed, corner: 'bottom-right' });
    expect(parseSettings({ badge: { corner: 'top-left', collapsed: 'no' } }).settings.badge).toEqual({ collapsed, corner: 'top-left' });
  });

  it('tokenizerIdleMinutes: 2 by default; whole minutes 1–30 or null (never); anything else falls back with a problem', () => {
    expect(DEFAULT_SETTINGS.tokenizerIdleMinutes).toBe(2);
    for (const v of [1, 5, 30, null]) {
      const { settings, problems } = parseSettings({ tokenizerIdleMinutes: v });
      expect(problems).toEqual([]);
      expect(settings.tokenizerIdleMinutes).toBe(v);
    }
    for (const v of [0, 31, 1.5, -2, '5', 'never', Number.NaN, Infinity, {}]) {
      const { settings, problems } = parseSettings({ tokenizerIdleMinutes: v });
      expect(settings.tokenizerIdleMinutes, String(v)).toBe(2);
      expect(problems).toEqual([{ code: 'unreadable', field: 'tokenizerIdleMinutes' }]);
    }
    expect(parseSettings(JSON.parse(JSON.stringify(parseSettings({ tokenizerIdleMinutes: null }).settings))).settings.tokenizerIdleMinutes).toBeNull();
  });

  it('sites: keeps host names (lower-cased, with a port) and drops the rest with a problem each', () => {
    const { settings, problems } = parseSettings({
      sites: {
        'example.com': false,
        'Jobs.Example.COM': true,
        '127.0.0.1:8080': true,
        localhost: true,
        'exa mple.com': true,
        'https://x.com': true,
        '日本.jp': true,
        ['a'.repeat(300)]: true,
        'ok.example': 'yes',
        'null.example': null,
      },
    });
    expect(settings.sites).toEqual({ 'example.com': false, 'jobs.example.com': true, '127.0.0.1:8080': true, localhost: true });
    expect(problems).toHaveLength(6);
    expect(problems).toContainEqual({ code: 'siteDropped', host: 'exa mple.com' });
    expect(problems).toContainEqual({ code: 'siteDropped', host: 'a'.repeat(40) });
  });

  describe('user keywords', () => {
    it('keeps valid keywords, trimmed, and drops the others with the reason', () => {
      const { settings, problems } = parseSettings({
        userKeywords: [
          { text: '  テレアポ  ', category: 'outbound', weight: 3 },
          { text: '', category: 'quota', weight: 1 },
          { text: 'x'.repeat(USER_KEYWORD_MAX_LENGTH + 1), category: 'quota', weight: 1 },
          { text: '架電', category: 'phoning', weight: 1 },
          { text: '歩合', category: 'incentive', weight: 0 },
          { text: '歩合2', category: 'incentive', weight: 11 },
          { text: '歩合3', category: 'incentive', weight: 'lots' },
          'ノルマ',
          null,
          7,
        ],
      });
      expect(settings.userKeywords).toEqual([kw('テレアポ', 'outbound', 3)]);
      expect(problems).toEqual([
        { code: 'keywordDropped', text: '', reason: { code: 'empty' } },
        { code: 'keywordDropped', text: 'x'.repeat(40), reason: { code: 'tooLong', max: 40 } },
        { code: 'keywordDropped', text: '架電', reason: { code: 'unknownCategory' } },
        { code: 'keywordDropped', text: '歩合', reason: { code: 'weightOutOfRange', min: 0.1, max: 10 } },
        { code: 'keywordDropped', text: '歩合2', reason: { code: 'weightOutOfRange', min: 0.1, max: 10 } },
        { code: 'keywordDropped', text: '歩合3', reason: { code: 'weightOutOfRange', min: 0.1, max: 10 } },
        { code: 'keywordDropped', text: '', reason: { code: 'notKeyword' } },
        { code: 'keywordDropped', text: '', reason: { code: 'notKeyword' } },
        { code: 'keywordDropped', text: '', reason: { code: 'notKeyword' } },
      ]);
    });

    it('drops duplicates, also when they differ only in width, case or surrounding space', () => {
      const { settings, problems } = parseSettings({
        userKeywords: [kw('ABC'), kw('abc'), kw('ＡＢＣ'), kw(' abc '), kw('ｺｰﾙ'), kw('コール'), kw('def')],
      });
      expect(settings.userKeywords.map((k) => k.text)).toEqual(['ABC', 'ｺｰﾙ', 'def']);
      expect(problems).toHaveLength(4);
      expect(problems.every((p) => p.code === 'keywordDropped' && p.reason.code === 'duplicate')).toBe(true);
    });

    it(`keeps at most ${MAX_USER_KEYWORDS} keywords`, () => {
      const many = Array.from({ length: 1000 }, (_, i) => kw(`語${i}`));
      const { settings, problems } = parseSettings({ userKeywords: many });
      expect(settings.userKeywords).toHaveLength(MAX_USER_KEYWORDS);
      expect(settings.userKeywords[0]!.text).toBe('語0');
      expect(settings.userKeywords.at(-1)!.text).toBe(`語${MAX_USER_KEYWORDS - 1}`);
      expect(problems).toEqual([{ code: 'keywordsOverLimit', count: 1000 - MAX_USER_KEYWORDS, max: MAX_USER_KEYWORDS }]);
    });

    it('keeps regex-like keywords as literal text', () => {
      const texts = ['(a+)+$', '.*', '[a-z]+', '\\d{3}', '^求人$', '(?<x>a)', '\\'];
      const { settings, problems } = parseSettings({ userKeywords: texts.map((t) => kw(t)) });
      expect(problems).toEqual([]);
      expect(settings.userKeywords.map((k) => k.text)).toEqual(texts);
      // The lexicon built from them holds the same literal terms.
      expect(userKeywordEntries(settings.userKeywords).map((e) => e.terms)).toEqual(texts.map((t) => [t]));
    });

    it('matches a regex-like keyword only as the literal text, in the analysis', async () => {
      const keywords = [kw('(a+)+$', 'quota', 3), kw('.*', 'outbound', 3)];
      const posting = '【仕事内容】コールセンターでの受信業務です。社内コード (a+)+$ を使います。';
      const hit = await run(posting, 'standard', keywords);
      expect(hit.flags.filter((f) => f.id.startsWith('user.')).map((f) => f.text)).toEqual(['(a+)+$']);
      const miss = await run(`【仕事内容】コールセンターでの受信業務です。${'a'.repeat(5000)}!`, 'standard', keywords);
      expect(miss.flags.filter((f) => f.id.startsWith('user.'))).toEqual([]);
    });
  });

  it('reads its own output back unchanged and without problems, also through JSON', () => {
    const raw = {
      sensitivity: 'high',
      categories: { quota: false, office: false },
      highlight: false,
      lang: 'en',
      sites: { 'example.com': true, 'doda.jp': false },
      userKeywords: [kw('テレアポ', 'outbound', 2.5), kw('(a+)+$')],
      hideQuietMark: true,
      badge: { collapsed: true, corner: 'top-left' },
      tokenizerIdleMinutes: 10,
    };
    const once = parseSettings(raw);
    expect(once.problems).toEqual([]);
    const twice = parseSettings(JSON.parse(JSON.stringify(once.settings)));
    expect(twice.problems).toEqual([]);
    expect(twice.settings).toEqual(once.settings);
  });
});

describe('keywordError', () => {
  it('accepts a valid keyword', () => {
    expect(keywordError('テレアポ', 'outbound', 2, [])).toBeNull();
    expect(keywordError('x'.repeat(USER_KEYWORD_MAX_LENGTH), 'quota', 0.1, [])).toBeNull();
    expect(keywordError('y', 'quota', 10, [])).toBeNull();
    expect(keywordError('y', 'quota', '2.5', [])).toBeNull(); // a number input's value is a string
  });

  it('explains each refusal', () => {
    expect(keywordError('', 'quota', 2, [])).toEqual({ code: 'empty' });
    expect(keywordError(' \u3000\n', 'quota', 2, [])).toEqual({ code: 'empty' });
    expect(keywordError('x'.repeat(USER_KEYWORD_MAX_LENGTH + 1), 'quota', 2, [])).toEqual({ code: 'tooLong', max: USER_KEYWORD_MAX_LENGTH });
    expect(keywordError('x', 'nope', 2, [])).toEqual({ code: 'unknownCategory' });
    expect(keywordError('x', undefined, 2, [])).toEqual({ code: 'unknownCategory' });
    for (const w of [0, -1, 10.01, 11, NaN, Infinity, 'abc', '', undefined]) {
      expect(keywordError('x', 'quota', w, []), String(w)).toEqual({ code: 'weightOutOfRange', min: 0.1, max: 10 });
    }
    expect(keywordError('ＴＥＬ', 'quota', 2, [kw('tel')])).toEqual({ code: 'duplicate' });
    expect(keywordError(' tel ', 'quota', 2, [kw('TEL')])).toEqual({ code: 'duplicate' });
    const full = Array.from({ length: MAX_USER_KEYWORDS }, (_, i) => kw(`k${i}`));
    expect(keywordError('new', 'quota', 2, full)).toEqual({ code: 'tooMany', max: MAX_USER_KEYWORDS });
  });

  it('checks in a fixed order: empty, length, category, weight, duplicate, count', () => {
    const full = Array.from({ length: MAX_USER_KEYWORDS }, (_, i) => kw(`k${i}`));
    expect(keywordError('', 'nope', 0, full)?.code).toBe('empty');
    expect(keywordError('x'.repeat(99), 'nope', 0, full)?.code).toBe('tooLong');
    expect(keywordError('x', 'nope', 0, full)?.code).toBe('unknownCategory');
    expect(keywordError('k1', 'quota', 0, full)?.code).toBe('weightOutOfRange');
    expect(keywordError('k1', 'quota', 1, full)?.code).toBe('duplicate');
  });

  it('has a message in each page language for every reason', () => {
    const reasons = [
      keywordError('', 'quota', 2, []),
      keywordError('x'.repeat(99), 'quota', 2, []),
      keywordError('x', 'nope', 2, []),
      keywordError('x', 'quota', 0, []),
      keywordError('x', 'quota', 2, [kw('x')]),
      keywordError('x', 'quota', 2, Array.from({ length: MAX_USER_KEYWORDS }, (_, i) => kw(`k${i}`))),
    ];
    expect(new Set(reasons.map((r) => r?.code)).size).toBe(reasons.length); // one of each
    for (const r of [...reasons, { code: 'notKeyword' } as const]) {
      expect(r).not.toBeNull();
      expect(keywordErrorMessage(r!, 'ja')).toMatch(/[ぁ-んァ-ヶ一-龠]/);
      expect(keywordErrorMessage(r!, 'en')).toMatch(/^[A-Z][ -~]+$/);
    }
    expect(keywordErrorMessage({ code: 'empty' }, 'ja')).toBe('キーワードを入力してください');
    expect(keywordErrorMessage({ code: 'tooLong', max: USER_KEYWORD_MAX_LENGTH }, 'ja')).toContain(String(USER_KEYWORD_MAX_LENGTH));
    expect(keywordErrorMessage({ code: 'weightOutOfRange', min: 0.1, max: 10 }, 'ja')).toBe('重みは 0.1 から 10 の数で指定してください');
  });
});

/** An in-memory storage area that copies on the way in and out, as browser storage does. */
function memoryArea(initial: Record<string, unknown> = {}) {
  const data = new Map<string, unknown>(Object.entries(structuredClone(initial)));
  let writes = 0;
  const area: StorageAreaLike & { writes: () => number; raw: (k: string) => unknown } = {
    async get(key) {
      return data.has(key) ? { [key]: structuredClone(data.get(key)) } : {};
    },
    async set(items) {
      writes++;
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    writes: () => writes,
    raw: (k) => data.get(k),
  };
  return area;
}

describe('settings store', () => {
  it('loads the defaults from an empty area', async () => {
    const r = await loadSettings(memoryArea());
    expect(r).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('saves the whole object under one key in one write and loads it back', async () => {
    const area = memoryArea();
    const s = defaults();
    s.sensitivity = 'high';
    s.categories.sales = false;
    s.sites['example.com'] = true;
    s.userKeywords.push(kw('(a+)+$'), kw('テレアポ', 'outbound', 1.5));
    await saveSettings(area, s);
    expect(area.writes()).toBe(1);
    expect(area.raw(SETTINGS_KEY)).toEqual({ ...s, savedAt: expect.any(Number) });
    expect(await loadSettings(area)).toEqual({ settings: s, problems: [] });
  });

  it('cleans what it saves: invalid parts never reach storage', async () => {
    const area = memoryArea();
    const s = defaults() as Settings & { extra?: unknown };
    s.extra = 'x';
    s.userKeywords.push(kw('ok'), kw('ok'), kw('bad', 'quota', 99));
    (s as { sensitivity: string }).sensitivity = 'extreme';
    await saveSettings(area, s);
    const stored = area.raw(SETTINGS_KEY) as Settings;
    expect(stored).not.toHaveProperty('extra');
    expect(stored.sensitivity).toBe('standard');
    expect(stored.userKeywords).toEqual([kw('ok')]);
  });

  it('updateSettings changes a copy and writes it back', async () => {
    const area = memoryArea({ [SETTINGS_KEY]: { version: 1, lang: 'en' } });
    const out = await updateSettings(area, (s) => {
      s.highlight = false;
      s.userKeywords.push(kw('歩合', 'incentive'));
    });
    expect(out).toMatchObject({ lang: 'en', highlight: false });
    expect((await loadSettings(area)).settings).toEqual(out);
    expect(DEFAULT_SETTINGS.userKeywords).toEqual([]);
    expect(DEFAULT_SETTINGS.highlight).toBe(true);
  });

  it('reports what it could not read from a corrupt stored value', async () => {
    const area = memoryArea({ [SETTINGS_KEY]: { version: 1, sensitivity: 'high', highlight: 'maybe' } });
    const { settings, problems } = await loadSettings(area);
    expect(settings.sensitivity).toBe('high');
    expect(settings.highlight).toBe(true);
    expect(problems).toEqual([{ code: 'unreadable', field: 'highlight' }]);
    const junk = await loadSettings(memoryArea({ [SETTINGS_KEY]: 'garbage' }));
    expect(junk).toEqual({ settings: DEFAULT_SETTINGS, problems: [{ code: 'notObject' }] });
  });

  it('falls back to the defaults with a problem line when the area cannot be read', async () => {
    const throwing: StorageAreaLike = {
      get() {
        throw new Error('storage is broken');
      },
      async set() {},
    };
    const rejecting: StorageAreaLike = {
      get: () => Promise.reject(new Error('QUOTA')),
      async set() {},
    };
    const nothing: StorageAreaLike = { get: async () => undefined as unknown as Record<string, unknown>, async set() {} };
    const a = await loadSettings(throwing);
    expect(a.settings).toEqual(DEFAULT_SETTINGS);
    expect(a.problems).toEqual([{ code: 'readFailed', message: 'storage is broken' }]);
    const b = await loadSettings(rejecting);
    expect(b.settings).toEqual(DEFAULT_SETTINGS);
    expect(b.problems).toHaveLength(1);
    expect(b.problems[0]).toMatchObject({ code: 'readFailed', message: expect.stringContaining('QUOTA') });
    expect(await loadSettings(nothing)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('lets a failed write reach the caller (the settings page shows it)', async () => {
    const full: StorageAreaLike = { get: async () => ({}), set: () => Promise.reject(new Error('QUOTA_BYTES_PER_ITEM quota exceeded')) };
    await expect(saveSettings(full, defaults())).rejects.toThrow(/QUOTA_BYTES_PER_ITEM/);
  });
});

describe('enabledOn', () => {
  it('follows the per-site switch, else whether the site is supported', () => {
    const s = parseSettings({ sites: { 'doda.jp': false, 'example.com': true } }).settings;
    expect(enabledOn(s, 'doda.jp', true)).toBe(false);
    expect(enabledOn(s, 'DODA.jp', true)).toBe(false);
    expect(enabledOn(s, 'example.com', false)).toBe(true);
    expect(enabledOn(s, 'other.jp', true)).toBe(true);
    expect(enabledOn(s, 'other.jp', false)).toBe(false);
  });
});

describe('settings page: host names', () => {
  it('accepts host names, with a port, and takes the host out of a pasted address', () => {
    expect(normalizeHost('example.com')).toBe('example.com');
    expect(normalizeHost('  Jobs.Example.COM ')).toBe('jobs.example.com');
    expect(normalizeHost('127.0.0.1:8080')).toBe('127.0.0.1:8080');
    expect(normalizeHost('localhost:3000')).toBe('localhost:3000');
    expect(normalizeHost('example.com:80')).toBe('example.com:80');
    expect(normalizeHost('https://www.example.com/jobs/1?x=1')).toBe('www.example.com');
    expect(normalizeHost('http://127.0.0.1:8080/')).toBe('127.0.0.1:8080');
    expect(normalizeHost('example.com/jobs')).toBe('example.com');
    expect(normalizeHost('日本.jp')).toBe('xn--wgv71a.jp');
  });

  it('refuses what is not a host name', () => {
    for (const bad of [
      '',
      '   ',
      'not a host',
      'exa_mple.com',
      '-example.com',
      'example-.com',
      'a..b',
      '.example.com',
      'example.com.',
      'example.com:0',
      'example.com:99999',
      'example.com:port',
      'user@example.com',
      'ftp://example.com',
      'javascript:alert(1)',
      'file:///etc/passwd',
      '[::1]:8080',
      '999.1.1.1',
      `${'a'.repeat(64)}.com`,
      `${'abc.'.repeat(70)}com`,
    ]) {
      expect(normalizeHost(bad), bad).toBeNull();
    }
  });

  it('gives hosts that parseSettings keeps', () => {
    for (const h of ['example.com', '127.0.0.1:8080', '日本.jp', 'https://A.B.example/x']) {
      const host = normalizeHost(h)!;
      expect(parseSettings({ sites: { [host]: true } }).settings.sites).toEqual({ [host]: true });
    }
  });
});

describe('settings page: import and export', () => {
  it('reads back its own export unchanged', () => {
    const s = parseSettings({ sensitivity: 'low', lang: 'en', sites: { 'example.com': true }, userKeywords: [kw('(a+)+$')] }).settings;
    const r = readSettingsFile(exportText(s));
    expect(r).toEqual({ ok: true, settings: s, problems: [] });
  });

  it('changes nothing for a file that is not JSON, not an object, or holds nothing readable', () => {
    expect(readSettingsFile('{ not json')).toEqual({ ok: false, reason: 'notJson' });
    expect(readSettingsFile('')).toEqual({ ok: false, reason: 'notJson' });
    expect(readSettingsFile('\u0000\u0001binary')).toEqual({ ok: false, reason: 'notJson' });
    expect(readSettingsFile('[1, 2]')).toEqual({ ok: false, reason: 'notObject' });
    expect(readSettingsFile('"settings"')).toEqual({ ok: false, reason: 'notObject' });
    expect(readSettingsFile('null')).toEqual({ ok: false, reason: 'notObject' });
    expect(readSettingsFile('{}')).toEqual({ ok: false, reason: 'nothingReadable' });
    expect(readSettingsFile('{"version": 1}')).toEqual({ ok: false, reason: 'nothingReadable' });
    expect(readSettingsFile('{"name": "kyujin-lens", "dependencies": {}}')).toEqual({ ok: false, reason: 'nothingReadable' });
    expect(readSettingsFile('{"sensitivity": "extreme", "highlight": "yes", "userKeywords": [{"text": ""}]}')).toEqual({
      ok: false,
      reason: 'nothingReadable',
    });
    expect(readSettingsFile('{"version": 7, "rules": {"new": true}}')).toEqual({ ok: false, reason: 'newerNothing' });
    expect(readSettingsFile(' '.repeat(MAX_IMPORT_BYTES + 1))).toEqual({ ok: false, reason: 'tooLarge' });
  });

  it('applies a partly readable file as a whole, with a problem per field', () => {
    const r = readSettingsFile(
      JSON.stringify({ version: 1, sensitivity: 'high', highlight: 'yes', categories: { quota: false, sales: 1 }, userKeywords: [kw('a'), kw('a')] }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.settings).toEqual({
      ...DEFAULT_SETTINGS,
      sensitivity: 'high',
      categories: { ...DEFAULT_SETTINGS.categories, quota: false },
      userKeywords: [kw('a')],
    });
    expect(byJson(r.problems)).toEqual(
      byJson([{ code: 'unreadable', field: 'categories.sales' }, { code: 'unreadable', field: 'highlight' }, { code: 'keywordDropped', text: 'a', reason: { code: 'duplicate' } }]),
    );
  });

  it('reads the understood part of a newer file and says it is newer', () => {
    const r = readSettingsFile(JSON.stringify({ version: 9, sensitivity: 'low', newThing: [1] }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.settings.sensitivity).toBe('low');
    expect(r.problems[0]).toEqual({ code: 'newerVersion', version: 9, supported: SETTINGS_VERSION });
  });

  it('counts partly readable collections as readable, and reads a file with a byte-order mark', () => {
    const sites = readSettingsFile('{"sites": {"example.com": true, "bad host": true}}');
    expect(sites.ok && sites.settings.sites).toEqual({ 'example.com': true });
    const bom = readSettingsFile('\uFEFF{"lang": "en"}');
    expect(bom.ok && bom.settings.lang).toBe('en');
  });

  it('compares settings whatever the order of their keys', () => {
    const a = parseSettings({ sites: { 'a.jp': true, 'b.jp': false } }).settings;
    const b = parseSettings({ sites: { 'b.jp': false, 'a.jp': true } }).settings;
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(sameSettings(a, b)).toBe(true);
    expect(sameSettings(a, { ...b, lang: 'en' })).toBe(false);
  });
});

describe('settings page: messages', () => {
  it('labels and explains every category and sensitivity in both languages', () => {
    for (const lang of ['ja', 'en'] as const) {
      const labels = CATEGORIES.map((c) => categoryLabel(c, lang));
      expect(new Set(labels).size).toBe(CATEGORIES.length);
      for (const c of CATEGORIES) expect(categoryHint(c, lang).length, c).toBeGreaterThan(3);
      for (const s of SENSITIVITIES) {
        expect(sensitivityLabel(s, lang)).toBeTruthy();
        expect(sensitivityHint(s, lang)).toBeTruthy();
      }
    }
    expect(categoryLabel('quota', 'ja')).toBe('ノルマ・目標');
    expect(categoryLabel('office', 'ja')).toBe('事務・その他の仕事');
    expect(sensitivityHint('high', 'ja')).toContain('弱い手がかり');
    expect(st('loadProblems', 'ja')).toBe('一部の設定を読み込めなかったため既定値に戻しました');
    expect(st('saved', 'ja')).toBe('保存しました');
    expect(st('kwCount', 'en', { n: 3, max: 200 })).toBe('3 of 200');
  });

  it('shows every problem parseSettings and loadSettings report in Japanese', async () => {
    const { problems } = parseSettings({
      version: 5,
      sensitivity: 'x',
      highlight: 1,
      categories: { quota: 'x' },
      sites: { 'bad host': true },
      userKeywords: [kw(''), kw('a', 'quota', 0), 'x'],
    });
    const broken = await loadSettings({ get: () => Promise.reject(new Error('boom')), async set() {} });
    const all = [...problems, ...broken.problems, parseSettings(1).problems[0]!];
    expect(all.length).toBe(10);
    expect(new Set(all.map((p) => p.code))).toEqual(new Set(['newerVersion', 'unreadable', 'siteDropped', 'keywordDropped', 'readFailed', 'notObject']));
    for (const p of all) {
      const ja = problemMessage(p, 'ja');
      expect(ja, JSON.stringify(p)).toMatch(/[ぁ-んァ-ヶ一-龠]/);
      expect(ja, JSON.stringify(p)).not.toMatch(/undefined|\[object/);
      expect(problemMessage(p, 'en'), JSON.stringify(p)).toMatch(/^[A-Z“'0-9]/);
    }
    expect(problemMessage({ code: 'unreadable', field: 'categories.quota' }, 'ja')).toBe('分類「ノルマ・目標」を読み取れないため既定値を使います');
    expect(problemMessage({ code: 'keywordsOverLimit', count: 3, max: 200 }, 'ja')).toBe('上限（200件）を超えたキーワード3件を除きました');
    expect(problemMessage({ code: 'keywordDropped', text: 'a', reason: { code: 'weightOutOfRange', min: 0.1, max: 10 } }, 'en')).toBe('Keyword “a” was dropped (The weight must be a number from 0.1 to 10)');
  });
});

// Bugs found in review of lib/extension/settings.ts, fixed; kept as regression tests.
describe('settings edge cases', () => {
  it('parseSettings drops a keyword whose text is not a string', () => {
    const { settings } = parseSettings({ userKeywords: [{ text: { a: 1 }, category: 'quota', weight: 1 }, { text: ['x', 'y'], category: 'quota', weight: 1 }] });
    expect(settings.userKeywords).toEqual([]);
  });

  it('keywordError refuses a weight below 0.1, as its message says', () => {
    expect(keywordError('x', 'quota', 0.05, [])).toEqual({ code: 'weightOutOfRange', min: 0.1, max: 10 });
  });

  it('keywordError finds a duplicate that differs by a zero-width space or control character', () => {
    expect(keywordError('\u200b受信', 'inbound', 2, [kw('受信', 'inbound')])).toEqual({ code: 'duplicate' });
  });

  it('keywordError measures the length the analysis measures (after normalization)', () => {
    // "㈱" normalizes to "(株)": 40 of them pass keywordError but the lexicon drops the 120-character term.
    const text = '㈱'.repeat(USER_KEYWORD_MAX_LENGTH);
    expect(keywordError(text, 'quota', 2, []) !== null || userKeywordEntries([kw(text)]).length === 1).toBe(true);
  });

  it('enabledOn ignores properties inherited from Object.prototype', () => {
    expect(enabledOn(DEFAULT_SETTINGS, 'constructor', false)).toBe(false);
  });

  it('parseSettings reports keywords over the limit in a bounded number of lines', () => {
    const { problems } = parseSettings({ userKeywords: Array.from({ length: 5000 }, (_, i) => kw(`k${i}`)) });
    expect(problems.length).toBeLessThanOrEqual(10);
  });
});

describe('combined storage (local, copied to sync where it fits)', () => {
  const memory = (fail = false) => {
    const data: Record<string, unknown> = {};
    return {
      data,
      get: async (k: string) => (k in data ? { [k]: structuredClone(data[k]) } : {}),
      set: async (items: Record<string, unknown>) => {
        if (fail) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
        Object.assign(data, structuredClone(items));
      },
    };
  };

  it('saves even when sync refuses the size, and reads the newer copy', async () => {
    const { combinedArea, saveSettings, loadSettings } = await import('../lib/extension/settings-store');
    const local = memory();
    const sync = memory(true);
    const area = combinedArea(local, sync);
    const s = structuredClone(DEFAULT_SETTINGS);
    s.sensitivity = 'high';
    await saveSettings(area, s);
    expect((await loadSettings(area)).settings.sensitivity).toBe('high');
    // A newer copy arriving through sync (from another browser) wins over this browser's older one.
    const sync2 = memory();
    sync2.data.settings = { ...DEFAULT_SETTINGS, sensitivity: 'low', savedAt: Date.now() + 1000 };
    expect((await loadSettings(combinedArea(local, sync2))).settings.sensitivity).toBe('low');
  });
});
