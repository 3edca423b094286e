// Loading and saving settings through a storage area passed in (browser.storage.sync or .local), so
// this stays testable without a browser.
import { parseSettings, SETTINGS_KEY, type ParsedSettings, type Settings } from './settings';

export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadSettings(area: StorageAreaLike): Promise<ParsedSettings> {
  try {
    const got = await area.get(SETTINGS_KEY);
    return parseSettings(got?.[SETTINGS_KEY]);
  } catch (e) {
    const parsed = parseSettings(undefined);
    parsed.problems.push({ code: 'readFailed', message: String((e as Error)?.message ?? e) });
    return parsed;
  }
}

/** Writes the whole object at once, so settings are never left half-written. */
export async function saveSettings(area: StorageAreaLike, settings: Settings): Promise<void> {
  await area.set({ [SETTINGS_KEY]: { ...parseSettings(settings).settings, savedAt: Date.now() } });
}

/**
 * storage.local is the copy this browser trusts; storage.sync carries the settings to the user's other
 * browsers when they fit (8 KB per item: many keywords do not). Reading takes the newer of the two.
 */
export function combinedArea(local: StorageAreaLike, sync?: StorageAreaLike): StorageAreaLike {
  const savedAt = (v: unknown) => (typeof (v as { savedAt?: unknown })?.savedAt === 'number' ? (v as { savedAt: number }).savedAt : 0);
  return {
    async get(key) {
      const [l, s] = await Promise.all([
        local.get(key).catch(() => ({}) as Record<string, unknown>),
        sync ? sync.get(key).catch(() => ({}) as Record<string, unknown>) : Promise.resolve({} as Record<string, unknown>),
      ]);
      const lv = l?.[key];
      const sv = s?.[key];
      const pick = lv === undefined ? sv : sv !== undefined && savedAt(sv) > savedAt(lv) ? sv : lv;
      return pick === undefined ? {} : { [key]: pick };
    },
    async set(items) {
      await local.set(items);
      // Too big for sync, or sync turned off: this browser's copy is saved all the same.
      if (sync) await sync.set(items).catch(() => undefined);
    },
  };
}

/** Reads, changes and writes back: the change function gets a copy. */
export async function updateSettings(area: StorageAreaLike, change: (s: Settings) => void): Promise<Settings> {
  const { settings } = await loadSettings(area);
  change(settings);
  await saveSettings(area, settings);
  return settings;
}

/** The settings store of an extension context: pass it `browser.storage`. */
export function settingsArea(storage: { local: unknown; sync?: unknown }): StorageAreaLike {
  return combinedArea(storage.local as StorageAreaLike, storage.sync as StorageAreaLike | undefined);
}
