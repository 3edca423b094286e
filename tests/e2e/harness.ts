// 求人レンズ end-to-end harness: the built extension in a real (headless) Chromium.
//
// HOW TO RUN
//   npm run build:e2e && npx vitest run -c vitest.e2e.config.ts
//
//   - `npm run build:e2e` builds the extension into .output-e2e/chrome-mv3 with the local test server
//     (http://127.0.0.1/*, http://localhost/*) added to the content-script matches. The normal build
//     (.output/) never runs on the fixture pages.
//   - Chromium: CHROMIUM_PATH, default /usr/bin/chromium (Debian `apt-get install chromium`; never
//     `playwright install`). Without it the suite is SKIPPED with a loud "E2E SKIPPED" banner, except when
//     CI is set: then a missing Chromium FAILS the run.
//   - EXT_DIR overrides the extension folder (default .output-e2e/chrome-mv3, relative to the repo).
//   - Runs headless, as root with --no-sandbox, with background networking off (recipe:
//     /work/shared/research/feasibility.md §3.2). One browser at a time (vitest.e2e.config.ts).
//   - Fixture pages live in tests/e2e/pages/ (invented postings, fictional companies) and are served by
//     tests/e2e/server.ts on 127.0.0.1 with an ephemeral port.
//   - Network, two nets: (1) every request the browser context reports is recorded (pages, extension
//     pages, and the extension's service worker: Request.serviceWorker()); (2) --proxy-server points the
//     whole browser at a local trap proxy that records and refuses anything headed off the machine, from
//     any context, including the offscreen document and its Worker, which Playwright does not attach to.
//     Loopback bypasses the proxy, so the fixture server is reached directly. Chromium's own component
//     updater and sign-in checks are pointed at a dead local port so they do not pollute the trap. The
//     network test asserts both nets saw only the fixture server and chrome-extension://<id>/.
//   - Helpers: launchExtension, waitForBadge(page, state?), badgePart(page, 'toggle'), tabIdOf,
//     tabState/waitForTabStatus (the content script's own kl:get-state answer), openPopupFor (popup.html
//     ?tab=<id>), patchSettings (storage.sync "settings"), readTimes (badge timing recorded by an init
//     script), brokenDictionaryCopy, unexpectedRequests.
//
// The UI is found only through lib/extension/dom-contract.ts: the badge host
// [data-kyujin-lens="badge"] with data-state/-job-type/-difficulty/-stress/-quota/-call-center, its open
// shadow root ([data-kl="toggle"], [data-kl="reason"] …), the popup ([data-kl="popup"][data-status]) and
// the settings page (select[name="sensitivity"] …). Playwright's CSS locators pierce open shadow roots,
// so page.locator('[data-kyujin-lens="badge"] [data-kl="toggle"]') reaches inside the badge.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Locator, type Page, type Worker } from 'playwright-core';
import { isExtensionRenderer, procFigures } from './proc-memory';
import { startTrapProxy, type FixtureServer, type ProxiedRequest, type TrapProxy } from './server';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXT_DIR = path.resolve(REPO_ROOT, process.env.EXT_DIR ?? '.output-e2e/chrome-mv3');

export const BADGE = '[data-kyujin-lens="badge"]';
export const QUIET = '[data-kyujin-lens="quiet"]';

// ---------------------------------------------------------------------------------------------------
// Whether to run at all
// ---------------------------------------------------------------------------------------------------

export interface E2EGate {
  /** Run the browser tests. */
  run: boolean;
  /** Set when the suite must fail instead of running (CI without Chromium). */
  failure?: string;
}

function banner(lines: string[]): string {
  const width = Math.max(...lines.map((l) => l.length)) + 4;
  const bar = '#'.repeat(width);
  return ['', bar, ...lines.map((l) => `# ${l.padEnd(width - 4)} #`), bar, ''].join('\n');
}

/** Chromium present: run. Missing: skip loudly, or fail when CI is set. */
export function e2eGate(): E2EGate {
  let ok = false;
  try {
    fs.accessSync(CHROMIUM_PATH, fs.constants.X_OK);
    ok = fs.statSync(CHROMIUM_PATH).isFile();
  } catch {
    ok = false;
  }
  if (ok) return { run: true };
  const what = `no Chromium at ${CHROMIUM_PATH}`;
  const hint = 'Install it (apt-get install chromium) or set CHROMIUM_PATH.';
  if (process.env.CI) {
    const failure = `E2E FAILED: ${what}. CI is set, so a missing browser is an error. ${hint}`;
    console.error(banner([failure]));
    return { run: false, failure };
  }
  console.warn(banner([`E2E SKIPPED: ${what}`, hint, 'Every browser test below is skipped, not passed.']));
  return { run: false };
}

const warnedDirs = new Set<string>();

/** Throws a clear message when the E2E build is missing (that is a set-up error, never a skip). */
export function assertExtensionBuilt(dir: string = EXT_DIR, testHost = true): void {
  const manifest = path.join(dir, 'manifest.json');
  if (!fs.existsSync(manifest)) {
    throw new Error(`No extension build at ${dir} (manifest.json missing). Run \`npm run build:e2e\` first.`);
  }
  const m = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { content_scripts?: { matches?: string[] }[] };
  const matches = (m.content_scripts ?? []).flatMap((c) => c.matches ?? []);
  if (testHost && m.content_scripts && !matches.some((x) => x.startsWith('http://127.0.0.1/')) && !warnedDirs.has(dir)) {
    warnedDirs.add(dir);
    console.warn(
      banner([
        `${dir} has content scripts but none matches http://127.0.0.1/*:`,
        'this looks like the normal build, not `npm run build:e2e`. Badge tests will fail.',
      ]),
    );
  }
}

// ---------------------------------------------------------------------------------------------------
// Launching
// ---------------------------------------------------------------------------------------------------

export interface BrowserRequest {
  url: string;
  method: string;
  resourceType: string;
  /** Reported for the extension's service worker (Request.serviceWorker()). */
  fromServiceWorker: boolean;
  /** URL of the frame that made it, when there is one. */
  frameUrl: string | null;
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** "chrome-extension://<id>" */
  extensionOrigin: string;
  extDir: string;
  server: FixtureServer;
  /** Every request the browser context reported, in order. */
  requests: BrowserRequest[];
  /** Everything that tried to leave the machine through the trap proxy. */
  proxy: TrapProxy;
  /** Messages the pages logged (console, page errors), for diagnosis. */
  logs: string[];
  /** A page of the extension: extUrl('popup.html'). */
  extUrl(file: string): string;
  /** Opens a fixture page in a new tab; returns once the page reached DOMContentLoaded. */
  open(fixture: string): Promise<Page>;
  /** The extension's live service worker (waits for it to start if it was stopped). */
  serviceWorker(): Promise<Worker>;
  /** Runs a function in an extension context (service worker, else a throwaway extension page). */
  extEval<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  server: FixtureServer;
  extDir?: string;
  viewport?: { width: number; height: number };
  /** false: a production build (no local test host) is expected, e.g. by `npm run bench:browser`. */
  testHost?: boolean;
}

/** Every session launched in this process, kept (with its records) after it is closed. */
export const sessions: ExtensionSession[] = [];

/** page.evaluate / worker.evaluate with one argument, typed for a generic function. */
function evaluateIn<R, A>(target: Page | Worker, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  const ev = target.evaluate.bind(target) as unknown as (f: (a: A) => R | Promise<R>, a: A) => Promise<R>;
  return ev(fn, arg);
}

/**
 * The switches every launch of the extension's Chromium uses (Playwright's and the unattached one of
 * tests/e2e/unattached-browser.ts): the trap proxy, Chromium's own services pointed at a dead port, the
 * extension loaded from extDir.
 */
export function chromiumSwitches(extDir: string, proxyServer: string): string[] {
  return [
    // The trap proxy, as a plain switch: Playwright's own proxy option adds <-loopback> and would send
    // the fixture server through it too. Chromium bypasses loopback by default, so only traffic to
    // the outside world reaches the proxy.
    `--proxy-server=${proxyServer}`,
    // Chromium's own background services, which run even headless and with the switches below
    // (measured: the component updater's POST to update.googleapis.com at start-up, sign-in checks to
    // accounts.google.com every few seconds, and from Chromium 150 on the cloud-messaging check-in's
    // CONNECT to android.clients.google.com), are pointed at a dead local port (the discard port, 9).
    // They are not the extension's traffic; anything else that reaches the proxy is.
    '--component-updater=url-source=http://127.0.0.1:9/',
    '--gaia-url=http://127.0.0.1:9/',
    '--gcm-checkin-url=http://127.0.0.1:9/',
    '--gcm-registration-url=http://127.0.0.1:9/',
    '--gcm-mcs-endpoint=https://127.0.0.1:9',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--no-first-run',
    '--no-default-browser-check',
    `--disable-extensions-except=${extDir}`,
    `--load-extension=${extDir}`,
  ];
}

export async function launchExtension(opts: LaunchOptions): Promise<ExtensionSession> {
  const extDir = path.resolve(opts.extDir ?? EXT_DIR);
  assertExtensionBuilt(extDir, opts.testHost ?? true);
  const proxy = await startTrapProxy();
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext('', {
      // '' = a fresh temporary profile that Playwright deletes on close.
      executablePath: CHROMIUM_PATH,
      headless: true,
      viewport: opts.viewport ?? { width: 1280, height: 720 },
      locale: 'ja-JP',
      args: chromiumSwitches(extDir, proxy.server),
    });
  } catch (e) {
    await proxy.close();
    throw e;
  }

  const requests: BrowserRequest[] = [];
  context.on('request', (r) => {
    let frameUrl: string | null = null;
    try {
      frameUrl = r.frame().url();
    } catch {
      frameUrl = null; // service-worker requests have no frame
    }
    requests.push({ url: r.url(), method: r.method(), resourceType: r.resourceType(), fromServiceWorker: !!r.serviceWorker(), frameUrl });
  });
  const logs: string[] = [];
  const watchPage = (p: Page) => {
    p.on('console', (m) => logs.push(`[${m.type()}] ${p.url()}: ${m.text()}`));
    p.on('pageerror', (e) => logs.push(`[pageerror] ${p.url()}: ${e.message}`));
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  await context.addInitScript(recordBadgeTimes);

  const isOurWorker = (w: Worker) => w.url().startsWith('chrome-extension://');
  let sw = context.serviceWorkers().find(isOurWorker);
  if (!sw) sw = await context.waitForEvent('serviceworker', { predicate: isOurWorker, timeout: 30_000 });
  const extensionId = new URL(sw.url()).host;
  const extensionOrigin = `chrome-extension://${extensionId}`;

  const serviceWorker = async (): Promise<Worker> => {
    const live = context.serviceWorkers().find((w) => w.url().startsWith(extensionOrigin));
    if (live) return live;
    return context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(extensionOrigin), timeout: 10_000 });
  };

  const session: ExtensionSession = {
    context,
    extensionId,
    extensionOrigin,
    extDir,
    server: opts.server,
    requests,
    proxy,
    logs,
    extUrl: (file) => `${extensionOrigin}/${file.replace(/^\/+/, '')}`,
    async open(fixture) {
      const page = await context.newPage();
      await page.goto(opts.server.url(fixture), { waitUntil: 'domcontentloaded' });
      return page;
    },
    serviceWorker,
    async extEval(fn, arg) {
      // The service worker may have been stopped by the browser (idle): fall back to an extension page.
      const live = context.serviceWorkers().find((w) => w.url().startsWith(extensionOrigin));
      if (live) {
        try {
          return await evaluateIn(live, fn, arg);
        } catch (e) {
          if (!/closed|destroyed|detached/i.test(String((e as Error)?.message))) throw e;
        }
      }
      const page = await context.newPage();
      try {
        // The popup page has the extension's APIs; without ?tab it just looks at the active tab.
        await page.goto(session.extUrl('popup.html'), { waitUntil: 'domcontentloaded' });
        return await evaluateIn(page, fn, arg);
      } finally {
        await page.close();
      }
    },
    async close() {
      await context.close().catch(() => undefined);
      await proxy.close();
    },
  };
  sessions.push(session);
  return session;
}

// ---------------------------------------------------------------------------------------------------
// Process memory
// ---------------------------------------------------------------------------------------------------

export interface ProcessMemory {
  /** CDP's process type, or "extension renderer" for the extension's own (--extension-process). */
  kind: string;
  pid: number;
  rssKb: number | null;
  /** Proportional set size: shared pages split between the processes using them. */
  pssKb: number | null;
  /** Resident anonymous memory: heaps and buffers, without the browser's code pages. */
  anonKb: number | null;
  /** Pages no other process maps: what ending the process would free. */
  privateKb: number | null;
}

/**
 * Resident memory of the browser's processes (SystemInfo.getProcessInfo for the pids, /proc for the figures).
 * Note: Playwright stays attached to the extension's service worker, and an attached worker is never stopped
 * for being idle; scripts/bench-browser.ts measures without any attachment (tests/e2e/unattached-browser.ts).
 */
export async function processMemory(s: ExtensionSession): Promise<ProcessMemory[]> {
  const browser = s.context.browser();
  if (!browser) return [];
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
    return processInfo.map((p) => {
      const f = procFigures(p.id);
      const kind = p.type === 'renderer' && f && isExtensionRenderer(f.cmdline) ? 'extension renderer' : p.type;
      return { kind, pid: p.id, rssKb: f?.rssKb ?? null, pssKb: f?.pssKb ?? null, anonKb: f?.anonKb ?? null, privateKb: f?.privateKb ?? null };
    });
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

// ---------------------------------------------------------------------------------------------------
// The badge
// ---------------------------------------------------------------------------------------------------

export type BadgeStateName = 'provisional' | 'final' | 'error' | 'unreadable';

export interface BadgeAttrs {
  state: string | null;
  jobType: string | null;
  difficulty: number | null;
  stress: number | null;
  quota: string | null;
  callCenter: string | null;
  /** Every data-* attribute of the host element, as written. */
  attributes: Record<string, string>;
}

/** What the page shows right now: the badge's attributes, or whether only the quiet mark is there. */
export interface Marks {
  badge: BadgeAttrs | null;
  quiet: boolean;
  /** How many elements carry data-kyujin-lens at all. */
  count: number;
}

export async function readMarks(page: Page): Promise<Marks> {
  const raw = await page.evaluate(() => {
    const all = document.querySelectorAll('[data-kyujin-lens]');
    const el = document.querySelector('[data-kyujin-lens="badge"]');
    let attributes: Record<string, string> | null = null;
    if (el) {
      attributes = {};
      for (const a of Array.from(el.attributes)) if (a.name.startsWith('data-')) attributes[a.name] = a.value;
    }
    return { attributes, quiet: !!document.querySelector('[data-kyujin-lens="quiet"]'), count: all.length };
  });
  return { badge: raw.attributes ? toBadgeAttrs(raw.attributes) : null, quiet: raw.quiet, count: raw.count };
}

function toBadgeAttrs(a: Record<string, string>): BadgeAttrs {
  const num = (v: string | undefined) => (v === undefined || v === '' ? null : Number(v));
  return {
    state: a['data-state'] ?? null,
    jobType: a['data-job-type'] ?? null,
    difficulty: num(a['data-difficulty']),
    stress: num(a['data-stress']),
    quota: a['data-quota'] ?? null,
    callCenter: a['data-call-center'] ?? null,
    attributes: a,
  };
}

export async function readBadge(page: Page): Promise<BadgeAttrs | null> {
  return (await readMarks(page)).badge;
}

/** Waits this long (for tests and benches that must let the browser be idle). */
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Polls the page until `until` holds for what it shows, and returns that. On timeout the error says
 * what was last seen (and the page's own log), so a failing test explains itself.
 */
export async function waitForMarks(
  page: Page,
  until: (m: Marks) => boolean,
  { timeout = 20_000, what = 'the expected badge', interval = 50 }: { timeout?: number; what?: string; interval?: number } = {},
): Promise<Marks> {
  const deadline = Date.now() + timeout;
  let last: Marks | null = null;
  for (;;) {
    try {
      last = await readMarks(page);
      if (until(last)) return last;
    } catch (e) {
      if (page.isClosed()) throw e;
      // navigation in progress: try again
    }
    if (Date.now() > deadline) {
      const seen = last ? JSON.stringify({ badge: last.badge?.attributes ?? null, quiet: last.quiet, count: last.count }) : 'nothing readable';
      throw new Error(`Timed out after ${timeout} ms waiting for ${what} on ${page.url()}; last seen: ${seen}`);
    }
    await sleep(interval);
  }
}

/**
 * Waits for the badge host [data-kyujin-lens="badge"] (in the given state, or any of the given states,
 * or any state when omitted) and returns its data-* attributes.
 */
export async function waitForBadge(
  page: Page,
  state?: BadgeStateName | BadgeStateName[] | ((b: BadgeAttrs) => boolean),
  { timeout = 20_000 }: { timeout?: number } = {},
): Promise<BadgeAttrs> {
  const ok =
    state === undefined
      ? () => true
      : typeof state === 'function'
        ? state
        : (b: BadgeAttrs) => (Array.isArray(state) ? state : [state]).includes(b.state as BadgeStateName);
  const label = state === undefined ? 'the badge' : typeof state === 'function' ? 'the badge to match' : `the badge in state ${[state].flat().join('|')}`;
  const m = await waitForMarks(page, (x) => !!x.badge && ok(x.badge), { timeout, what: label });
  return m.badge!;
}

/** A part of the badge's shadow DOM by its data-kl name (Playwright pierces the open shadow root). */
export function badgePart(page: Page, name: string): Locator {
  return page.locator(`${BADGE} [data-kl="${name}"]`);
}

/** Expands the badge (clicks the toggle until aria-expanded is "true"). */
export async function expandBadge(page: Page): Promise<void> {
  const toggle = badgePart(page, 'toggle');
  await toggle.waitFor({ state: 'visible', timeout: 10_000 });
  if ((await toggle.getAttribute('aria-expanded')) === 'true') {
    // Already open (the default can be expanded): close it first, so the click under test opens it.
    await toggle.click();
    await waitForAttribute(toggle, 'aria-expanded', 'false');
  }
  await toggle.click();
}

/** Polls an attribute of a locator until it has the value (a re-rendered element is found again). */
export async function waitForAttribute(loc: Locator, name: string, value: string, timeout = 5_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let last: string | null = null;
  while (Date.now() < deadline) {
    last = await loc.getAttribute(name, { timeout: 1_000 }).catch(() => null);
    if (last === value) return;
    await sleep(50);
  }
  throw new Error(`Timed out waiting for ${name}="${value}" (last: ${JSON.stringify(last)})`);
}

// ---------------------------------------------------------------------------------------------------
// Tabs, popup, settings
// ---------------------------------------------------------------------------------------------------

/**
 * The extension's tab id of a page. Tries chrome.tabs.query (the E2E build has host permissions for
 * 127.0.0.1, so tab URLs are visible), then asks each tab's content script for its state (kl:get-state)
 * and matches the URL. Give each page a distinct URL (e.g. a ?n= query) when several show one file.
 */
export async function tabIdOf(s: ExtensionSession, page: Page): Promise<number> {
  const url = page.url();
  const id = await s.extEval(async (u: string) => {
    const tabs = await chrome.tabs.query({});
    const direct = tabs.filter((t) => t.url === u);
    if (direct.length === 1 && direct[0]!.id !== undefined) return direct[0]!.id;
    for (const t of tabs) {
      if (t.id === undefined) continue;
      try {
        const st = (await chrome.tabs.sendMessage(t.id, { type: 'kl:get-state' })) as { url?: string } | undefined;
        if (st?.url === u) return t.id;
      } catch {
        // no content script in that tab
      }
    }
    return null;
  }, url);
  if (id === null || id === undefined) throw new Error(`No extension tab found for ${url}`);
  return id;
}

export interface TabStateLike {
  status: string;
  url: string;
  result: { jobType: string; posting: boolean; callCenter: boolean; postingClosed?: boolean } | null;
  error: string | null;
  /** How the page was read (the extraction step; 'main' is the fallback). */
  read?: { state: string; step: string | null; inFrame: boolean };
}

/** The content script's own account of a tab (protocol: kl:get-state), or null when none answers. */
export async function tabState(s: ExtensionSession, page: Page): Promise<TabStateLike | null> {
  const id = await tabIdOf(s, page).catch(() => null);
  if (id === null) return null;
  return s.extEval(async (tabId: number) => {
    try {
      return ((await chrome.tabs.sendMessage(tabId, { type: 'kl:get-state' })) as TabStateLike | undefined) ?? null;
    } catch {
      return null;
    }
  }, id);
}

/**
 * Waits until the content script reports one of the given statuses (protocol: kl:get-state). The quiet
 * mark carries no data-state, so this is how a test knows a quiet page has finished its analysis.
 */
export async function waitForTabStatus(
  s: ExtensionSession,
  page: Page,
  statuses: string[],
  { timeout = 30_000 }: { timeout?: number } = {},
): Promise<TabStateLike> {
  const deadline = Date.now() + timeout;
  let last: TabStateLike | null = null;
  for (;;) {
    last = await tabState(s, page).catch(() => null);
    if (last && statuses.includes(last.status)) return last;
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeout} ms waiting for tab status ${statuses.join('|')} on ${page.url()}; last: ${last ? last.status : 'no answer from the content script'}`);
    }
    await sleep(100);
  }
}

/** Opens popup.html for a given tab (?tab=<id>): a popup opened as a page would otherwise see itself. */
export async function openPopupFor(s: ExtensionSession, page: Page): Promise<Page> {
  const tabId = await tabIdOf(s, page);
  const popup = await s.context.newPage();
  await popup.goto(s.extUrl(`popup.html?tab=${tabId}`), { waitUntil: 'domcontentloaded' });
  return popup;
}

/** Reads the attributes of the first element matching a selector (e.g. the popup's verdict). */
export async function dataAttributes(loc: Locator): Promise<Record<string, string>> {
  return loc.evaluate((el) => {
    const out: Record<string, string> = {};
    for (const a of Array.from(el.attributes)) if (a.name.startsWith('data-')) out[a.name] = a.value;
    return out;
  });
}

/**
 * Runs in an extension context: merges fields into the stored settings. Settings live in storage.local and
 * are copied to sync; the newer savedAt wins, so both are patched, newer. (Self-contained: it is also sent
 * as source text by tests/e2e/unattached-browser.ts users.)
 */
export async function applySettingsPatch(p: Record<string, unknown>): Promise<void> {
  const local = (await chrome.storage.local.get('settings'))?.settings as Record<string, unknown> | undefined;
  const sync = chrome.storage.sync ? ((await chrome.storage.sync.get('settings'))?.settings as Record<string, unknown> | undefined) : undefined;
  const newer = (Number(sync?.savedAt) || 0) > (Number(local?.savedAt) || 0) ? sync : local;
  const next = { ...(newer ?? {}), ...p, savedAt: Date.now() };
  await chrome.storage.local.set({ settings: next });
  if (chrome.storage.sync) await chrome.storage.sync.set({ settings: next }).catch(() => undefined);
}

/** Merges fields into the stored settings (storage.sync, key "settings"); parseSettings fills the rest. */
export async function patchSettings(s: ExtensionSession, patch: Record<string, unknown>): Promise<void> {
  await s.extEval(applySettingsPatch, patch);
}

// ---------------------------------------------------------------------------------------------------
// Timing
// ---------------------------------------------------------------------------------------------------

export interface BadgeTimes {
  /** performance.now() at DOMContentLoaded (navigation timing). */
  dcl: number | null;
  /** performance.now() at the load event (navigation timing). */
  load: number | null;
  /** First appearance of the badge host, in any state. */
  first: number | null;
  provisional: number | null;
  final: number | null;
  error: number | null;
  states: [string | null, number][];
}

/** Init script (main world, every page): records when the badge appears and changes state. */
function recordBadgeTimes(): void {
  if (!/^https?:$/.test(location.protocol)) return;
  const t = { dcl: null as number | null, first: null as number | null, provisional: null as number | null, final: null as number | null, error: null as number | null, states: [] as [string | null, number][] };
  Object.defineProperty(window, '__klTimes', { value: t, configurable: true });
  let last: string | null | undefined;
  const check = () => {
    const el = document.querySelector('[data-kyujin-lens="badge"]');
    const s = el ? el.getAttribute('data-state') : null;
    if (!el || s === last) return;
    last = s;
    const now = performance.now();
    if (t.first === null) t.first = now;
    if (s === 'provisional' || s === 'final' || s === 'error') {
      if (t[s] === null) t[s] = now;
    }
    t.states.push([s, Math.round(now)]);
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-state', 'data-kyujin-lens'] });
}

export async function readTimes(page: Page): Promise<BadgeTimes> {
  return page.evaluate(() => {
    const t = (window as unknown as { __klTimes?: BadgeTimes }).__klTimes;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const dcl = nav ? nav.domContentLoadedEventStart : null;
    const load = nav && nav.loadEventStart > 0 ? nav.loadEventStart : null;
    return { ...(t ?? { first: null, provisional: null, final: null, error: null, states: [] }), dcl, load };
  });
}

// ---------------------------------------------------------------------------------------------------
// Network
// ---------------------------------------------------------------------------------------------------

/** Requests that went anywhere but the fixture server and this extension's own files. */
export function unexpectedRequests(s: ExtensionSession): { browser: BrowserRequest[]; proxied: ProxiedRequest[] } {
  const allowed = (u: string) =>
    u.startsWith(`${s.server.origin}/`) ||
    u.startsWith(`${s.extensionOrigin}/`) ||
    // Not network requests: in-memory documents and resources.
    u.startsWith('data:') ||
    u.startsWith('blob:') ||
    u === 'about:blank';
  return { browser: s.requests.filter((r) => !allowed(r.url)), proxied: [...s.proxy.requests] };
}

// ---------------------------------------------------------------------------------------------------
// A broken copy of the extension
// ---------------------------------------------------------------------------------------------------

/** Copies the build to a temp folder and truncates one dictionary file, so the tokenizer cannot load. */
export function brokenDictionaryCopy(extDir: string = EXT_DIR, file = 'tid.dat.gz'): { dir: string; cleanup(): void } {
  assertExtensionBuilt(extDir);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-e2e-broken-'));
  const dir = path.join(root, 'chrome-mv3');
  fs.cpSync(extDir, dir, { recursive: true });
  const target = path.join(dir, 'dict', file);
  const size = fs.statSync(target).size;
  // Keep the gzip header and a little data: a plausible download that stopped half-way.
  fs.truncateSync(target, Math.min(size - 1, Math.max(64, Math.floor(size / 2))));
  return { dir, cleanup: () => fs.rmSync(root, { recursive: true, force: true }) };
}

/**
 * Records every long task (over 50 ms) on each page's main thread, which content scripts share, from the
 * very start, into window.__longTasks as [startTime, duration]. Without the Long Tasks API the list stays
 * empty; tests that rely on it say what they measured.
 */
export async function observeLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __longTasks: [number, number][] };
    w.__longTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask', buffered: true });
    } catch (e) {
      console.warn('no Long Tasks API:', e);
    }
  });
}
