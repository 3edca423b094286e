// The comparison: one column per chosen posting, the same rows in each (job type, difficulty, stress,
// quota, incentive, pay, top reasons, questions), lined up across columns.
import type { HistoryEntry } from '@/lib/extension/history';
import { compareRows } from '@/lib/extension/history-view';
import { ft } from '@/lib/i18n/filter-messages';
import type { Lang } from '@/lib/i18n/messages';

export function Compare({ entries, lang, onClose }: { entries: HistoryEntry[]; lang: Lang; onClose: () => void }) {
  const rows = compareRows(entries, lang);
  return (
    <section data-kl="compare" aria-labelledby="h-compare" class="compare">
      <div class="compare-head">
        <h2 id="h-compare">{ft('compare', lang)}</h2>
        <button type="button" data-kl="close-compare" onClick={onClose}>
          {ft('closeCompare', lang)}
        </button>
      </div>
      <div class="compare-grid" style={{ gridTemplateColumns: `minmax(7em, auto) repeat(${entries.length}, minmax(12em, 1fr))`, gridTemplateRows: `repeat(${rows.length + 1}, auto)` }}>
        <div class="compare-labels" aria-hidden="true">
          <div class="cell head" />
          {rows.map((r) => (
            <div key={r.key} class="cell label">
              {r.label}
            </div>
          ))}
        </div>
        {entries.map((e, i) => (
          <article key={e.id} data-kl="compare-column" data-url={e.url} data-job-type={e.verdict.jobType} class="compare-column">
            <header class="cell head">
              <h3>{e.title}</h3>
              {e.company && <p class="company">{e.company}</p>}
              <a href={e.url} target="_blank" rel="noopener noreferrer" data-kl="open-original">
                {ft('openOriginal', lang)}
              </a>
            </header>
            {rows.map((r) => {
              const cell = r.cells[i]!;
              return (
                <div key={r.key} class={`cell ${r.key}`} data-row={r.key}>
                  <span class="inline-label">{r.label}</span>
                  {Array.isArray(cell) ? (
                    <ul>
                      {cell.map((x, k) => (
                        <li key={k}>{x}</li>
                      ))}
                    </ul>
                  ) : (
                    <span>{cell}</span>
                  )}
                </div>
              );
            })}
          </article>
        ))}
      </div>
    </section>
  );
}
