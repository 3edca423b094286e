// The filters' and the history's part of the message contract (lib/extension/protocol.ts lists every
// type and binds these checks to them): what the popup is told of a page's filters, the history's answer,
// and the checks of the history request and of the answers.
import type { HideReason } from '../core/types';
import type { FilterRules } from './filter-settings';
import { entryProblem } from './history';
import type { Route } from './protocol';

/** What the filter bar and the popup show of a page's filters. */
export interface FilterView {
  on: boolean;
  /** The user asked to see every card (the one switch). */
  showAll: boolean;
  /** Cards hidden now. */
  hidden: number;
  /** Cards the rules would hide. */
  matching: number;
  /** Why the hidden ones are hidden, most first. */
  reasons: { reason: HideReason; count: number }[];
  rules: FilterRules;
  /** The site has rules of its own. */
  own: boolean;
  /** Longest slice of filtering work on the page's main thread (ms). */
  longestSliceMs: number;
}

export type HistoryRecordResponse = { ok: true; dropped: number } | { ok: false; error: string };

type Fields = Record<string, unknown>;

export const historyRecordProblem = (m: Fields): string | null => {
  const problem = entryProblem(m.entry);
  return problem ? `entry is not a history entry (${problem})` : null;
};

export const historyRecordAnswer = (r: Fields): string | null =>
  r.ok === true ? (typeof r.dropped === 'number' ? null : 'dropped is not a number') : r.ok === false && typeof r.error === 'string' ? null : 'neither { ok: true, dropped } nor { ok: false, error }';

export const showAllProblem = (m: Fields): string | null => (typeof m.on === 'boolean' ? null : 'on is not true/false');

/** The filters' part of a tab's state, as the popup checks it. */
export function filterStateProblem(r: Fields): string | null {
  const f = r.filter as Fields | null;
  const view = f !== null && typeof f === 'object' && typeof f.hidden === 'number' && typeof f.longestSliceMs === 'number' && typeof f.rules === 'object' && f.rules !== null;
  return f === null || view ? null : 'filter is neither a filter view nor null';
}

export const okAnswer = (r: Fields): string | null => (typeof r.ok === 'boolean' ? null : 'ok is not true/false');

export const onFilterShowAll = (handle: Route<'kl:filter-show-all'>['handle']): Route<'kl:filter-show-all'> => ({ check: showAllProblem, handle });
export const onHistoryRecord = (handle: Route<'kl:history-record'>['handle']): Route<'kl:history-record'> => ({ check: historyRecordProblem, handle });
export const onOpenSettings = (handle: Route<'kl:open-settings'>['handle']): Route<'kl:open-settings'> => ({ check: () => null, handle });
