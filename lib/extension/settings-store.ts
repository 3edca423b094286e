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
    parsed.problems.push(`settings could not be read (${(e as Error)?.message ?? e}); using defaults`);
    return parsed;
  }
}

/** Writes the whole object at once, so settings are never left half-written. */
export async function saveSettings(area: StorageAreaLike, settings: Settings): Promise<void> {
  await area.set({ [SETTINGS_KEY]: parseSettings(settings).settings });
}

/** Reads, changes and writes back: the change function gets a copy. */
export async function updateSettings(area: StorageAreaLike, change: (s: Settings) => void): Promise<Settings> {
  const { settings } = await loadSettings(area);
  change(settings);
  await saveSettings(area, settings);
  return settings;
}
