// The background's side of 'kl:history-record': the entry checked again where it is stored, and history on.
import { entryProblem, type HistoryStore } from './history';
import type { HistoryRecordResponse } from './protocol';

export async function handleHistoryRecord(entry: unknown, store: Pick<HistoryStore, 'record'>, historyOn: () => Promise<boolean>): Promise<HistoryRecordResponse> {
  const problem = entryProblem(entry);
  if (problem) return { ok: false, error: `not a history entry: ${problem}` };
  if (!(await historyOn())) return { ok: false, error: 'history is off' };
  try {
    const { dropped } = await store.record(entry as Parameters<HistoryStore['record']>[0]);
    return { ok: true, dropped };
  } catch (e) {
    return { ok: false, error: `history not saved: ${(e as Error)?.message ?? e}` };
  }
}
