// Lets the tokenizer go after a quiet period: counts the requests in flight and, once none is left,
// waits the idle time before calling onIdle. A request that starts meanwhile cancels the wait. Used by the
// Chrome offscreen document (which then asks to be closed) and the Firefox background page (which drops
// its tokenizer).

export interface IdleRelease {
  /** Runs one request, with the idle time that applies after it (ms; null = never let go). */
  track<T>(work: () => Promise<T>, idleMs: number | null): Promise<T>;
  readonly inFlight: number;
  /** Whether the idle wait is running. */
  readonly waiting: boolean;
}

export function createIdleRelease(onIdle: () => void): IdleRelease {
  let inFlight = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return {
    async track(work, idleMs) {
      stop();
      inFlight++;
      try {
        return await work();
      } finally {
        inFlight--;
        if (inFlight === 0 && idleMs !== null) {
          timer = setTimeout(() => {
            timer = undefined;
            if (inFlight === 0) onIdle();
          }, idleMs);
        }
      }
    },
    get inFlight() {
      return inFlight;
    },
    get waiting() {
      return timer !== undefined;
    },
  };
}
