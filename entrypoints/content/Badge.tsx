// The badge: verdict at a glance, reasons and questions when expanded. Text, not colour alone.
import type { AnalysisResult, Flag } from '@/lib/core/types';
import type { BadgeState } from '@/lib/extension/badge-model';
import { isTentative, levelTone } from '@/lib/extension/badge-model';
import { verdictLabel, jobTypeLabel, quotaLabel, t, type Lang } from '@/lib/i18n/messages';
import { payLabel } from '@/lib/i18n/pay-messages';
import { paySummary } from '@/lib/pay/summary';


export interface BadgeProps {
  state: BadgeState;
  result: AnalysisResult | null;
  error: string | null;
  lang: Lang;
  expanded: boolean;
  corner: string;
  highlighting: boolean;
  onToggle: () => void;
  onReason: (flag: Flag) => void;
  onMove: () => void;
  onHighlight: () => void;
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

export function Badge(p: BadgeProps) {
  const { result: r, lang } = p;
  const label = t('badgeLabel', lang);
  if (p.state === 'quiet') {
    return (
      <section class={`kl quiet ${p.corner}`} aria-label={label}>
        <span class="name">{t('appName', lang)}</span> · {t('quiet', lang)}
      </section>
    );
  }
  if (p.state === 'error' || p.state === 'unreadable' || !r) {
    return (
      <section class={`kl ${p.corner}`} aria-label={label} role="status">
        <div class="bar">
          <span class="name">{t('appName', lang)}</span>
          <span class="error">{p.state === 'unreadable' ? t('unreadable', lang) : t('failed', lang)}</span>
        </div>
        {p.state === 'error' && (
          <div class="details">
            <div>{t('failedHint', lang)}</div>
            {p.error && <div class="quote">{p.error}</div>}
          </div>
        )}
      </section>
    );
  }
  const d = r.difficulty;
  const s = r.stress;
  return (
    <section class={`kl ${p.corner}`} aria-label={label}>
      <div class="bar">
        <button
          class="toggle"
          data-kl="toggle"
          aria-expanded={p.expanded}
          aria-controls="kl-details"
          title={p.expanded ? t('collapse', lang) : t('expand', lang)}
          onClick={p.onToggle}
        >
          <span class="name">{t('appName', lang)}</span>
          <span class="type">{verdictLabel(r.jobType, isTentative(r), lang)}</span>
          <span class={`lv ${levelTone(d)}`}>{t('difficulty', lang)} {d}/5</span>
          <span class={`lv ${levelTone(s)}`}>{t('stress', lang)} {s}/5</span>
          <span class="quota">{quotaLabel(r.quota, lang)}</span>
        </button>
        {p.state === 'provisional' && <span class="provisional">{t('provisional', lang)}</span>}
        {r.meta.truncated && <span class="provisional">{t('partial', lang)}</span>}
      </div>
      {isTentative(r) && (
        <div class="tentative" data-kl="tentative">
          {t('tentative', lang)}
        </div>
      )}
      {r.posting && (
        <div class="pay" data-kl="pay" title={payLabel('pay', lang)}>
          {paySummary(r.pay, lang)}
        </div>
      )}
      {p.expanded && (
        <div class="details" id="kl-details" data-kl="details">
          <h3>{t('reasons', lang)}</h3>
          <ol>
            {r.reasons.map((reason) => {
              const flag = reason.evidence.map((i) => r.flags[i]!).sort((a, b) => b.weight - a.weight)[0];
              return (
                <li key={reason.id}>
                  <button class="reason" data-kl="reason" data-reason-id={reason.id} disabled={!flag} onClick={() => flag && p.onReason(flag)}>
                    <span class="effect">
                      {t('difficulty', lang)} {signed(reason.effect.difficulty)} / {t('stress', lang)} {signed(reason.effect.stress)}
                    </span>
                    {reason[lang]}
                    {flag && (
                      <span class="quote">
                        「<span class={flag.polarity === 'negated' ? 'neg' : ''}>{flag.text}</span>」 {flag.sentence.slice(0, 80)}
                      </span>
                    )}
                  </button>
                </li>
              );
            })}
          </ol>
          {r.questions.length > 0 && (
            <div data-kl="questions">
              <h3>{t('questions', lang)}</h3>
              <ul>
                {r.questions.map((q) => (
                  <li key={q.id}>{q[lang]}</li>
                ))}
              </ul>
            </div>
          )}
          <div class="tools">
            <button data-kl="highlight" aria-pressed={p.highlighting} onClick={p.onHighlight}>
              {p.highlighting ? t('highlightOff', lang) : t('highlightOn', lang)}
            </button>
            <button data-kl="move" onClick={p.onMove}>{t('move', lang)}</button>
            <button data-kl="close" onClick={p.onToggle}>{t('collapse', lang)}</button>
          </div>
        </div>
      )}
    </section>
  );
}
