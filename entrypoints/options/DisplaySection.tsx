// Settings page: how verdicts are shown — highlights, the quiet mark, the language.
import type { Lang } from '../../lib/i18n/messages';
import { LANG_NAMES, st } from '../../lib/i18n/settings-messages';
import { Check, type SectionProps } from './parts';

const LANGS: Lang[] = ['ja', 'en'];

export function DisplaySection({ settings: s, lang, update }: SectionProps) {
  return (
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
  );
}
