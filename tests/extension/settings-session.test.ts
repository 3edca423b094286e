// The settings page's model (lib/extension/settings-session.ts): load, save, and changes made elsewhere.
import { describe, expect, it } from 'vitest';
import { createSettingsSession, sameSettings } from '../../lib/extension/settings-session';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/extension/settings';
import { settingsArea } from '../../lib/extension/settings-store';
import { fakeStorage, settle } from './fake-storage';

function page(storage: ReturnType<typeof fakeStorage>) {
  const shown: Settings[] = [];
  const reports: string[] = [];
  const session = createSettingsSession(settingsArea(storage), storage.onChanged, (s) => shown.push(s), (what) => reports.push(what));
  return { session, shown, reports, last: () => shown.at(-1)! };
}

const withSensitivity = (s: Settings, sensitivity: Settings['sensitivity']) => ({ ...structuredClone(s), sensitivity });

describe('settings session', () => {
  it('loads the stored settings and shows them once', async () => {
    const storage = fakeStorage();
    storage.local.data.settings = { ...DEFAULT_SETTINGS, lang: 'en' };
    const a = page(storage);
    const parsed = await a.session.start();
    expect(parsed?.settings.lang).toBe('en');
    expect(a.shown.map((s) => s.lang)).toEqual(['en']);
  });

  it('sees a change made in another tab when only storage.local changed (sync refused it: quota)', async () => {
    const storage = fakeStorage();
    storage.sync.refuse = 'QUOTA_BYTES_PER_ITEM quota exceeded';
    const a = page(storage);
    const b = page(storage);
    await Promise.all([a.session.start(), b.session.start()]);
    const outcome = await a.session.save(withSensitivity(a.session.current()!, 'high'));
    expect(outcome.ok).toBe(true); // this browser's copy is saved; sync's refusal is not an error
    await settle();
    expect(b.last().sensitivity).toBe('high');
  });

  it('sees a change that arrives through storage.sync alone (another browser)', async () => {
    const storage = fakeStorage();
    const a = page(storage);
    await a.session.start();
    await storage.sync.set({ settings: { ...DEFAULT_SETTINGS, sensitivity: 'low', savedAt: Date.now() + 60_000 } });
    await settle();
    expect(a.last().sensitivity).toBe('low');
  });

  it('ignores changes of other keys and does not show the same settings twice', async () => {
    const storage = fakeStorage();
    const a = page(storage);
    await a.session.start();
    await storage.local.set({ verdicts: {} });
    await a.session.save(withSensitivity(a.session.current()!, 'high'));
    await settle();
    // Its own save echoes back from local and sync: shown once (by save), not again.
    expect(a.shown.map((s) => s.sensitivity)).toEqual(['standard', 'high']);
  });

  it('keeps the last of quick saves, and reads storage back once they are done if another tab wrote meanwhile', async () => {
    const storage = fakeStorage();
    const a = page(storage);
    const b = page(storage);
    await Promise.all([a.session.start(), b.session.start()]);
    const first = a.session.save(withSensitivity(a.session.current()!, 'low'));
    const second = a.session.save({ ...withSensitivity(a.session.current()!, 'low'), lang: 'en' });
    await Promise.all([first, second]);
    await settle();
    expect(a.last()).toMatchObject({ sensitivity: 'low', lang: 'en' });
    expect(b.last()).toMatchObject({ sensitivity: 'low', lang: 'en' });
    await b.session.save({ ...b.session.current()!, highlight: false });
    await settle();
    expect(a.last().highlight).toBe(false);
  });

  it('says a save was too large, and shows what storage holds rather than what was not saved', async () => {
    const storage = fakeStorage();
    const a = page(storage);
    await a.session.start();
    storage.local.refuse = 'QUOTA_BYTES quota exceeded';
    const outcome = await a.session.save(withSensitivity(a.session.current()!, 'high'));
    expect(outcome).toMatchObject({ ok: false, tooLarge: true });
    await settle();
    expect(a.last().sensitivity).toBe('standard');
    storage.local.refuse = 'IO error';
    expect(await a.session.save(withSensitivity(a.session.current()!, 'high'))).toMatchObject({ ok: false, tooLarge: false });
  });

  it('stops listening when stopped', async () => {
    const storage = fakeStorage();
    const a = page(storage);
    await a.session.start();
    expect(storage.listenerCount()).toBe(1);
    a.session.stop();
    expect(storage.listenerCount()).toBe(0);
  });

  it('compares settings whatever the order of their keys', () => {
    const s = structuredClone(DEFAULT_SETTINGS);
    const reordered = Object.fromEntries(Object.entries(s).reverse()) as unknown as Settings;
    expect(sameSettings(s, reordered)).toBe(true);
    expect(sameSettings(s, withSensitivity(s, 'high'))).toBe(false);
  });
});
