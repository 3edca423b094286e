// Settings page: how long the tokenizer's dictionary stays in memory after the last posting.
import { st } from '../../lib/i18n/settings-messages';
import type { SectionProps } from './parts';

/** The usual idle times, plus a stored value that is valid but not among them (an imported 7 stays 7). */
const idleChoices = (current: number | null) => [...new Set([1, 2, 5, 10, 30, ...(current === null ? [] : [current])])].sort((a, b) => a - b);

export function MemorySection({ settings: s, lang, update }: SectionProps) {
  return (
    <section aria-labelledby="h-memory">
      <h2 id="h-memory">{st('memoryHeading', lang)}</h2>
      <div class="field">
        <label for="tokenizerIdleMinutes">{st('idleLabel', lang)}</label>
        <select
          id="tokenizerIdleMinutes"
          name="tokenizerIdleMinutes"
          value={String(s.tokenizerIdleMinutes ?? 'never')}
          aria-describedby="tokenizerIdleMinutes-hint"
          onChange={(e) => {
            const v = e.currentTarget.value;
            update((x) => ({ ...x, tokenizerIdleMinutes: v === 'never' ? null : Number(v) }));
          }}
        >
          {idleChoices(s.tokenizerIdleMinutes).map((n) => (
            <option key={n} value={String(n)}>
              {st('idleMinutes', lang, { n })}
            </option>
          ))}
          <option value="never">{st('idleNever', lang)}</option>
        </select>
        <p class="hint" id="tokenizerIdleMinutes-hint">
          {st('idleHint', lang)}
        </p>
      </div>
    </section>
  );
}
