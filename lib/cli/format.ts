// The CLI's readable verdict: short, with every reason and the sentence it came from.
import type { AnalysisResult } from '../core/types';
import { jobTypeLabel, quotaLabel, t, type Lang } from '../i18n/messages';
import { payLabel } from '../i18n/pay-messages';
import { payLines, paySummary } from '../pay/summary';

const meter = (n: number) => '●'.repeat(n) + '○'.repeat(5 - n);
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
// Control characters from the input must not reach the terminal (escape sequences could rewrite it).
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ' ');

export function formatVerdict(name: string, r: AnalysisResult, lang: Lang): string {
  const out: string[] = [clean(name)];
  const kind = r.postingClosed ? t('postingClosed', lang) : !r.posting ? t('notPosting', lang) : r.callCenter ? t('callCenter', lang) : t('notCallCenter', lang);
  out.push(`  ${t('verdict', lang)}: ${jobTypeLabel(r.jobType, lang)} · ${kind}`);
  out.push(
    `  ${t('difficulty', lang)} ${meter(r.difficulty)} ${r.difficulty}/5   ${t('stress', lang)} ${meter(r.stress)} ${r.stress}/5   ` +
      `${t('quota', lang)}: ${quotaLabel(r.quota, lang)}   ${t('confidence', lang)} ${Math.round(r.confidence * 100)}%`,
  );
  if (r.posting) {
    out.push(`  ${payLabel('pay', lang)}: ${clean(paySummary(r.pay, lang))}`);
    for (const line of payLines(r.pay, lang).slice(1)) out.push(`   ・${clean(line)}`);
  }
  if (r.meta.truncated) out.push(`  ${t('truncated', lang)}`);
  if (!r.flags.length) out.push(`  ${t('noSignals', lang)}`);
  out.push(`  ${t('reasons', lang)}:`);
  for (const reason of r.reasons) {
    const e = reason.effect;
    out.push(`   [${t('difficulty', lang)} ${signed(e.difficulty)} / ${t('stress', lang)} ${signed(e.stress)}] ${clean(reason[lang])}`);
    const sentences = reason.evidence.map((i) => r.flags[i]!).sort((a, b) => b.weight - a.weight).slice(0, 3);
    const seen = new Set<string>();
    for (const f of sentences) {
      if (seen.has(f.sentence)) continue;
      seen.add(f.sentence);
      const neg = f.polarity === 'negated' ? ` (${t('negated', lang)})` : '';
      out.push(`       「${clean(f.text)}」${neg} ← ${clean(shorten(f.sentence, 70))}`);
    }
  }
  if (r.questions.length) {
    out.push(`  ${t('questions', lang)}:`);
    for (const q of r.questions) out.push(`   ・${q[lang]}`);
  }
  return out.join('\n');
}

function shorten(s: string, max: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
