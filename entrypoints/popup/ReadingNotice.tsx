// The popup's word on how the page was read: 「このサイトの表示が変わったため…」 when a supported site's page
// looks changed, and 「読み取りの問題を報告」, which copies the local problem report (built by the content
// script from lib/extension/problem-report.ts: no posting text) to the clipboard. Nothing is sent.
import { useState } from 'preact/hooks';
import type { TabState } from '@/lib/extension/protocol';
import { reporter } from '@/lib/extension/report';
import { t, type Lang } from '@/lib/i18n/messages';

const warn = reporter('warn');

export function ReadingNotice({ state, lang }: { state: TabState; lang: Lang }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  const report = state.report;
  if (!report && !state.problem) return null;
  // From the click itself (a user gesture): navigator.clipboard needs no extra permission then.
  const copy = () => {
    if (!report) return;
    navigator.clipboard.writeText(report).then(
      () => setCopied(true),
      (e: unknown) => {
        warn('the report was not copied', e);
        setCopied(false);
      },
    );
  };
  return (
    <div data-kl="reading">
      {state.problem && (
        <p class="warn" data-kl="site-changed" role="status">
          {t('siteChanged', lang)}
        </p>
      )}
      {report && (
        <p>
          <button data-kl="report-problem" onClick={copy}>{t('reportProblem', lang)}</button>
        </p>
      )}
      {copied !== null && (
        <div>
          <p class="note" data-kl="report-status" data-copied={String(copied)}>
            {copied ? t('reportCopied', lang) : t('reportCopyFailed', lang)}
          </p>
          <textarea data-kl="report-text" readOnly rows={8} value={report ?? ''} />
        </div>
      )}
    </div>
  );
}
