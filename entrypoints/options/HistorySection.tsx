// Settings section 「閲覧履歴」: keep a history or not, delete it all, and the way to the history page.
import { useState } from 'preact/hooks';
import { HistoryStore } from '@/lib/extension/history';
import type { StorageAreaLike } from '@/lib/extension/settings-store';
import { ft } from '@/lib/i18n/filter-messages';
import { Check, type SectionProps } from './parts';

export function HistorySection({ settings: s, lang, update }: SectionProps) {
  const [status, setStatus] = useState('');
  const clear = async () => {
    if (!window.confirm(ft('historyClearConfirm', lang))) return;
    try {
      await new HistoryStore(browser.storage.local as unknown as StorageAreaLike).clear();
      setStatus(ft('historyCleared', lang));
    } catch (e) {
      setStatus(String((e as Error)?.message ?? e));
    }
  };
  return (
    <section aria-labelledby="h-history">
      <h2 id="h-history">{ft('historyHeading', lang)}</h2>
      <Check name="history:on" label={ft('historyOn', lang)} checked={s.history.on} onChange={(on) => update((x) => ({ ...x, history: { on } }))} />
      <p>
        <a href={browser.runtime.getURL('/history.html')} target="_blank" data-kl="open-history">
          {ft('historyOpen', lang)}
        </a>
      </p>
      <button type="button" class="danger" data-kl="history-clear" onClick={() => void clear()}>
        {ft('historyClear', lang)}
      </button>
      <p role="status" data-kl="history-status">
        {status}
      </p>
    </section>
  );
}
