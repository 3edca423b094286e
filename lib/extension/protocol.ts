// Messages between the extension's contexts. Content scripts send posting text and get back the small
// result; nothing else crosses. Every handler checks the message shape and the sender.
import type { AnalysisResult, Category, JobType, Sensitivity } from '../core/types';
import type { UserKeyword } from '../lexicon/compile';

export interface AnalyzeRequest {
  type: 'kl:analyze';
  text: string;
  sensitivity: Sensitivity;
  userKeywords: UserKeyword[];
  categories: Record<Category, boolean>;
}

export type AnalyzeResponse =
  | { ok: true; result: AnalysisResult; timing: { tokenizerLoadMs: number | null; analyzeMs: number } }
  | { ok: false; error: { code: 'missing' | 'corrupt' | 'failed' | 'unavailable'; message: string } };

/** Background → offscreen document (Chrome). */
export interface OffscreenAnalyzeRequest extends Omit<AnalyzeRequest, 'type'> {
  type: 'kl:offscreen-analyze';
}

/** Popup → content script of the active tab. */
export interface GetStateRequest {
  type: 'kl:get-state';
}
export interface HighlightRequest {
  type: 'kl:highlight';
  on: boolean;
}

export type TabStatus = 'not-posting' | 'analyzing' | 'provisional' | 'final' | 'error' | 'unreadable' | 'off';

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
}

export function isAnalyzeRequest(m: unknown): m is AnalyzeRequest {
  const x = m as AnalyzeRequest;
  return !!x && x.type === 'kl:analyze' && typeof x.text === 'string' && typeof x.sensitivity === 'string' && Array.isArray(x.userKeywords);
}
