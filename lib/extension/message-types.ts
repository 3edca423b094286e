// The shapes of every message between the extension's contexts (see protocol.ts for who sends what, and the
// checks the receiving end runs): requests, answers, the tab state the popup reads, the Worker's messages.
import type { AnalysisResult, Category, JobType, Sensitivity } from '../core/types';
import type { ExtractedPosting } from '../extract/extract';
import type { UserKeyword } from '../lexicon/compile';
import type { ReadingProblem } from '../extract/reading';
import type { Lang } from '../i18n/messages';
import type { Report } from './report';
import type { FilterView, HistoryRecordResponse } from './filter-history-messages';

/** Posting text and the settings that change its verdict. */
export interface AnalyzeJob {
  text: string;
  sensitivity: Sensitivity;
  userKeywords: UserKeyword[];
  /** Categories left out count as on. */
  categories: Partial<Record<Category, boolean>>;
}

/** What a receiver answers to a message of a type it handles whose fields are not what this contract says. */
export interface BadMessage {
  ok: false;
  error: { code: 'bad-message'; message: string };
}

export type AnalyzeResponse =
  | { ok: true; result: AnalysisResult; timing: { tokenizerLoadMs: number | null; analyzeMs: number } }
  | { ok: false; error: { code: 'missing' | 'corrupt' | 'failed' | 'unavailable' | 'bad-message'; message: string } };

export const TAB_STATUSES = ['not-posting', 'analyzing', 'provisional', 'final', 'error', 'unreadable', 'off'] as const;
export type TabStatus = (typeof TAB_STATUSES)[number];

/** A content script's account of its tab: what the popup shows. */
export interface TabState {
  status: TabStatus;
  url: string;
  host: string;
  result: AnalysisResult | null;
  error: string | null;
  highlight: boolean;
  /** Job cards on a result list, with the full verdict of those the user has opened. */
  cards: { id: string; title: string; verdict: { jobType: JobType; stress: number; basis: 'summary' | 'full' } | null }[];
  /** Longest slice of card analysis on the page's main thread (ms). */
  longestCardSliceMs: number;
  /**
   * The page looks changed: on a supported site, a detail page read by the fallback instead of its
   * adapter ('detail-fallback'), or a list whose cards no card selector finds while job links are
   * present ('list-no-cards'). The popup shows 「このサイトの表示が変わったため…」.
   */
  problem: ReadingProblem | null;
  /** The local problem report (no posting text) the popup copies; null off the supported sites. */
  report: string | null;
  /**
   * How the page was read: whether it held a posting, which extraction step read it ('main' is the
   * fallback after every more specific step failed) and whether it came from a same-origin frame.
   */
  read: { state: 'posting' | 'unreadable' | 'none'; step: ExtractedPosting['source'] | null; inFrame: boolean };
  /** Result-list filters on this page (null: not a result list). */
  filter: import('./filter-history-messages').FilterView | null;
}

export type SiteResponse = { ok: boolean; message?: string };

/** Whether the background closed the idle offscreen document (not when work came in meanwhile). */
export type HostIdleResponse = { closed: boolean };

/** A content script's verdict for its tab, for the toolbar button. */
export interface TabVerdict {
  status: TabStatus;
  jobType: JobType | null;
  stress: number | null;
  lang: Lang;
}

/** Request type → its fields (besides `type`) and its answer. */
export interface Contract {
  'kl:analyze': { request: AnalyzeJob; response: AnalyzeResponse };
  /** idleMs: how long the document waits after its last request before reporting itself idle; null = never. */
  'kl:offscreen-analyze': { request: AnalyzeJob & { idleMs: number | null }; response: AnalyzeResponse };
  'kl:host-idle': { request: Record<never, never>; response: HostIdleResponse };
  /** The tab's verdict for its toolbar button (lib/extension/toolbar.ts). */
  'kl:tab-verdict': { request: TabVerdict; response: { ok: boolean } };
  'kl:get-state': { request: Record<never, never>; response: TabState };
  'kl:highlight': { request: { on: boolean }; response: TabState };
  'kl:site': { request: { origin: string; on: boolean; tabId?: number }; response: SiteResponse };
  'kl:filter-show-all': { request: { on: boolean }; response: TabState };
  'kl:history-record': { request: { entry: import('./history').HistoryEntry }; response: import('./filter-history-messages').HistoryRecordResponse };
  'kl:open-settings': { request: Record<never, never>; response: { ok: boolean } };
}

export type MessageType = keyof Contract;
export type RequestOf<T extends MessageType> = { type: T } & Contract[T]['request'];
export type ResponseOf<T extends MessageType> = Contract[T]['response'];
export type AnalyzeRequest = RequestOf<'kl:analyze'>;
export type OffscreenAnalyzeRequest = RequestOf<'kl:offscreen-analyze'>;

/** Offscreen document → its Worker, and back. */
export type WorkerRequest = { id: number; dictBase: string; warmUp: true } | { id: number; dictBase: string; job: AnalyzeJob };
export interface WorkerReply {
  id: number;
  response: AnalyzeResponse;
}

/**
 * Who may send each type: 'extension' = any context of this extension (content scripts included);
 * 'extension-page' = its own pages and background only, never a content script (which a page could
 * have confused). Web pages cannot reach any of them (no externally_connectable).
 */
export const SENDERS: Record<MessageType, 'extension' | 'extension-page'> = {
  'kl:analyze': 'extension',
  'kl:tab-verdict': 'extension',
  'kl:offscreen-analyze': 'extension-page',
  'kl:host-idle': 'extension-page',
  'kl:get-state': 'extension',
  'kl:highlight': 'extension',
  'kl:site': 'extension-page',
  'kl:filter-show-all': 'extension',
  'kl:history-record': 'extension',
  'kl:open-settings': 'extension',
};

export interface SenderLike {
  id?: string;
  tab?: unknown;
}
