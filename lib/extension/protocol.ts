// Every message between the extension's contexts, in one place: what each request carries, what it is
// answered with, who may send it, and the check the receiving end runs before trusting it. Content
// scripts send posting text and get back the small result; nothing else crosses.
//   content script → background      kl:analyze            → AnalyzeResponse
//   background → offscreen document   kl:offscreen-analyze  → AnalyzeResponse   (Chrome)
//   offscreen document → background   kl:host-idle          → HostIdleResponse  (Chrome: idle, may be closed)
//   content script → background      kl:tab-verdict        → { ok }           (the toolbar button's badge)
//   popup (tests: service worker) → content script   kl:get-state, kl:highlight → TabState
//   popup → background                kl:site               → SiteResponse
// The offscreen document ↔ its Worker speak WorkerRequest / WorkerReply (postMessage, same extension).
import { CATEGORIES, SENSITIVITIES, type Category, type JobType, type Sensitivity } from '../core/types';
import type { Report } from './report';
import { filterStateProblem, historyRecordAnswer, historyRecordProblem, okAnswer, showAllProblem } from './filter-history-messages';
export type { FilterView, HistoryRecordResponse } from './filter-history-messages';

// The shapes live in message-types.ts; everything is re-exported from here, the one place to import from.
export * from './message-types';
import type { AnalyzeResponse, BadMessage, MessageType, RequestOf, ResponseOf, SenderLike, TabState, SiteResponse, HostIdleResponse } from './message-types';
import { SENDERS, TAB_STATUSES, type TabStatus } from './message-types';

// ---------------------------------------------------------------------------------------------------
// Run-time checks: each returns what is wrong with a message, or null when it fits the contract. They are
// separate functions so that each context's bundle holds only the checks of the messages it handles.
// ---------------------------------------------------------------------------------------------------

type Fields = Record<string, unknown>;
type Check = (m: Fields) => string | null;
const isObject = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);

function jobProblem(m: Fields): string | null {
  if (typeof m.text !== 'string') return 'text is not a string';
  if (!SENSITIVITIES.includes(m.sensitivity as Sensitivity)) return 'sensitivity is not one of low, standard, high';
  if (!Array.isArray(m.userKeywords)) return 'userKeywords is not an array';
  for (const k of m.userKeywords) {
    if (!isObject(k) || typeof k.text !== 'string' || !CATEGORIES.includes(k.category as Category) || typeof k.weight !== 'number') {
      return 'userKeywords holds an entry that is not { text, category, weight }';
    }
  }
  // Categories left out count as on (the analysis' default); those given must be on/off.
  if (!isObject(m.categories)) return 'categories is not an object';
  for (const [c, on] of Object.entries(m.categories)) {
    if (!CATEGORIES.includes(c as Category) || typeof on !== 'boolean') return `categories.${c.slice(0, 30)} is not a known category set to true/false`;
  }
  return null;
}

const noFields: Check = () => null;
const offscreenProblem: Check = (m) =>
  m.idleMs !== null && !(typeof m.idleMs === 'number' && m.idleMs >= 0) ? 'idleMs is neither a number of milliseconds nor null' : jobProblem(m);
const JOB_TYPES: readonly JobType[] = ['inbound', 'outbound', 'mixed', 'sales', 'other'];
const tabVerdictProblem: Check = (m) => {
  if (!TAB_STATUSES.includes(m.status as TabStatus)) return 'status is not a tab status';
  if (m.jobType !== null && !JOB_TYPES.includes(m.jobType as JobType)) return 'jobType is neither a job type nor null';
  if (m.stress !== null && !(Number.isInteger(m.stress) && (m.stress as number) >= 1 && (m.stress as number) <= 5)) return 'stress is neither 1–5 nor null';
  if (m.lang !== 'ja' && m.lang !== 'en') return 'lang is not ja or en';
  return null;
};
const highlightProblem: Check = (m) => (typeof m.on === 'boolean' ? null : 'on is not true/false');
const siteProblem: Check = (m) => {
  if (typeof m.origin !== 'string') return 'origin is not a string';
  if (typeof m.on !== 'boolean') return 'on is not true/false';
  if (m.tabId !== undefined && !Number.isInteger(m.tabId)) return 'tabId is not a tab id';
  return null;
};

/** An answer's check, typed by the answer it admits (so `ask` cannot pair a request with another type's check). */
export interface AnswerCheck<R> {
  (answer: Fields): string | null;
  readonly answer?: R;
}

export const analyzeAnswer: AnswerCheck<AnalyzeResponse> = (r) => {
  if (r.ok === true) return isObject(r.result) && isObject(r.timing) ? null : 'an ok answer without result and timing';
  if (r.ok === false) return isObject(r.error) && typeof r.error.code === 'string' && typeof r.error.message === 'string' ? null : 'a failure without { code, message }';
  return 'ok is not true/false';
};

export const tabStateAnswer: AnswerCheck<TabState> = (r) => {
  if (!TAB_STATUSES.includes(r.status as TabStatus)) return 'status is not a tab status';
  if (typeof r.url !== 'string' || typeof r.host !== 'string') return 'url or host is not a string';
  if (r.result !== null && !isObject(r.result)) return 'result is neither a result nor null';
  if (r.error !== null && typeof r.error !== 'string') return 'error is neither text nor null';
  if (typeof r.highlight !== 'boolean') return 'highlight is not true/false';
  if (!Array.isArray(r.cards) || !r.cards.every((c) => isObject(c) && typeof c.id === 'string')) return 'cards is not a list of cards';
  if (typeof r.longestCardSliceMs !== 'number') return 'longestCardSliceMs is not a number';
  if (r.problem !== null && r.problem !== 'detail-fallback' && r.problem !== 'list-no-cards') return 'problem is not a reading problem';
  if (r.report !== null && typeof r.report !== 'string') return 'report is not text';
  if (!isObject(r.read) || typeof r.read.state !== 'string') return 'read is not how the page was read';
  return filterStateProblem(r);
};

export const siteAnswer: AnswerCheck<SiteResponse> = (r) => (typeof r.ok === 'boolean' ? null : 'ok is not true/false');

export const hostIdleAnswer: AnswerCheck<HostIdleResponse> = (r) => (typeof r.closed === 'boolean' ? null : 'closed is not true/false');

export const tabVerdictAnswer: AnswerCheck<{ ok: boolean }> = (r) => (typeof r.ok === 'boolean' ? null : 'ok is not true/false');

/** Every type's checks, in one table: what the receiving end checks of a request, the sending end of its answer. */
export const CHECKS: { [T in MessageType]: { request: Check; answer: AnswerCheck<ResponseOf<T>> } } = {
  'kl:analyze': { request: jobProblem, answer: analyzeAnswer },
  'kl:offscreen-analyze': { request: offscreenProblem, answer: analyzeAnswer },
  'kl:host-idle': { request: noFields, answer: hostIdleAnswer },
  'kl:tab-verdict': { request: tabVerdictProblem, answer: tabVerdictAnswer },
  'kl:get-state': { request: noFields, answer: tabStateAnswer },
  'kl:highlight': { request: highlightProblem, answer: tabStateAnswer },
  'kl:site': { request: siteProblem, answer: siteAnswer },
  'kl:filter-show-all': { request: showAllProblem, answer: tabStateAnswer },
  'kl:history-record': { request: historyRecordProblem, answer: historyRecordAnswer },
  'kl:open-settings': { request: noFields, answer: okAnswer },
};

const isMessageType = (t: unknown): t is MessageType => typeof t === 'string' && Object.hasOwn(SENDERS, t);

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

function checkWith<T extends MessageType>(type: T, check: Check, msg: unknown): Checked<RequestOf<T>> {
  if (!isObject(msg) || msg.type !== type) return { ok: false, problem: `not a ${type} message` };
  const problem = check(msg);
  return problem ? { ok: false, problem } : { ok: true, value: msg as unknown as RequestOf<T> };
}

function answerWith<T extends MessageType>(type: T, check: AnswerCheck<ResponseOf<T>>, answer: unknown): Checked<ResponseOf<T> | BadMessage> {
  if (answer === undefined) return { ok: false, problem: `no answer to ${type}` };
  if (!isObject(answer)) return { ok: false, problem: `the answer to ${type} is not an object` };
  if (isBadMessage(answer)) return { ok: true, value: answer };
  const problem = check(answer);
  return problem ? { ok: false, problem: `the answer to ${type}: ${problem}` } : { ok: true, value: answer as ResponseOf<T> };
}

/** Checks a request of a known type against the contract. */
export const checkRequest = <T extends MessageType>(type: T, msg: unknown) => checkWith(type, CHECKS[type].request, msg);

/** Checks an answer to a request of `type`; a BadMessage answer is passed on as it is. */
export const checkResponse = <T extends MessageType>(type: T, answer: unknown) => answerWith(type, CHECKS[type].answer as AnswerCheck<ResponseOf<T>>, answer);

export function isBadMessage(v: unknown): v is BadMessage {
  return isObject(v) && v.ok === false && isObject(v.error) && v.error.code === 'bad-message';
}

export const badMessage = (message: string): BadMessage => ({ ok: false, error: { code: 'bad-message', message } });

// ---------------------------------------------------------------------------------------------------
// Receiving and sending
// ---------------------------------------------------------------------------------------------------

/** A handler bound to its type's request check: made by onAnalyze, onGetState … below. */
export interface Route<K extends MessageType> {
  check: Check;
  handle: (request: RequestOf<K>, sender: SenderLike) => ResponseOf<K> | Promise<ResponseOf<K>>;
}
type Handle<K extends MessageType> = Route<K>['handle'];

export const onAnalyze = (handle: Handle<'kl:analyze'>): Route<'kl:analyze'> => ({ check: jobProblem, handle });
export const onOffscreenAnalyze = (handle: Handle<'kl:offscreen-analyze'>): Route<'kl:offscreen-analyze'> => ({ check: offscreenProblem, handle });
export const onHostIdle = (handle: Handle<'kl:host-idle'>): Route<'kl:host-idle'> => ({ check: noFields, handle });
export const onTabVerdict = (handle: Handle<'kl:tab-verdict'>): Route<'kl:tab-verdict'> => ({ check: tabVerdictProblem, handle });
export const onGetState = (handle: Handle<'kl:get-state'>): Route<'kl:get-state'> => ({ check: noFields, handle });
export const onHighlight = (handle: Handle<'kl:highlight'>): Route<'kl:highlight'> => ({ check: highlightProblem, handle });
export const onSite = (handle: Handle<'kl:site'>): Route<'kl:site'> => ({ check: siteProblem, handle });

export type Routes = { [K in MessageType]?: Route<K> };

/**
 * The runtime.onMessage listener of one context, for the types it has routes for. A message of another
 * type is left to the context that handles it (undefined: this one does not answer), and so is a sender
 * the type does not allow. A message of a handled type whose fields do not fit gets a BadMessage answer
 * and a console line; a handler that throws gets the same kind of answer rather than none.
 */
export function receiver(ownId: string, routes: Routes, report: Report) {
  return (msg: unknown, sender: SenderLike): Promise<unknown> | undefined => {
    const type = isObject(msg) ? msg.type : undefined;
    if (!isMessageType(type)) return undefined;
    const route = routes[type] as Route<MessageType> | undefined;
    if (!route) return undefined;
    if (sender?.id !== ownId || (SENDERS[type] === 'extension-page' && sender.tab)) return undefined;
    const checked = checkWith(type, route.check, msg);
    if (!checked.ok) {
      report(`malformed ${type} message: ${checked.problem}`);
      return Promise.resolve(badMessage(checked.problem));
    }
    return (async () => {
      try {
        return await route.handle(checked.value as never, sender);
      } catch (e) {
        report(`${type} failed`, e);
        return badMessage(`${type} failed: ${(e as Error)?.message ?? String(e)}`);
      }
    })();
  };
}

/**
 * Sends a request through `send` (runtime.sendMessage, or tabs.sendMessage bound to a tab) and checks
 * the answer with its type's check (analyzeAnswer, tabStateAnswer, siteAnswer). What cannot be delivered
 * or does not fit the contract comes back as { ok: false, problem }.
 */
export async function ask<T extends MessageType>(
  send: (m: RequestOf<T>) => Promise<unknown>,
  request: RequestOf<T>,
  check: AnswerCheck<ResponseOf<T>>,
): Promise<Checked<ResponseOf<T> | BadMessage>> {
  let answer: unknown;
  try {
    answer = await send(request);
  } catch (e) {
    // Nobody listening (no content script in the tab, a stopped background): the caller decides.
    return { ok: false, problem: `${request.type} not delivered: ${(e as Error)?.message ?? String(e)}` };
  }
  return answerWith(request.type, check, answer);
}
