// Settings page: the per-site switch — the list of hosts turned on or off, and a form to add one.
import { useRef, useState } from 'preact/hooks';
import { st } from '../../lib/i18n/settings-messages';
import { normalizeHost } from './logic';
import { useFocusAfterRemove, type SectionProps } from './parts';

export function SitesSection({ settings: s, lang, update }: SectionProps) {
  const [siteHost, setSiteHost] = useState('');
  const [siteOn, setSiteOn] = useState(true);
  const [siteError, setSiteError] = useState('');
  const siteHostRef = useRef<HTMLInputElement>(null);
  const siteListRef = useRef<HTMLUListElement>(null);
  const focusAfterRemove = useFocusAfterRemove(siteListRef, siteHostRef);

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
    focusAfterRemove(index);
    update((x) => {
      const sites = { ...x.sites };
      delete sites[host];
      return { ...x, sites };
    });
  };

  return (
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
  );
}
