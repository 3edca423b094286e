// Follows a page that changes without loading: URL changes (history API, Navigation API, popstate,
// hashchange), content swaps (MutationObserver) and frames that finish loading after the page. Each
// burst of changes becomes one call, after the page has been quiet for a moment.
/** A content swap arrives as many mutations over a few hundred ms: the page is read once, after it has been quiet this long. */
export const NAVIGATION_DEBOUNCE_MS = 400;

export interface NavigationEnv {
  /** Where popstate and hashchange are fired (the window). */
  win: EventTarget;
  doc: Document;
  MutationObserver: typeof MutationObserver;
  /** The Navigation API's object, where the browser has one. */
  navigation?: EventTarget | null;
  /** The page's current address. */
  href(): string;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface NavigationHooks {
  /** Nodes the extension itself adds and removes (its badge, card badges): their coming and going is not a change. */
  ours(node: Node): boolean;
  /** Called on every batch of mutations, ours included (the badge host checks it is still attached). */
  onMutations?(): void;
  /** The page changed and has settled; `moved`: its address changed since the last call. */
  onSettled(moved: boolean): void;
}

/** Starts watching; returns the function that stops it. */
export function watchNavigation(env: NavigationEnv, hooks: NavigationHooks): () => void {
  let timer: unknown;
  let lastUrl = env.href();
  const schedule = () => {
    env.clearTimeout(timer);
    timer = env.setTimeout(() => {
      const now = env.href();
      const moved = now !== lastUrl;
      lastUrl = now;
      hooks.onSettled(moved);
    }, NAVIGATION_DEBOUNCE_MS);
  };
  const ourRecord = (r: MutationRecord) => r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => hooks.ours(n));
  const observer = new env.MutationObserver((records) => {
    hooks.onMutations?.();
    if (records.some((r) => !ourRecord(r))) schedule();
  });
  observer.observe(env.doc.documentElement, { childList: true, subtree: true, characterData: true });
  // Frames finish loading after the page: their postings count too (load does not bubble; capture it).
  const onLoad = (e: Event) => {
    if ((e.target as Element | null)?.tagName === 'IFRAME') schedule();
  };
  env.win.addEventListener('popstate', schedule);
  env.win.addEventListener('hashchange', schedule);
  env.doc.addEventListener('load', onLoad, true);
  env.navigation?.addEventListener('navigatesuccess', schedule);
  return () => {
    observer.disconnect();
    env.clearTimeout(timer);
    env.win.removeEventListener('popstate', schedule);
    env.win.removeEventListener('hashchange', schedule);
    env.doc.removeEventListener('load', onLoad, true);
    env.navigation?.removeEventListener('navigatesuccess', schedule);
  };
}
