// The settings page's model, without the page: load, save the whole object, and follow changes made
// elsewhere (another settings page, the popup, the badge). Storage and its change events are passed in,
// so the save concurrency is tested in Node.
import { parseSettings, SETTINGS_KEY, type ParsedSettings, type Settings } from './settings';
import { loadSettings, saveSettings, type StorageAreaLike } from './settings-store';

/** What storage.onChanged passes: the changed keys, and the area ('local', 'sync', …) they changed in. */
export type StorageChangeListener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => void;

export interface StorageChangeEvents {
  addListener(fn: StorageChangeListener): void;
  removeListener(fn: StorageChangeListener): void;
}

export type SaveOutcome = { ok: true } | { ok: false; tooLarge: boolean; message: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** JSON with object keys sorted, so two equal settings compare equal whatever order their keys came in. */
export function canonicalJson(v: unknown): string {
  return JSON.stringify(v, (_k, value: unknown) =>
    isObject(value) ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, value[k]])) : value,
  );
}

export const sameSettings = (a: Settings, b: Settings) => canonicalJson(a) === canonicalJson(b);

export interface SettingsSession {
  /** Reads storage and starts following changes; resolves with the first read (null when a change came first). */
  start(): Promise<ParsedSettings | null>;
  stop(): void;
  /** The settings shown now (null before the first read). */
  current(): Settings | null;
  /** Shows `next` at once and saves it as the whole object. */
  save(next: Settings): Promise<SaveOutcome>;
}

/**
 * `area` is the combined store (storage.local, copied to sync where it fits); `changes` is
 * storage.onChanged. `show` is called with every settings object the page should show.
 */
export function createSettingsSession(
  area: StorageAreaLike,
  changes: StorageChangeEvents,
  show: (s: Settings) => void,
  report: (what: string, e: unknown) => void,
): SettingsSession {
  let current: Settings | null = null;
  let alive = true;
  // Saves not finished yet, and whether storage changed meanwhile (then it is read back once they are).
  let inFlight = 0;
  let rereadAfterSaves = false;

  const apply = (s: Settings) => {
    current = s;
    show(s);
  };

  /** Reads storage again and shows what it holds, unless our own saves are still under way. */
  const reread = async () => {
    let raw: unknown;
    try {
      raw = (await area.get(SETTINGS_KEY))?.[SETTINGS_KEY];
    } catch (e) {
      // Unreadable storage: keep what is shown; the next change event brings the truth.
      report('settings could not be read back', e);
      return;
    }
    if (!alive) return;
    const settings = parseSettings(raw).settings;
    if (inFlight > 0) {
      rereadAfterSaves = true;
      return;
    }
    if (!current || !sameSettings(settings, current)) apply(settings);
  };

  // Settings are written to storage.local first and copied to sync where they fit, and another browser's
  // change arrives through sync alone: a change in ANY area is read back through the combined store,
  // which takes the newer copy.
  const onChanged: StorageChangeListener = (changed) => {
    if (!Object.hasOwn(changed, SETTINGS_KEY)) return;
    if (inFlight > 0) {
      rereadAfterSaves = true;
      return;
    }
    void reread();
  };

  return {
    async start() {
      changes.addListener(onChanged);
      const parsed = await loadSettings(area);
      if (!alive || current) return null; // a change event came first and is newer
      apply(parsed.settings);
      return parsed;
    },
    stop() {
      alive = false;
      changes.removeListener(onChanged);
    },
    current: () => current,
    async save(next) {
      apply(next);
      inFlight++;
      try {
        await saveSettings(area, next);
        return { ok: true };
      } catch (e) {
        const message = (e as Error)?.message ?? String(e);
        rereadAfterSaves = true; // what is shown is not what is stored
        // storage.sync holds at most 8 KB per item, and local has its own quota: say which case it was.
        return { ok: false, tooLarge: /quota/i.test(message), message };
      } finally {
        inFlight--;
        if (inFlight === 0 && rereadAfterSaves) {
          rereadAfterSaves = false;
          void reread();
        }
      }
    },
  };
}
