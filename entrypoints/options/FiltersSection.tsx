// Settings section 「絞り込み」: the one switch, the global rules, hiding keywords, and the sites with rules
// of their own (made from the filter bar on a result list).
import { useState } from 'preact/hooks';
import { StressSelect } from '@/components/FilterControls';
import { anyRule, filterKeywordError, JOB_TYPES, type FilterRules } from '@/lib/extension/filter-settings';
import { filterKeywordErrorMessage, ft, jobTypeShort } from '@/lib/i18n/filter-messages';
import type { Lang } from '@/lib/i18n/messages';

import { Check as Box, type SectionProps } from './parts';

/** The rules of a site's own, in a few words: 「発信・ノルマあり・ストレス4以上」. */
function rulesSummary(r: FilterRules, lang: Lang): string {
  const parts = JOB_TYPES.filter((j) => r.jobTypes[j]).map((j) => jobTypeShort(j, lang));
  if (r.quota) parts.push(lang === 'ja' ? 'ノルマあり' : 'quota');
  if (r.incentiveOnly) parts.push(lang === 'ja' ? 'インセンティブのみ' : 'incentive only');
  if (r.stressAtLeast !== null) parts.push(ft('stressAtLeast', lang, { n: r.stressAtLeast }));
  parts.push(...r.keywords.map((k) => `「${k}」`));
  return anyRule(r) ? parts.join(lang === 'ja' ? '・' : ', ') : '—';
}

export function FiltersSection({ settings: s, lang, update }: SectionProps) {
  const [kw, setKw] = useState('');
  const [kwError, setKwError] = useState('');
  const rules = s.filters.global;
  const setRules = (change: (r: FilterRules) => FilterRules) => update((x) => ({ ...x, filters: { ...x.filters, global: change(structuredClone(x.filters.global)) } }));
  const addKeyword = (e: Event) => {
    e.preventDefault();
    const error = filterKeywordError(kw, rules.keywords);
    if (error) {
      setKwError(filterKeywordErrorMessage(error, lang));
      return;
    }
    setKwError('');
    setKw('');
    setRules((r) => ({ ...r, keywords: [...r.keywords, kw.trim()] }));
  };
  const sites = Object.entries(s.filters.sites).sort(([a], [b]) => a.localeCompare(b));
  return (
    <section aria-labelledby="h-filters">
      <h2 id="h-filters">{ft('filtersHeading', lang)}</h2>
      <p class="hint">{ft('filtersIntro', lang)}</p>
      <Box name="filter:on" label={ft('filterOn', lang)} checked={s.filters.on} onChange={(on) => update((x) => ({ ...x, filters: { ...x.filters, on } }))} />
      <fieldset disabled={!s.filters.on}>
        {JOB_TYPES.map((j) => (
          <Box key={j} name={`filter:jobType:${j}`} label={ft('hideJobType', lang, { type: jobTypeShort(j, lang) })} checked={rules.jobTypes[j]} onChange={(on) => setRules((r) => ({ ...r, jobTypes: { ...r.jobTypes, [j]: on } }))} />
        ))}
        <Box name="filter:quota" label={ft('hideQuota', lang)} checked={rules.quota} onChange={(on) => setRules((r) => ({ ...r, quota: on }))} />
        <Box name="filter:incentiveOnly" label={ft('hideIncentiveOnly', lang)} checked={rules.incentiveOnly} onChange={(on) => setRules((r) => ({ ...r, incentiveOnly: on }))} />
        <div class="field">
          <StressSelect id="filter-stress" value={rules.stressAtLeast} lang={lang} onChange={(v) => setRules((r) => ({ ...r, stressAtLeast: v }))} />
        </div>
        <form class="kw-form" onSubmit={addKeyword}>
          <label for="filter-kw">{ft('filterKeywords', lang)}</label>
          <input id="filter-kw" name="filter:kw-text" value={kw} maxLength={80} onInput={(e) => setKw(e.currentTarget.value)} aria-describedby="filter-kw-error" />
          <button type="submit" data-kl="filter-kw-add">
            {ft('filterKeywordAdd', lang)}
          </button>
          <p id="filter-kw-error" class="error" role="alert" data-kl="filter-kw-error">
            {kwError}
          </p>
        </form>
        <ul data-kl="filter-kw-list" class="kw-list">
          {rules.keywords.map((k) => (
            <li key={k}>
              <span>{k}</span>{' '}
              <button type="button" data-kl="filter-kw-remove" onClick={() => setRules((r) => ({ ...r, keywords: r.keywords.filter((x) => x !== k) }))}>
                {ft('filterKeywordRemove', lang)}
              </button>
            </li>
          ))}
        </ul>
      </fieldset>
      <h3>{ft('filterSitesHeading', lang)}</h3>
      {sites.length === 0 ? (
        <p class="hint">{ft('filterSitesEmpty', lang)}</p>
      ) : (
        <ul data-kl="filter-sites">
          {sites.map(([host, r]) => (
            <li key={host} data-host={host}>
              <code>{host}</code>: {rulesSummary(r, lang)}{' '}
              <button
                type="button"
                onClick={() =>
                  update((x) => {
                    const next = structuredClone(x.filters.sites);
                    delete next[host];
                    return { ...x, filters: { ...x.filters, sites: next } };
                  })
                }
              >
                {ft('filterSiteRemove', lang)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
