// The settings page (options.html). Every change is saved at once, as the whole object; other tabs (and
// other settings pages) pick it up through storage.onChanged. Names tests rely on: lib/extension/dom-contract.ts.
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { CATEGORIES, SENSITIVITIES, type Category, type Sensitivity } from '../../lib/core/types';
import { DEFAULT_SETTINGS, keywordError, MAX_USER_KEYWORDS, parseSettings, SETTINGS_KEY, type Settings } from '../../lib/extension/settings';
import { loadSettings, saveSettings, settingsArea, type StorageAreaLike } from '../../lib/extension/settings-store';
import type { Lang } from '../../lib/i18n/messages';
import {
  categoryHint,
  categoryLabel,
  keywordErrorMessage,
  LANG_NAMES,
  problemMessage,
  sensitivityHint,
  sensitivityLabel,
  st,
  type SettingsMessageKey,
} from '../../lib/i18n/settings-messages';
import { EXPORT_FILE_NAME, exportText, MAX_IMPORT_BYTES, normalizeHost, readSettingsFile, sameSettings } from './logic';
import './style.css';

type AreaName = 'sync' | 'local';

interface Store {
  name: AreaName;
  area: StorageAreaLike;
}

/** storage.local, copied to storage.sync where it fits: the same store as the rest of the extension. */
function chooseStore(): Store {
  const sync = browser.storage.sync as typeof browser.storage.sync | undefined;
  return {
    name: sync ? 'sync' : 'local',
    area: settingsArea(browser.storage),
  };
}

/** A labelled on/off setting. */
function Check(p: { name: string; label: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <div class="check">
      <input type="checkbox" id={p.name} name={p.name} checked={p.checked} onChange={(e) => p.onChange(e.currentTarget.checked)} />
      <label for={p.name}>{p.label}</label>
    </div>
  );
}

/** How many problem lines a notice lists before "N more". */
const MAX_LISTED_PROBLEMS = 30;

const LANGS: Lang[] = ['ja', 'en'];

function ProblemList({ problems, lang }: { problems: string[]; lang: Lang }) {
  const shown = problems.slice(0, MAX_LISTED_PROBLEMS);
  return (
    <ul class="problems">
      {shown.map((p, i) => (
        <li key={i}>{problemMessage(p, lang)}</li>
      ))}
      {problems.length > shown.length && <li>{st('moreProblems', lang, { n: problems.length - shown.length })}</li>}
    </ul>
  );
}

type ImportOutcome =
  | { kind: 'ok'; problems: string[] }
  | { kind: 'error'; key: SettingsMessageKey };

const IMPORT_ERROR_KEY = {
  notJson: 'importNotJson',
  notObject: 'importNotObject',
  nothingReadable: 'importNothingReadable',
  newerNothing: 'importNewerNothing',
  tooLarge: 'importTooLarge',
} as const satisfies Record<string, SettingsMessageKey>;

function App({ store }: { store: Store }) {
  const [settings, setSettingsState] = useState<Settings | null>(null);
  const current = useRef<Settings | null>(null);
  const [loadProblems, setLoadProblems] = useState<string[]>([]);
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  const statusTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Saves not finished yet, and whether storage changed meanwhile (then it is read back once they are).
  const inFlight = useRef(0);
  const rereadAfterSaves = useRef(false);

  const [kwText, setKwText] = useState('');
  const [kwCategory, setKwCategory] = useState<Category>('quota');
  const [kwWeight, setKwWeight] = useState('2');
  const [kwError, setKwError] = useState('');
  const [siteHost, setSiteHost] = useState('');
  const [siteOn, setSiteOn] = useState(true);
  const [siteError, setSiteError] = useState('');
  const [importOutcome, setImportOutcome] = useState<ImportOutcome | null>(null);

  const kwTextRef = useRef<HTMLInputElement>(null);
  const kwListRef = useRef<HTMLUListElement>(null);
  const siteHostRef = useRef<HTMLInputElement>(null);
  const siteListRef = useRef<HTMLUListElement>(null);
  // After a remove button's row disappears, focus goes to the next row's button (or back to the form).
  const pendingFocus = useRef<{ list: 'kw' | 'site'; index: number } | null>(null);

  const lang: Lang = settings?.lang ?? 'ja';

  const apply = (s: Settings) => {
    current.current = s;
    setSettingsState(s);
  };

  const showStatus = (kind: 'saved' | 'error', text: string) => {
    clearTimeout(statusTimer.current);
    setStatus({ kind, text });
    if (kind === 'saved') statusTimer.current = setTimeout(() => setStatus(null), 3000);
  };

  /** Reads storage again and shows what it holds (after another page changed it while we were saving). */
  const reread = async () => {
    let raw: unknown;
    try {
      raw = (await store.area.get(SETTINGS_KEY))?.[SETTINGS_KEY];
    } catch {
      return; // keep what is shown; the next change event will bring the truth
    }
    if (inFlight.current > 0) {
      rereadAfterSaves.current = true;
      return;
    }
    const s = parseSettings(raw).settings;
    if (!current.current || !sameSettings(s, current.current)) apply(s);
  };

  const save = async (next: Settings) => {
    apply(next);
    inFlight.current++;
    try {
      await saveSettings(store.area, next);
      showStatus('saved', st('saved', next.lang));
    } catch (e) {
      const message = (e as Error)?.message ?? String(e);
      // storage.sync holds at most 8 KB per item: many keywords can exceed it.
      const text = /quota/i.test(message) ? st('saveTooLarge', next.lang) : st('saveFailed', next.lang);
      showStatus('error', `${text} (${message})`);
      rereadAfterSaves.current = true; // what is shown is not what is stored
    } finally {
      inFlight.current--;
      if (inFlight.current === 0 && rereadAfterSaves.current) {
        rereadAfterSaves.current = false;
        void reread();
      }
    }
  };

  /** Changes a copy of the current settings and saves the whole object. */
  const update = (change: (s: Settings) => Settings) => {
    if (current.current) void save(change(current.current));
  };

  useEffect(() => {
    let alive = true;
    void loadSettings(store.area).then(({ settings: s, problems }) => {
      if (!alive || current.current) return; // a change event came first and is newer
      apply(s);
      setLoadProblems(problems);
    });
    const onChanged = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
      if (areaName !== store.name || !Object.hasOwn(changes, SETTINGS_KEY)) return;
      if (inFlight.current > 0) {
        rereadAfterSaves.current = true;
        return;
      }
      const s = parseSettings(changes[SETTINGS_KEY]!.newValue).settings;
      if (!current.current || !sameSettings(s, current.current)) apply(s);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
      clearTimeout(statusTimer.current);
    };
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = st('pageTitle', lang);
  }, [lang]);

  useEffect(() => {
    const p = pendingFocus.current;
    if (!p) return;
    pendingFocus.current = null;
    const list = p.list === 'kw' ? kwListRef.current : siteListRef.current;
    const buttons = list ? [...list.querySelectorAll<HTMLButtonElement>('button')] : [];
    const target = buttons[Math.min(p.index, buttons.length - 1)];
    if (target) target.focus();
    else (p.list === 'kw' ? kwTextRef.current : siteHostRef.current)?.focus();
  });

  const savedStatus = (
    <p class="status" data-kl="saved" data-state={status?.kind ?? 'idle'} role="status" aria-live="polite">
      {status?.text ?? ''}
    </p>
  );

  if (!settings) {
    return (
      <main>
        <h1>{st('pageTitle', lang)}</h1>
        <p>{st('loading', lang)}</p>
        {savedStatus}
      </main>
    );
  }

  const s = settings;

  // ---- keywords
  const addKeyword = (e: Event) => {
    e.preventDefault();
    const error = keywordError(kwText, kwCategory, kwWeight, s.userKeywords);
    if (error) {
      setKwError(keywordErrorMessage(error, lang));
      kwTextRef.current?.focus();
      return;
    }
    const keyword = { text: kwText.trim(), category: kwCategory, weight: Number(kwWeight) };
    update((x) => ({ ...x, userKeywords: [...x.userKeywords, keyword] }));
    setKwText('');
    setKwError('');
    kwTextRef.current?.focus();
  };
  const removeKeyword = (text: string, index: number) => {
    pendingFocus.current = { list: 'kw', index };
    update((x) => ({ ...x, userKeywords: x.userKeywords.filter((k) => k.text !== text) }));
  };

  // ---- sites
  const siteEntries = Object.entries(s.sites).sort(([a], [b]) => a.localeCompare(b));
  const addSite = (e: Event) => {
    e.preventDefault();
    if (!siteHost.trim()) {
      setSiteError(st('siteEmptyInput', lang));
      siteHostRef.current?.focus();
      return;
    }
    const host = normalizeHost(siteHost);
    if (!host) {
      setSiteError(st('siteInvalid', lang));
      siteHostRef.current?.focus();
      return;
    }
    update((x) => ({ ...x, sites: { ...x.sites, [host]: siteOn } }));
    setSiteHost('');
    setSiteError('');
    siteHostRef.current?.focus();
  };
  const removeSite = (host: string, index: number) => {
    pendingFocus.current = { list: 'site', index };
    update((x) => {
      const sites = { ...x.sites };
      delete sites[host];
      return { ...x, sites };
    });
  };

  // ---- export / import / reset
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
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
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
      } catch {
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
    <main>
      <header class="page-header">
        <h1>{st('pageTitle', lang)}</h1>
        <p>{st('intro', lang)}</p>
        {savedStatus}
      </header>

      {loadProblems.length > 0 && (
        <div class="notice" role="alert" data-kl="load-problems">
          <p>{st('loadProblems', lang)}</p>
          <ProblemList problems={loadProblems} lang={lang} />
          <button type="button" onClick={() => setLoadProblems([])}>
            {st('dismiss', lang)}
          </button>
        </div>
      )}

      <section aria-labelledby="h-analysis">
        <h2 id="h-analysis">{st('analysisHeading', lang)}</h2>
        <div class="field">
          <label for="sensitivity">{st('sensitivityLabel', lang)}</label>
          <select
            id="sensitivity"
            name="sensitivity"
            value={s.sensitivity}
            aria-describedby="sensitivity-hints"
            onChange={(e) => {
              const v = e.currentTarget.value as Sensitivity;
              update((x) => ({ ...x, sensitivity: v }));
            }}
          >
            {SENSITIVITIES.map((v) => (
              <option key={v} value={v}>
                {sensitivityLabel(v, lang)}
              </option>
            ))}
          </select>
          <ul id="sensitivity-hints" class="hints">
            {SENSITIVITIES.map((v) => (
              <li key={v} class={v === s.sensitivity ? 'current' : undefined}>
                <strong>{sensitivityLabel(v, lang)}</strong>: {sensitivityHint(v, lang)}
              </li>
            ))}
          </ul>
        </div>

        <fieldset class="categories">
          <legend>
            <h3>{st('categoriesHeading', lang)}</h3>
          </legend>
          <p class="hint">{st('categoriesIntro', lang)}</p>
          <ul class="toggles">
            {CATEGORIES.map((c) => (
              <li key={c}>
                <input
                  type="checkbox"
                  id={`category-${c}`}
                  name={`category:${c}`}
                  checked={s.categories[c]}
                  aria-describedby={`category-${c}-hint`}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    update((x) => ({ ...x, categories: { ...x.categories, [c]: on } }));
                  }}
                />
                <label for={`category-${c}`}>{categoryLabel(c, lang)}</label>
                <span class="hint" id={`category-${c}-hint`}>
                  {categoryHint(c, lang)}
                </span>
              </li>
            ))}
          </ul>
        </fieldset>
      </section>

      <section aria-labelledby="h-display">
        <h2 id="h-display">{st('displayHeading', lang)}</h2>
        <Check name="highlight" label={st('highlightLabel', lang)} checked={s.highlight} onChange={(on) => update((x) => ({ ...x, highlight: on }))} />
        <Check name="hideQuietMark" label={st('hideQuietMarkLabel', lang)} checked={s.hideQuietMark} onChange={(on) => update((x) => ({ ...x, hideQuietMark: on }))} />
        <div class="field">
          <label for="lang">{st('langLabel', lang)}</label>
          <select
            id="lang"
            name="lang"
            value={s.lang}
            onChange={(e) => {
              const v = e.currentTarget.value as Lang;
              update((x) => ({ ...x, lang: v }));
            }}
          >
            {LANGS.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANG_NAMES[l]}
              </option>
            ))}
          </select>
        </div>
      </section>

      <section aria-labelledby="h-sites">
        <h2 id="h-sites">{st('sitesHeading', lang)}</h2>
        <p class="hint">{st('sitesIntro', lang)}</p>
        <ul class="rows" data-kl="site-list" ref={siteListRef}>
          {siteEntries.map(([host, on], i) => (
            <li key={host} data-host={host}>
              <input
                type="checkbox"
                id={`site-${i}`}
                name={`site:${host}`}
                checked={on}
                onChange={(e) => {
                  const v = e.currentTarget.checked;
                  update((x) => ({ ...x, sites: { ...x.sites, [host]: v } }));
                }}
              />
              <label for={`site-${i}`}>
                <span class="host">{host}</span>
                <span class="state">{on ? st('siteOn', lang) : st('siteOff', lang)}</span>
              </label>
              <button
                type="button"
                data-kl="site-remove"
                aria-label={`${st('siteRemove', lang)}: ${host}`}
                onClick={() => removeSite(host, i)}
              >
                {st('siteRemove', lang)}
              </button>
            </li>
          ))}
        </ul>
        {siteEntries.length === 0 && <p class="empty">{st('sitesEmpty', lang)}</p>}
        <form class="add" data-kl="site-form" noValidate onSubmit={addSite}>
          <div class="field">
            <label for="site-host">{st('siteHostLabel', lang)}</label>
            <input
              id="site-host"
              name="site-host"
              type="text"
              ref={siteHostRef}
              value={siteHost}
              placeholder={st('siteHostPlaceholder', lang)}
              autocomplete="off"
              spellcheck={false}
              aria-invalid={siteError ? true : undefined}
              aria-describedby="site-error site-note"
              onInput={(e) => {
                setSiteHost(e.currentTarget.value);
                setSiteError('');
              }}
            />
          </div>
          <div class="check">
            <input
              type="checkbox"
              id="site-state"
              name="site-state"
              checked={siteOn}
              onChange={(e) => setSiteOn(e.currentTarget.checked)}
            />
            <label for="site-state">{st('siteAnalyze', lang)}</label>
          </div>
          <button type="submit" data-kl="site-add">
            {st('siteAdd', lang)}
          </button>
        </form>
        <p class="error" id="site-error" data-kl="site-error" aria-live="polite">
          {siteError}
        </p>
        <p class="hint" id="site-note">
          {st('sitesPermissionNote', lang)}
        </p>
      </section>

      <section aria-labelledby="h-keywords">
        <h2 id="h-keywords">{st('keywordsHeading', lang)}</h2>
        <p class="hint">{st('keywordsIntro', lang)}</p>
        <form class="add" data-kl="kw-form" noValidate onSubmit={addKeyword}>
          <div class="field grow">
            <label for="kw-text">{st('kwTextLabel', lang)}</label>
            <input
              id="kw-text"
              name="kw-text"
              type="text"
              ref={kwTextRef}
              value={kwText}
              autocomplete="off"
              aria-invalid={kwError ? true : undefined}
              aria-describedby="kw-error kw-note"
              onInput={(e) => {
                setKwText(e.currentTarget.value);
                setKwError('');
              }}
            />
          </div>
          <div class="field">
            <label for="kw-category">{st('kwCategoryLabel', lang)}</label>
            <select id="kw-category" name="kw-category" value={kwCategory} onChange={(e) => setKwCategory(e.currentTarget.value as Category)}>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {categoryLabel(c, lang)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="kw-weight">{st('kwWeightLabel', lang)}</label>
            <input
              id="kw-weight"
              name="kw-weight"
              type="number"
              min="0.1"
              max="10"
              step="0.1"
              value={kwWeight}
              onInput={(e) => setKwWeight(e.currentTarget.value)}
            />
          </div>
          <button type="submit" data-kl="kw-add">
            {st('kwAdd', lang)}
          </button>
        </form>
        <p class="error" id="kw-error" data-kl="kw-error" aria-live="polite">
          {kwError}
        </p>
        <p class="hint" id="kw-note">
          {st('kwLiteralNote', lang)}
        </p>
        <p class="count">{st('kwCount', lang, { n: s.userKeywords.length, max: MAX_USER_KEYWORDS })}</p>
        <ul class="rows" data-kl="kw-list" ref={kwListRef}>
          {s.userKeywords.map((k, i) => (
            <li key={k.text} data-text={k.text} data-category={k.category} data-weight={String(k.weight)}>
              <span class="kw-text">{k.text}</span>
              <span class="kw-category">{categoryLabel(k.category, lang)}</span>
              <span class="kw-weight">
                {st('kwWeight', lang)} {k.weight}
              </span>
              <button
                type="button"
                data-kl="kw-remove"
                aria-label={`${st('kwRemove', lang)}: ${k.text}`}
                onClick={() => removeKeyword(k.text, i)}
              >
                {st('kwRemove', lang)}
              </button>
            </li>
          ))}
        </ul>
        {s.userKeywords.length === 0 && <p class="empty">{st('kwEmpty', lang)}</p>}
      </section>

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
    </main>
  );
}

render(<App store={chooseStore()} />, document.getElementById('app')!);
