// A fake browser.storage for Node tests: local and sync areas sharing one onChanged event, fired after
// the write as the browser does, with the name of the area that changed. sync can refuse writes (quota).
import type { StorageChangeListener } from '../../lib/extension/settings-session';

export interface FakeArea {
  data: Record<string, unknown>;
  /** When set, writes throw this message (storage.sync's QUOTA_BYTES_PER_ITEM, for example). */
  refuse: string | null;
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export function fakeStorage() {
  const listeners = new Set<StorageChangeListener>();
  const area = (name: string): FakeArea => {
    const a: FakeArea = {
      data: {},
      refuse: null,
      get: async (key) => (key in a.data ? { [key]: structuredClone(a.data[key]) } : {}),
      set: async (items) => {
        if (a.refuse) throw new Error(a.refuse);
        const changes: Record<string, { newValue?: unknown }> = {};
        for (const [k, v] of Object.entries(items)) {
          a.data[k] = structuredClone(v);
          changes[k] = { newValue: structuredClone(v) };
        }
        setTimeout(() => {
          for (const fn of listeners) fn(changes, name);
        }, 0);
      },
    };
    return a;
  };
  return {
    local: area('local'),
    sync: area('sync'),
    onChanged: {
      addListener: (fn: StorageChangeListener) => void listeners.add(fn),
      removeListener: (fn: StorageChangeListener) => void listeners.delete(fn),
    },
    listenerCount: () => listeners.size,
  };
}

/** Resolves once every pending timer and promise callback has run (the fake fires events on timers). */
export const settle = async (rounds = 5) => {
  for (let i = 0; i < rounds; i++) await new Promise((r) => setTimeout(r, 0));
};
