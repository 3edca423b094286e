// How the extension says that something failed, when no badge or popup can: one console line with the
// extension's prefix, so a user (or a test) can tell our lines from the page's.
import { LOG_PREFIX } from '../core/report';

export { LOG_PREFIX };

export interface ConsoleLike {
  debug(...args: unknown[]): void;
  warn(...args: unknown[]): void;
}

export type Report = (what: string, e?: unknown) => void;

/** `debug` for what a page can cause and we handle (a frame went away); `warn` for what should not happen. */
export function reporter(level: 'debug' | 'warn', sink: ConsoleLike = console): Report {
  return (what, e) => {
    if (e === undefined) sink[level](LOG_PREFIX, what);
    else sink[level](LOG_PREFIX, what, e);
  };
}

/** Runs `fn`, reporting what it throws or rejects with instead of letting it reach the page. */
export function guarded(report: Report, what: string, fn: () => unknown): void {
  try {
    const p = fn();
    if (p instanceof Promise) p.catch((e: unknown) => report(what, e));
  } catch (e) {
    report(what, e);
  }
}
