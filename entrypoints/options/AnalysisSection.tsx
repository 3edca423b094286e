// Settings page: what counts — sensitivity and the categories whose flags the analysis reads.
import { CATEGORIES, SENSITIVITIES, type Sensitivity } from '../../lib/core/types';
import { categoryHint, categoryLabel, sensitivityHint, sensitivityLabel, st } from '../../lib/i18n/settings-messages';
import type { SectionProps } from './parts';

export function AnalysisSection({ settings: s, lang, update }: SectionProps) {
  return (
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
  );
}
