// Settings page: export to a file, import from one (reporting what could not be read), and reset.
import type { SettingsProblem } from '../../lib/core/types';
import { useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/extension/settings';
import { LOG_PREFIX } from '../../lib/extension/report';
import type { Lang } from '../../lib/i18n/messages';
import { st, type SettingsMessageKey } from '../../lib/i18n/settings-messages';
import { EXPORT_FILE_NAME, exportText, MAX_IMPORT_BYTES, readSettingsFile } from './logic';
import { ProblemList } from './parts';

type ImportOutcome =
  | { kind: 'ok'; problems: SettingsProblem[] }
  | { kind: 'error'; key: SettingsMessageKey };

const IMPORT_ERROR_KEY = {
  notJson: 'importNotJson',
  notObject: 'importNotObject',
  nothingReadable: 'importNothingReadable',
  newerNothing: 'importNewerNothing',
  tooLarge: 'importTooLarge',
} as const satisfies Record<string, SettingsMessageKey>;

/** How long the exported file's object URL is kept: the download has started well before. */
const EXPORT_URL_LIFETIME_MS = 10_000;

export function BackupSection({ settings: s, lang, save }: { settings: Settings; lang: Lang; save: (next: Settings) => Promise<void> }) {
  const [importOutcome, setImportOutcome] = useState<ImportOutcome | null>(null);

  const exportSettings = () => {
    const blob = new Blob([exportText(s)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = EXPORT_FILE_NAME;
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), EXPORT_URL_LIFETIME_MS);
  };
  const importSettings = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    try {
      if (file.size > MAX_IMPORT_BYTES) {
        setImportOutcome({ kind: 'error', key: 'importTooLarge' });
        return;
      }
      let text: string;
      try {
        text = await file.text();
      } catch (e) {
        // The file went away or cannot be read (NotReadableError, NotFoundError): the page says so.
        console.warn(LOG_PREFIX, 'settings file not read', e);
        setImportOutcome({ kind: 'error', key: 'importReadFailed' });
        return;
      }
      const result = readSettingsFile(text);
      if (!result.ok) {
        setImportOutcome({ kind: 'error', key: IMPORT_ERROR_KEY[result.reason] });
        return;
      }
      setImportOutcome({ kind: 'ok', problems: result.problems });
      await save(result.settings);
    } finally {
      input.value = ''; // the same file can be chosen again
    }
  };
  const reset = () => {
    if (!window.confirm(st('resetConfirm', lang))) return;
    setImportOutcome(null);
    void save(structuredClone(DEFAULT_SETTINGS));
  };

  return (
    <>
      <section aria-labelledby="h-backup">
        <h2 id="h-backup">{st('backupHeading', lang)}</h2>
        <p>
          <button type="button" data-kl="export" onClick={exportSettings} aria-describedby="export-note">
            {st('exportButton', lang)}
          </button>
        </p>
        <p class="hint" id="export-note">
          {st('exportNote', lang)}
        </p>
        <div class="field">
          <label for="import">{st('importLabel', lang)}</label>
          <input
            id="import"
            type="file"
            accept=".json,application/json"
            data-kl="import"
            onChange={(e) => void importSettings(e.currentTarget)}
          />
        </div>
        <div class="import-result" data-kl="import-result" data-state={importOutcome?.kind ?? 'idle'} role="status" aria-live="polite">
          {importOutcome?.kind === 'error' && <p class="error">{st(importOutcome.key, lang)}</p>}
          {importOutcome?.kind === 'ok' && importOutcome.problems.length === 0 && <p>{st('importDone', lang)}</p>}
          {importOutcome?.kind === 'ok' && importOutcome.problems.length > 0 && (
              <>
              <p>{st('importDoneWithProblems', lang)}</p>
              <ProblemList problems={importOutcome.problems} lang={lang} />
              </>
          )}
        </div>
      </section>

      <section aria-labelledby="h-reset">
        <h2 id="h-reset">{st('resetHeading', lang)}</h2>
        <button type="button" class="danger" data-kl="reset" onClick={reset}>
          {st('resetButton', lang)}
        </button>
      </section>
    </>
  );
}
