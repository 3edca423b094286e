// useSettings(): the settings page's state over lib/extension/settings-session.ts — the settings shown,
// the problems found when loading, the save status line, and update/save for the sections.
import type { SettingsProblem } from '../../lib/core/types';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../lib/extension/settings';
import { createSettingsSession } from '../../lib/extension/settings-session';
import { settingsArea } from '../../lib/extension/settings-store';
import { reporter } from '../../lib/extension/report';
import { st } from '../../lib/i18n/settings-messages';

export type SaveStatus = { kind: 'saved' | 'error'; text: string };

/** How long "saved" stays on screen; an error stays until the next save. */
const SAVED_NOTICE_MS = 3000;

export interface SettingsState {
  settings: Settings | null;
  loadProblems: SettingsProblem[];
  dismissProblems: () => void;
  status: SaveStatus | null;
  /** Shows and saves a whole settings object (import, reset). */
  save: (next: Settings) => Promise<void>;
  /** Changes a copy of the current settings and saves it. */
  update: (change: (s: Settings) => Settings) => void;
}

export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadProblems, setLoadProblems] = useState<SettingsProblem[]>([]);
  const [status, setStatus] = useState<SaveStatus | null>(null);
  const statusTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const session = useMemo(
    () => createSettingsSession(settingsArea(browser.storage), browser.storage.onChanged, setSettings, reporter('warn')),
    [],
  );

  useEffect(() => {
    void session.start().then((parsed) => parsed && setLoadProblems(parsed.problems));
    return () => {
      session.stop();
      clearTimeout(statusTimer.current);
    };
  }, [session]);

  const showStatus = (next: SaveStatus) => {
    clearTimeout(statusTimer.current);
    setStatus(next);
    if (next.kind === 'saved') statusTimer.current = setTimeout(() => setStatus(null), SAVED_NOTICE_MS);
  };

  const save = async (next: Settings) => {
    const outcome = await session.save(next);
    if (outcome.ok) showStatus({ kind: 'saved', text: st('saved', next.lang) });
    else showStatus({ kind: 'error', text: `${st(outcome.tooLarge ? 'saveTooLarge' : 'saveFailed', next.lang)} (${outcome.message})` });
  };

  return {
    settings,
    loadProblems,
    dismissProblems: () => setLoadProblems([]),
    status,
    save,
    update: (change) => {
      const now = session.current();
      if (now) void save(change(now));
    },
  };
}
