// Settings page: the user's own keywords — the list, and a form that checks a keyword before adding it.
import { useRef, useState } from 'preact/hooks';
import { CATEGORIES, type Category } from '../../lib/core/types';
import { keywordError, MAX_USER_KEYWORDS } from '../../lib/extension/settings';
import { categoryLabel, keywordErrorMessage, st } from '../../lib/i18n/settings-messages';
import { useFocusAfterRemove, type SectionProps } from './parts';

export function KeywordsSection({ settings: s, lang, update }: SectionProps) {
  const [kwText, setKwText] = useState('');
  const [kwCategory, setKwCategory] = useState<Category>('quota');
  const [kwWeight, setKwWeight] = useState('2');
  const [kwError, setKwError] = useState('');
  const kwTextRef = useRef<HTMLInputElement>(null);
  const kwListRef = useRef<HTMLUListElement>(null);
  const focusAfterRemove = useFocusAfterRemove(kwListRef, kwTextRef);

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
    focusAfterRemove(index);
    update((x) => ({ ...x, userKeywords: x.userKeywords.filter((k) => k.text !== text) }));
  };

  return (
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
  );
}
