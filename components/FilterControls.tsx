// The filter bar's contents, shared by the bar on result lists (in its shadow root) and the popup: how
// many cards are hidden and why, one switch to show them all, and the rules in force on this site.
// Inputs carry the same names as the settings page (lib/extension/dom-contract.ts).
import { useState } from 'preact/hooks';
import type { JobType } from '@/lib/core/types';
import { JOB_TYPES, STRESS_THRESHOLDS, type FilterRules, type StressThreshold } from '@/lib/extension/filter-settings';
import type { FilterView } from '@/lib/extension/protocol';
import { ft, jobTypeShort, reasonLabel } from '@/lib/i18n/filter-messages';
import type { Lang } from '@/lib/i18n/messages';

export type { FilterView };

export interface FilterActions {
  setOn(on: boolean): void;
  setRules(rules: FilterRules): void;
  setOwn(own: boolean): void;
  setShowAll(on: boolean): void;
  openSettings?(): void;
}

/** 「12件を非表示（発信 10・ストレス4 3）」 */
export function hiddenSummary(v: Pick<FilterView, 'hidden' | 'reasons' | 'on'>, lang: Lang): string {
  if (!v.on) return ft('barOff', lang);
  if (!v.hidden) return ft('barNone', lang);
  const why = v.reasons.map((r) => `${reasonLabel(r.reason, lang)} ${r.count}`).join(lang === 'ja' ? '・' : ', ');
  return `${ft('barHidden', lang, { n: v.hidden })}${why ? (lang === 'ja' ? `（${why}）` : ` (${why})`) : ''}`;
}

export function FilterControls({ view, actions, lang, startOpen = false }: { view: FilterView; actions: FilterActions; lang: Lang; startOpen?: boolean }) {
  const [open, setOpen] = useState(startOpen);
  const r = view.rules;
  const setJobType = (j: JobType, hide: boolean) => actions.setRules({ ...r, jobTypes: { ...r.jobTypes, [j]: hide } });
  return (
    <div class="kl-filter">
      <div class="kl-filter-head">
        <strong>{ft('barTitle', lang)}</strong>
        <span class="kl-filter-count" role="status">
          {hiddenSummary(view, lang)}
        </span>
        {view.on && view.matching > 0 && (
          <button type="button" data-kl="show-all" aria-pressed={view.showAll} onClick={() => actions.setShowAll(!view.showAll)}>
            {view.showAll ? ft('hideAgain', lang) : ft('barShowAll', lang)}
          </button>
        )}
        <button type="button" data-kl="filter-rules" aria-expanded={open} onClick={() => setOpen(!open)}>
          {ft('barSettings', lang)}
        </button>
      </div>
      {open && (
        <div class="kl-filter-rules">
          <label>
            <input type="checkbox" name="filter:on" checked={view.on} onChange={(e) => actions.setOn(e.currentTarget.checked)} /> {ft('filterOn', lang)}
          </label>
          <fieldset disabled={!view.on}>
            {JOB_TYPES.map((j) => (
              <label key={j}>
                <input type="checkbox" name={`filter:jobType:${j}`} checked={r.jobTypes[j]} onChange={(e) => setJobType(j, e.currentTarget.checked)} />{' '}
                {ft('hideJobType', lang, { type: jobTypeShort(j, lang) })}
              </label>
            ))}
            <label>
              <input type="checkbox" name="filter:quota" checked={r.quota} onChange={(e) => actions.setRules({ ...r, quota: e.currentTarget.checked })} /> {ft('hideQuota', lang)}
            </label>
            <label>
              <input type="checkbox" name="filter:incentiveOnly" checked={r.incentiveOnly} onChange={(e) => actions.setRules({ ...r, incentiveOnly: e.currentTarget.checked })} />{' '}
              {ft('hideIncentiveOnly', lang)}
            </label>
            <StressSelect value={r.stressAtLeast} lang={lang} onChange={(v) => actions.setRules({ ...r, stressAtLeast: v })} />
            <label>
              <input type="checkbox" name="filter:own" checked={view.own} onChange={(e) => actions.setOwn(e.currentTarget.checked)} /> {ft('barOwnRules', lang)}
            </label>
          </fieldset>
          {actions.openSettings && (
            <button type="button" class="kl-link" data-kl="open-settings" onClick={actions.openSettings}>
              {ft('barMoreSettings', lang)}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

/** select[name="filter:stress"]: off, 3, 4, 5. */
export function StressSelect({ value, lang, onChange, id }: { value: StressThreshold | null; lang: Lang; onChange: (v: StressThreshold | null) => void; id?: string }) {
  return (
    <label>
      {ft('hideStress', lang)}{' '}
      <select id={id} name="filter:stress" value={value === null ? 'off' : String(value)} onChange={(e) => onChange(e.currentTarget.value === 'off' ? null : (Number(e.currentTarget.value) as StressThreshold))}>
        <option value="off">{ft('stressOff', lang)}</option>
        {STRESS_THRESHOLDS.map((n) => (
          <option key={n} value={String(n)}>
            {ft('stressAtLeast', lang, { n })}
          </option>
        ))}
      </select>
    </label>
  );
}
