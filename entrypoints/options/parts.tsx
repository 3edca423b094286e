// Small pieces the settings page's sections share.
import type { SettingsProblem } from '../../lib/core/types';
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Lang } from '../../lib/i18n/messages';
import { problemMessage, st } from '../../lib/i18n/settings-messages';
import type { Settings } from '../../lib/extension/settings';

/** What every section gets: the settings shown, the page's language and the way to change them. */
export interface SectionProps {
  settings: Settings;
  lang: Lang;
  update: (change: (s: Settings) => Settings) => void;
}

/** A labelled on/off setting. */
export function Check(p: { name: string; label: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <div class="check">
      <input type="checkbox" id={p.name} name={p.name} checked={p.checked} onChange={(e) => p.onChange(e.currentTarget.checked)} />
      <label for={p.name}>{p.label}</label>
    </div>
  );
}

/** How many problem lines a notice lists before "N more". */
const MAX_LISTED_PROBLEMS = 30;

export function ProblemList({ problems, lang }: { problems: SettingsProblem[]; lang: Lang }) {
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

/**
 * After a remove button's row disappears, focus goes to the next row's button (or back to the form's
 * field). Call `removed(index)` before removing; the hook moves focus after the next render.
 */
export function useFocusAfterRemove(list: RefObject<HTMLElement | null>, fallback: RefObject<HTMLElement | null>) {
  const pending = useRef<number | null>(null);
  useEffect(() => {
    const index = pending.current;
    if (index === null) return;
    pending.current = null;
    const buttons = list.current ? [...list.current.querySelectorAll<HTMLButtonElement>('button')] : [];
    const target = buttons[Math.min(index, buttons.length - 1)];
    if (target) target.focus();
    else fallback.current?.focus();
  });
  return (index: number) => void (pending.current = index);
}
