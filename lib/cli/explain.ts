// `kyujin-lens analyze --explain`: how a saved page was read (which step, which selector gave the
// title, the body, the company and the cards; which adapter selectors match), for repairing adapters.
import type { PageReading } from '../extract/reading';
import { t, type Lang } from '../i18n/messages';

// Page-derived strings (titles, element names) must not carry terminal escape sequences.
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ' ');

const PROBLEM: Record<NonNullable<PageReading['problem']>, string> = {
  'detail-fallback': 'a detail page of a supported site read by the fallback, not by its adapter',
  'list-no-cards': 'a list page where no card selector finds a card while job links are present',
};

/** The steps in the order extraction tries them, the one that read the page marked. */
function steps(step: string | undefined): string {
  return ['json-ld', 'adapter', 'generic', 'main'].map((s) => (s === step ? `[${s}]` : s)).join(' → ');
}

export function formatExplain(name: string, r: PageReading, lang: Lang): string {
  const out = [`${clean(name)}: how the page was read`];
  out.push(`  page URL   ${r.url ? `${clean(r.url)} (${r.urlFrom === 'given' ? 'given' : `from the page's ${r.urlFrom}`})` : 'none (no canonical link or og:url)'}`);
  out.push(`  site       ${r.site ? `${r.site.id} (${r.site.name}), ${r.kind} page` : 'not a supported job site: no adapter'}`);
  const p = r.posting;
  if (r.kind !== 'list' || p) {
    out.push(`  posting    ${p ? steps(p.source) : 'nothing readable'}`);
    if (p) {
      out.push(`    title    ${clean(p.via.title)}  → ${clean(p.title)}`);
      out.push(`    body     ${clean(p.via.body)}  (${p.text.length} characters)`);
      if (p.company && p.via.company) out.push(`    company  ${clean(p.via.company)}  → ${clean(p.company)}`);
    }
  }
  if (r.cards) {
    const via = r.cards.via === 'anchored' ? 'the link-anchored rule (no card selector matched)' : (r.cards.via ?? 'nothing');
    out.push(`  cards      ${r.cards.count} by ${clean(via)}`);
    if (r.cards.ids.length) out.push(`    ids      ${r.cards.ids.map(clean).join(' ')}`);
    // Job links are counted only when no card selector found cards.
    if (r.cards.via === null || r.cards.via === 'anchored') out.push(`    job links  ${r.cards.jobLinks}`);
  }
  if (r.selectors.length) {
    out.push('  selectors (first that finds text wins)');
    for (const s of r.selectors) out.push(`    ${s.field.padEnd(8)} ${s.matches > 0 ? `found ${s.matches}`.padEnd(9) : 'no match '} ${s.selector}`);
  }
  out.push(`  notice     ${r.problem ? `${t('siteChanged', lang)} (${PROBLEM[r.problem]})` : 'none'}`);
  return out.join('\n');
}

/** The same facts for --json (no posting text: the title is in the result's own fields). */
export function explainJson(r: PageReading): Record<string, unknown> {
  return {
    url: r.url,
    urlFrom: r.urlFrom,
    site: r.site?.id ?? null,
    kind: r.kind,
    step: r.posting?.source ?? null,
    via: r.posting?.via ?? null,
    cards: r.cards,
    selectors: r.selectors,
    problem: r.problem,
  };
}
