// Failures that lib/ survives by falling back (a hostile page, a DOM that throws where none should) are
// still told, once per place, so that a quiet fallback never hides a bug. Imports nothing.

export const LOG_PREFIX = '[求人レンズ]';

export type Reporter = (where: string, error: unknown) => void;

const told = new Set<string>();

let reporter: Reporter = (where, error) => {
  // Once per place: a page that breaks a DOM method would otherwise repeat the same line for every element.
  if (told.has(where)) return;
  told.add(where);
  console.debug(`${LOG_PREFIX} ${where}:`, error);
};

/** Tells an unexpected failure that the caller has handled by falling back. */
export function report(where: string, error: unknown): void {
  reporter(where, error);
}

/** Replaces the reporter (tests collect the reports; a context may send them elsewhere). Returns the old one. */
export function setReporter(next: Reporter): Reporter {
  const old = reporter;
  reporter = next;
  return old;
}
