// 求人レンズ on hostile and awkward pages (issue #5): a strict Content-Security-Policy, built-ins replaced
// in the page's main world, pages that remove or hide foreign elements, a posting in an iframe, markup
// shown as text, a page trying to talk to the extension, and empty, image-only and ~2 MB pages.
// How to run: see the top of ./harness.ts (`npm run test:e2e`).
//
// Pages: tests/e2e/pages/hostile-*.html (our own invented text). Pages that need a response header or
// are generated (the CSP page's header, the empty, image-only and ~2 MB pages) come from a second
// server started here, also on 127.0.0.1 (the fixture server cannot set headers, and a 2 MB file does
// not belong in the repository).
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import {
  BADGE,
  assertExtensionBuilt,
  badgePart,
  e2eGate,
  expandBadge,
  launchExtension,
  readMarks,
  readTimes,
  sessions,
  tabIdOf,
  waitForBadge,
  waitForTabStatus,
  type ExtensionSession,
} from './harness';
import { PAGES_DIR, startFixtureServer, type FixtureServer } from './server';

const gate = e2eGate();

if (gate.failure) {
  it('has a Chromium to run the E2E suite with (required when CI is set)', () => {
    throw new Error(gate.failure);
  });
}

const FINAL_TIMEOUT = 30_000;
/** Statuses after which the content script has decided (kl:get-state). */
const SETTLED = ['final', 'not-posting', 'error', 'unreadable', 'off'];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------------
// A second local server: response headers and generated pages
// ---------------------------------------------------------------------------------------------------

interface SideRoute {
  body: () => string | Buffer;
  headers?: Record<string, string>;
}

interface SideServer {
  origin: string;
  url(p: string): string;
  requests: { method: string; url: string; status: number }[];
  close(): Promise<void>;
}

async function startSideServer(routes: Record<string, SideRoute>): Promise<SideServer> {
  const requests: SideServer['requests'] = [];
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://side.invalid').pathname;
    const route = routes[pathname];
    const rec = { method: req.method ?? '', url: req.url ?? '', status: route ? 200 : 404 };
    requests.push(rec);
    if (!route || (req.method !== 'GET' && req.method !== 'HEAD')) {
      rec.status = 404;
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    const body = route.body();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...route.headers });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  const sockets = new Set<Socket>();
  server.on('connection', (sk) => {
    sockets.add(sk);
    sk.on('close', () => sockets.delete(sk));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (p) => `${origin}/${p.replace(/^\/+/, '')}`,
    requests,
    close: () => {
      for (const sk of sockets) sk.destroy();
      return new Promise((r) => server.close(() => r()));
    },
  };
}

const STRICT_CSP = "default-src 'none'; style-src 'none'; script-src 'none'; img-src 'none'";

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// Filler prose for the long pages: an invented town's diary. No posting labels, no call-center words.
const FILLER = [
  '朝の川べりを歩くと、白い鷺が浅瀬で小さな魚を探していた',
  '商店街のパン屋の前には、焼き上がりを待つ人が三人ほど並んでいた',
  '図書館の窓ぎわの席は、午後になると日が差して少しまぶしい',
  '公園の藤棚の下で、近所の子どもたちがどんぐりを数えていた',
  '夕方の坂道からは、遠くの山の稜線がくっきりと見えた',
  '駅前の時計台は、今日も二分ほど進んでいるようだった',
  '雨上がりの歩道に、桜の花びらがまだらに貼りついていた',
  '古い橋の欄干には、昔の町の名前が小さく彫られている',
  '八百屋の店先に、つやのある茄子と胡瓜が山のように積まれていた',
  '夜になると、川の向こうの家々に一つずつ明かりがともった',
  '小学校の花壇では、ひまわりの芽が背比べをしている',
  '港の古い石垣に描かれた大きな魚の絵は、少し色があせてきた',
];

function fillerParagraphs(targetBytes: number, seed: number): string[] {
  const out: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    const sentences: string[] = [];
    for (let k = 0; k < 8; k++) sentences.push(`${FILLER[(i * 7 + k * 5 + seed) % FILLER.length]}（${i + 1}の${k + 1}）。`);
    const p = `<p>${sentences.join('')}</p>\n`;
    out.push(p);
    bytes += Buffer.byteLength(p);
  }
  return out;
}

const HUGE_BYTES = 2_000_000;

/** ~2 MB of prose with one labelled posting block in the middle. */
function hugeMiddlePage(): string {
  const half = fillerParagraphs(HUGE_BYTES / 2, 0);
  const other = fillerParagraphs(HUGE_BYTES / 2, 3);
  const posting = `
<section class="job" id="the-posting">
  <h2>【急募】光回線のご案内をするテレアポスタッフ（株式会社やまびこネット・架空）</h2>
  <dl>
    <dt>仕事内容</dt>
    <dd><p>ご家庭へ光回線のお乗り換えをご案内するお電話をかけるお仕事です。リストに沿って1日90件ほど架電し、ご契約の獲得を目指します。</p>
        <p>個人ごとに月15件の獲得ノルマがあり、成約1件ごとにインセンティブが付きます。</p></dd>
    <dt>給与</dt><dd>時給1,450円＋インセンティブ</dd>
    <dt>勤務地</dt><dd>長野県長野市南千歳9-9-9 やまびこビル5階</dd>
    <dt>勤務時間</dt><dd>10:00〜19:00（休憩60分）</dd>
    <dt>応募資格</dt><dd>テレアポの経験がある方歓迎。</dd>
  </dl>
</section>
`;
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>ひだまり町の日記（とても長いページ）</title></head><body>
<header><a href="/">ひだまり町の日記（架空）</a></header>
<main><h1>ひだまり町の日記（とても長いページ）</h1>
${half.join('')}${posting}${other.join('')}
</main><footer><small>このページは求人レンズのテスト用に作成した架空のものです。</small></footer></body></html>`;
}

/** ~2 MB posting: short fields first, then a 仕事内容 whose text goes on for ~2 MB (analysis is cut). */
function hugePostingPage(): string {
  const filler = fillerParagraphs(HUGE_BYTES, 5);
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>【受信専門】町の案内センター受付スタッフ｜ひだまり町サービス公社（架空）</title></head><body>
<header><a href="/">ひだまり求人（架空の求人サイト）</a></header>
<main><article class="job">
<h1>【受信専門】町の案内センター受付スタッフ</h1>
<p>ひだまり町サービス公社（架空） ／ アルバイト</p>
<dl>
  <dt>給与</dt><dd>時給1,150円、交通費支給</dd>
  <dt>勤務地</dt><dd>山形県山形市香澄町9-9-9 ひだまり会館1階</dd>
  <dt>勤務時間</dt><dd>9:00〜17:00（休憩60分）</dd>
  <dt>応募資格</dt><dd>未経験歓迎。</dd>
  <dt>仕事内容</dt>
  <dd><p>町の案内センターで、町民の方からのお電話を受けるお仕事です。受信専門のため、こちらから電話をかけることはありません。ノルマはありません。</p>
      <p>以下は、センターの窓から見える町の様子を先輩スタッフが書きためた日誌です（とても長いです）。</p>
      ${filler.join('')}</dd>
</dl>
</article></main>
<footer><small>この求人票は求人レンズのテスト用に作成した架空のものです。</small></footer></body></html>`;
}

const EMPTY_PAGE = '<!doctype html><html><head><meta charset="utf-8"><title></title></head><body></body></html>';

function imagesOnlyPage(): string {
  const colors = ['#c8e6c9', '#ffe0b2', '#bbdefb', '#f8bbd0', '#d1c4e9', '#fff9c4'];
  const imgs = colors
    .map((c, i) => {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="200"><rect width="320" height="200" fill="${c}"/><circle cx="${60 + i * 40}" cy="100" r="40" fill="#fff"/></svg>`;
      return `<img src="data:image/svg+xml,${encodeURIComponent(svg)}" width="320" height="200" alt="">`;
    })
    .join('\n');
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title></title></head><body>\n${imgs}\n</body></html>`;
}

// ---------------------------------------------------------------------------------------------------
// Page-side probes
// ---------------------------------------------------------------------------------------------------

interface PageRecord {
  errors: string[];
  consoleErrors: string[];
  dialogs: string[];
}

/** Records page errors, console errors/warnings and dialogs (dismissed at once) of one page. */
function record(page: Page): PageRecord {
  const r: PageRecord = { errors: [], consoleErrors: [], dialogs: [] };
  page.on('pageerror', (e) => r.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() !== 'error' && m.type() !== 'warning') return;
    const at = m.location().url;
    // The fixture server has no favicon: Chromium's own request for it is not the page's or ours.
    if (/\/favicon\.ico$/.test(at)) return;
    r.consoleErrors.push(`[${m.type()}] ${m.text()} (${at || 'no location'})`);
  });
  page.on('dialog', (d) => {
    r.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  return r;
}

/** Init script (main world): a setTimeout heartbeat; every gap over 50 ms is kept. */
function heartbeat(): void {
  const hb = { started: performance.now(), last: performance.now(), beats: 0, maxGap: 0, maxGapEnd: 0, gaps: [] as [number, number][] };
  Object.defineProperty(window, '__hb', { value: hb, configurable: true });
  const tick = () => {
    const now = performance.now();
    const gap = now - hb.last;
    if (gap > hb.maxGap) {
      hb.maxGap = gap;
      hb.maxGapEnd = now;
    }
    if (gap > 50) hb.gaps.push([Math.round(now - gap), Math.round(gap)]);
    hb.beats++;
    hb.last = now;
    setTimeout(tick, 10);
  };
  setTimeout(tick, 10);
}

/** Init script (main world): Content-Security-Policy violations reported on the page. */
function cspRecorder(): void {
  const list: string[] = [];
  Object.defineProperty(window, '__csp', { value: list, configurable: true });
  document.addEventListener('securitypolicyviolation', (e) => {
    list.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} ${e.sample ? `sample "${e.sample.slice(0, 60)}"` : ''} at ${e.sourceFile || '?'}:${e.lineNumber}`);
  });
}

interface HeartbeatReport {
  beats: number;
  maxGap: number;
  maxGapEnd: number;
  gaps: [number, number][];
  now: number;
}

/** Main-thread time lost to long tasks: the sum over heartbeat gaps of what exceeds 50 ms. */
const blockedMs = (hb: HeartbeatReport) => hb.gaps.reduce((sum, [, len]) => sum + Math.max(0, len - 50), 0);

const readHeartbeat = (page: Page): Promise<HeartbeatReport> =>
  page.evaluate(() => {
    const hb = (window as unknown as { __hb: Omit<HeartbeatReport, 'now'> }).__hb;
    return { beats: hb.beats, maxGap: Math.round(hb.maxGap), maxGapEnd: Math.round(hb.maxGapEnd), gaps: hb.gaps.slice(), now: Math.round(performance.now()) };
  });

interface ShadowBox {
  width: number;
  height: number;
  inViewport: boolean;
  hitIsBadge: boolean;
  position: string;
  display: string;
  text: string;
}

/** Size and visibility of the badge's shadow content (null when there is no badge host). */
async function badgeBox(page: Page): Promise<ShadowBox | null> {
  return page.evaluate((sel) => {
    const host = document.querySelector(sel);
    const root = host?.shadowRoot;
    if (!host || !root) return null;
    const section = root.querySelector('section') ?? root.firstElementChild;
    if (!section) return { width: 0, height: 0, inViewport: false, hitIsBadge: false, position: '', display: getComputedStyle(host).display, text: '' };
    const r = section.getBoundingClientRect();
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    const inViewport = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
    const hit = inViewport ? document.elementFromPoint(cx, cy) : null;
    return {
      width: Math.round(r.width),
      height: Math.round(r.height),
      inViewport,
      hitIsBadge: hit === host,
      position: getComputedStyle(section).position,
      display: getComputedStyle(host).display,
      text: (section.textContent ?? '').replace(/\s+/g, ' ').trim(),
    };
  }, BADGE);
}

/** What the content script reports (kl:get-state), with the parts of the result these tests read. */
interface FullTabState {
  status: string;
  url: string;
  error: string | null;
  result: {
    posting: boolean;
    jobType: string;
    quota: string;
    flags: { text: string; sentence: string }[];
    reasons: { id: string }[];
    meta: { truncated: boolean; analyzedLength: number; inputLength: number };
  } | null;
}

async function fullState(s: ExtensionSession, page: Page): Promise<FullTabState | null> {
  const id = await tabIdOf(s, page).catch(() => null);
  if (id === null) return null;
  return s.extEval(async (tabId: number) => {
    try {
      return ((await chrome.tabs.sendMessage(tabId, { type: 'kl:get-state' })) as FullTabState | undefined) ?? null;
    } catch {
      return null;
    }
  }, id);
}

async function settle(s: ExtensionSession, page: Page, timeout = FINAL_TIMEOUT): Promise<FullTabState> {
  await waitForTabStatus(s, page, SETTLED, { timeout });
  return (await fullState(s, page))!;
}

const ticks = (page: Page | Frame) => page.evaluate(() => (window as unknown as { __ticks?: number }).__ticks ?? -1);

/** The page's own timer keeps running: its counter goes up over `ms`. */
async function expectTicking(page: Page, label: string, ms = 600): Promise<[number, number]> {
  const a = await ticks(page);
  await sleep(ms);
  const b = await ticks(page);
  expect(a, `${label}: the page's own counter exists`).toBeGreaterThanOrEqual(0);
  expect(b, `${label}: the page's own counter keeps ticking`).toBeGreaterThan(a);
  return [a, b];
}

/**
 * Writes settings the way the extension's own saveSettings does: into storage.local and storage.sync,
 * with a newer savedAt. (harness.patchSettings writes storage.sync only and keeps the old savedAt, so
 * once the content script has saved anything, e.g. the badge's expanded state, the local copy is newer
 * and the patch is ignored.)
 */
async function writeSettings(s: ExtensionSession, patch: Record<string, unknown>): Promise<void> {
  await s.extEval(async (p: Record<string, unknown>) => {
    const [l, y] = await Promise.all([chrome.storage.local.get('settings'), chrome.storage.sync.get('settings')]);
    const at = (v: unknown) => ((v as { savedAt?: number } | undefined)?.savedAt ?? 0);
    const cur = (at(y?.settings) > at(l?.settings) ? y?.settings : (l?.settings ?? y?.settings)) as Record<string, unknown> | undefined;
    const next = { ...(cur ?? {}), ...p, savedAt: Math.max(Date.now(), at(l?.settings) + 1, at(y?.settings) + 1) };
    await chrome.storage.local.set({ settings: next });
    await chrome.storage.sync.set({ settings: next });
  }, patch);
}

/** A folder with an extension that does nothing (a service worker only): the no-extension baseline. */
function idleExtension(): { dir: string; cleanup(): void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-e2e-idle-'));
  fs.writeFileSync(path.join(root, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'idle baseline', version: '1.0', background: { service_worker: 'sw.js' } }));
  fs.writeFileSync(path.join(root, 'sw.js'), '// nothing\n');
  return { dir: root, cleanup: () => fs.rmSync(root, { recursive: true, force: true }) };
}

// ---------------------------------------------------------------------------------------------------

describe.skipIf(!gate.run)('求人レンズ on hostile and awkward pages (E2E)', () => {
  let server: FixtureServer;
  let side: SideServer;
  let s: ExtensionSession;
  const pageFile = (f: string) => () => fs.readFileSync(path.join(PAGES_DIR, f));
  const hugeMiddle = hugeMiddlePage();
  const hugePosting = hugePostingPage();
  const figures: string[] = [];

  beforeAll(async () => {
    assertExtensionBuilt();
    server = await startFixtureServer();
    side = await startSideServer({
      '/hostile-csp.html': { body: pageFile('hostile-csp.html'), headers: { 'content-security-policy': STRICT_CSP } },
      '/side-empty.html': { body: () => EMPTY_PAGE },
      '/side-images-only.html': { body: imagesOnlyPage },
      '/side-huge-middle.html': { body: () => hugeMiddle },
      '/side-huge-posting.html': { body: () => hugePosting },
    });
    s = await launchExtension({ server });
  });
  afterAll(async () => {
    await s?.close();
    await side?.close();
    await server?.close();
    if (figures.length) console.log(['', '── 求人レンズ robustness figures ──', ...figures, ''].join('\n'));
  });

  /** A new tab with the given init scripts, then the URL. */
  async function openWith(url: string, inits: (() => void)[] = []): Promise<{ page: Page; rec: PageRecord }> {
    const page = await s.context.newPage();
    const rec = record(page);
    for (const f of inits) await page.addInitScript(f);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    return { page, rec };
  }

  // 1 ------------------------------------------------------------------------------------------------
  it('strict CSP (default-src/style-src/script-src/img-src none): final badge, visible, no CSP violation', async () => {
    const page = await s.context.newPage();
    const rec = record(page);
    await page.addInitScript(cspRecorder);
    const res = await page.goto(side.url('hostile-csp.html'), { waitUntil: 'domcontentloaded' });
    expect(res?.headers()['content-security-policy'], 'the page is served with the strict policy').toBe(STRICT_CSP);

    let badgeError: string | null = null;
    const badge = await waitForBadge(page, 'final', { timeout: FINAL_TIMEOUT }).catch((e: Error) => {
      badgeError = e.message;
      return null;
    });
    const box = await badgeBox(page);
    const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp.slice());
    const h1 = await page.locator('h1').first().textContent();
    const outcome = badge && box && box.width > 0 && box.height > 0 ? 'badge shown' : 'NO visible badge';
    figures.push(
      `CSP page: ${outcome}; badge ${badge ? JSON.stringify(badge.attributes) : badgeError}; shadow box ${box ? `${box.width}×${box.height} position:${box.position} in viewport:${box.inViewport} hit-test:${box.hitIsBadge}` : 'none'}; ` +
        `CSP violations ${violations.length}${violations.length ? `: ${violations.join(' | ')}` : ''}`,
    );

    // The page is not broken either way.
    expect(h1, 'the page still shows its own content').toContain('家電修理');
    expect(rec.errors, 'no errors thrown into the page').toEqual([]);
    // Expected: the badge works under the strict policy (content scripts are not bound by the page's CSP).
    expect(badgeError, 'a final badge appeared').toBeNull();
    expect(badge!.jobType).toBe('inbound');
    expect(box, 'the badge has shadow content').not.toBeNull();
    expect(box!.width, 'shadow content width').toBeGreaterThan(0);
    expect(box!.height, 'shadow content height').toBeGreaterThan(0);
    expect(box!.position, "the badge's own stylesheet applied (style-src 'none' did not strip it)").toBe('fixed');
    expect(box!.inViewport && box!.hitIsBadge, 'the badge is on screen and on top').toBe(true);
    expect(violations, 'the extension caused no CSP violation report on the page').toEqual([]);
    expect(rec.consoleErrors, 'no console errors on the page').toEqual([]);
    await page.close();
  });

  // 2 ------------------------------------------------------------------------------------------------
  it('page replaced Array.prototype.map, JSON, MutationObserver, Promise, attachShadow, pushState: badge works, page works', async () => {
    const { page, rec } = await openWith(server.url('hostile-builtins.html'));
    expect(await page.evaluate(() => (window as unknown as { __overridden?: boolean }).__overridden), "the page's overrides ran first").toBe(true);
    // The overrides really are in place in the main world.
    const broken = await page.evaluate(() => {
      const tries: Record<string, string> = {};
      const t = (name: string, f: () => unknown) => {
        try {
          f();
          tries[name] = 'ok';
        } catch (e) {
          tries[name] = `threw: ${(e as Error).message}`;
        }
      };
      t('map', () => [1].map((x) => x));
      t('JSON.parse', () => JSON.parse('{}'));
      t('MutationObserver', () => new MutationObserver(() => undefined));
      t('attachShadow', () => document.createElement('div').attachShadow({ mode: 'open' }));
      return tries;
    });
    for (const k of ['map', 'JSON.parse', 'MutationObserver', 'attachShadow']) expect(broken[k], k).toMatch(/^threw: page:/);

    const b = await waitForBadge(page, 'final', { timeout: FINAL_TIMEOUT });
    expect(b.jobType).toBe('outbound');
    expect(b.quota).toBe('stated');
    const box = await badgeBox(page);
    expect(box && box.width > 0 && box.height > 0, 'the badge has visible shadow content').toBe(true);
    // The badge still opens (Preact and the shadow root live in the isolated world).
    await expandBadge(page);
    await expect.poll(() => badgePart(page, 'reason').count(), { timeout: 5_000 }).toBeGreaterThan(0);

    // The page's own script keeps working: its counter, and its wrapped pushState.
    const [a, z] = await expectTicking(page, 'hostile-builtins');
    await page.locator('#tab-detail').click();
    expect(await page.evaluate(() => (window as unknown as { __pageLog: string[] }).__pageLog)).toContain('pushState ?tab=detail');
    expect(new URL(page.url()).search).toBe('?tab=detail');
    // After the URL change the extension reads the page again: still one final badge with the verdict.
    await sleep(800);
    const after = await waitForBadge(page, 'final', { timeout: FINAL_TIMEOUT });
    expect(after.jobType).toBe('outbound');
    expect((await readMarks(page)).count, 'one mark on the page').toBe(1);
    figures.push(`built-ins replaced: badge ${b.state}/${b.jobType}; page counter ${a} → ${z}; page log ${JSON.stringify(await page.evaluate(() => (window as unknown as { __pageLog: string[] }).__pageLog))}`);
    expect(rec.errors, 'no errors thrown into the page').toEqual([]);
    expect(rec.consoleErrors, 'no console errors on the page').toEqual([]);
    await page.close();
  });

  // 3 ------------------------------------------------------------------------------------------------
  it('page that removes unknown elements every 100 ms: the extension fails quietly, the page keeps working', async () => {
    const { page, rec } = await openWith(server.url('hostile-remover.html'));
    const st = await settle(s, page);
    expect(st.status, 'the content script finished its analysis').toBe('final');
    expect(st.result?.jobType).toBe('mixed');
    // Long enough for any re-adding to run its course.
    await sleep(3_000);
    const [a, z] = await expectTicking(page, 'hostile-remover');
    const removed = await page.evaluate(() => (window as unknown as { __removed: string[] }).__removed.slice());
    const ours = removed.filter((t) => t === 'kyujin-lens-badge').length;
    const marks = await readMarks(page);
    const stLater = await fullState(s, page);
    figures.push(
      `remover page: the page removed the badge ${ours} time(s) (other removals: ${removed.length - ours}); badge ${marks.badge ? `survives (${marks.badge.state})` : 'does NOT survive'}; ` +
        `kl:get-state still ${stLater?.status}/${stLater?.result?.jobType} (the popup can show it); page counter ${a} → ${z}`,
    );
    expect(ours, 'the badge is re-added a few times at most, never a tug of war').toBeLessThanOrEqual(4);
    expect(removed.length - ours, 'the extension added nothing else to the page').toBe(0);
    expect(stLater?.status, 'the verdict is still there for the popup').toBe('final');
    expect(await page.locator('h1').first().textContent()).toContain('カスタマーセンター');
    expect(rec.errors, 'no errors thrown into the page').toEqual([]);
    expect(rec.consoleErrors, 'no console errors on the page').toEqual([]);
    await page.close();
  });

  it('page that hides every element not its own (* { display:none !important }): fails quietly, page keeps working', async () => {
    const { page, rec } = await openWith(server.url('hostile-hider.html'));
    const st = await settle(s, page);
    expect(st.status).toBe('final');
    expect(st.result?.jobType).toBe('sales');
    await sleep(1_000);
    const [a, z] = await expectTicking(page, 'hostile-hider');
    const marks = await readMarks(page);
    const box = await badgeBox(page);
    const ownVisible = await page.locator('h1').first().isVisible();
    figures.push(
      `hider page: badge host ${marks.badge ? `present (${marks.badge.state}, ${marks.badge.jobType})` : 'absent'}; ` +
        `display:${box?.display ?? '-'}; shadow box ${box ? `${box.width}×${box.height}` : 'none'} → badge ${box && box.width > 0 ? 'visible' : 'NOT visible (hidden by the page)'}; page counter ${a} → ${z}`,
    );
    expect(ownVisible, "the page's own content is still shown").toBe(true);
    expect(marks.count, 'at most one mark on the page').toBeLessThanOrEqual(1);
    expect(rec.errors, 'no errors thrown into the page').toEqual([]);
    expect(rec.consoleErrors, 'no console errors on the page').toEqual([]);
    await page.close();
  });

  // 4 ------------------------------------------------------------------------------------------------
  it('markup shown as text in a posting: no dialog, nothing re-executed, reasons show the markup literally', async () => {
    const { page, rec } = await openWith(server.url('hostile-markup.html'));
    const b = await waitForBadge(page, 'final', { timeout: FINAL_TIMEOUT });
    expect(b.jobType).toBe('inbound');
    await expandBadge(page);
    await expect.poll(() => badgePart(page, 'reason').count(), { timeout: 5_000 }).toBeGreaterThan(0);
    const reasons = await badgePart(page, 'reason').allTextContents();
    const shadow = await page.evaluate((sel) => {
      const root = document.querySelector(sel)!.shadowRoot!;
      return { tags: Array.from(root.querySelectorAll('img, script, iframe, object, embed')).map((e) => e.tagName.toLowerCase()) };
    }, BADGE);
    // Use the badge's tools too: highlight on/off and a reason click must not bring the markup to life.
    const hl = badgePart(page, 'highlight');
    if (await hl.count()) {
      await hl.click();
      await hl.click();
    }
    const withMarkup = badgePart(page, 'reason').filter({ hasText: '<script>' });
    if (await withMarkup.count()) await withMarkup.first().click();
    await sleep(1_000);
    const pwned = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      runs: (window as unknown as { __postingScriptRuns?: number }).__postingScriptRuns,
    }));
    figures.push(`markup page: reasons ${JSON.stringify(reasons.map((r) => r.slice(0, 90)))}; elements in the shadow root: ${JSON.stringify(shadow.tags)}; dialogs ${rec.dialogs.length}; __pwned ${String(pwned.pwned)}`);
    expect(rec.dialogs, 'no dialog fired').toEqual([]);
    expect(pwned.pwned, 'window.__pwned stays undefined').toBeUndefined();
    expect(pwned.runs, "the posting's own script ran exactly once").toBe(1);
    expect(shadow.tags, 'no element made from the markup inside the badge').toEqual([]);
    expect(reasons.some((r) => r.includes('<img src=x onerror=alert(1)>')), 'a reason shows <img src=x onerror=alert(1)> as text').toBe(true);
    expect(reasons.some((r) => r.includes('<script>window.__pwned=1</script>')), 'a reason shows <script>…</script> as text').toBe(true);
    expect(server.requests.some((r) => r.url === '/x' || r.url.startsWith('/x?')), 'nothing requested the <img src=x> of the text').toBe(false);
    expect(rec.errors).toEqual([]);
    await page.close();
  });

  describe('a posting inside a same-origin iframe', () => {
    let page: Page;
    let rec: PageRecord;
    let frame: Frame;
    beforeAll(async () => {
      ({ page, rec } = await openWith(server.url('hostile-iframe.html')));
      await page.waitForLoadState('load');
      frame = page.frames().find((f) => f.url().includes('hostile-markup.html?framed=1'))!;
    });
    afterAll(async () => {
      await page?.close();
    });

    it('no dialog, window.__pwned undefined in the page and the frame, the framed script ran once', async () => {
      expect(frame, 'the frame loaded').toBeTruthy();
      await sleep(3_000);
      const top = await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
      const inner = await frame.evaluate(() => ({ pwned: (window as unknown as { __pwned?: unknown }).__pwned, runs: (window as unknown as { __postingScriptRuns?: number }).__postingScriptRuns }));
      expect(rec.dialogs).toEqual([]);
      expect(top).toBeUndefined();
      expect(inner.pwned).toBeUndefined();
      expect(inner.runs).toBe(1);
      expect(rec.errors).toEqual([]);
    });

    it('the framed posting gets a final badge (in the page or in the frame) whose reasons show the markup as text', async () => {
      const topState = await fullState(s, page);
      const where = async () => {
        const [t, f] = await Promise.all([readMarks(page).catch(() => null), frame.evaluate(() => !!document.querySelector('[data-kyujin-lens="badge"]')).catch(() => false)]);
        return { top: t?.badge?.state ?? null, frame: f };
      };
      const deadline = Date.now() + 15_000;
      let seen = await where();
      while (!seen.top && !seen.frame && Date.now() < deadline) {
        await sleep(250);
        seen = await where();
      }
      const frameHasBadge = seen.frame;
      const manifest = JSON.parse(fs.readFileSync(path.join(s.extDir, 'manifest.json'), 'utf8')) as { content_scripts?: { all_frames?: boolean }[] };
      const allFrames = (manifest.content_scripts ?? []).map((c) => c.all_frames ?? false);
      figures.push(
        `iframe page: top document content script says ${topState ? `${topState.status}` : 'nothing'}; badge in top document: ${seen.top ?? 'none'}; badge in the frame: ${frameHasBadge ? 'yes' : 'none'}; ` +
          `manifest content_scripts all_frames: ${JSON.stringify(allFrames)}`,
      );
      expect(seen.top !== null || frameHasBadge, 'a badge for the framed posting, in the page or in the frame').toBe(true);
      // Whichever document holds it, its reasons show the markup literally.
      const holder: Page | Frame = frameHasBadge ? frame : page;
      await holder.locator(`${BADGE}[data-state="final"]`).waitFor({ state: "attached", timeout: FINAL_TIMEOUT }); // the host has no box of its own (its content is position:fixed)
      const toggle = holder.locator(`${BADGE} [data-kl="toggle"]`);
      if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
      const reasons = await holder.locator(`${BADGE} [data-kl="reason"]`).allTextContents();
      expect(reasons.some((r) => r.includes('<img src=x onerror=alert(1)>'))).toBe(true);
      expect(rec.dialogs).toEqual([]);
    });
  });

  // 5 ------------------------------------------------------------------------------------------------
  it('a web page cannot talk to the extension: no chrome.runtime messaging, postMessage tricks give no verdict', async () => {
    const { page, rec } = await openWith(server.url('hostile-messenger.html'));
    const st = await settle(s, page);
    expect(st.status, 'the content script read the page (a library newsletter, not a posting)').toBe('not-posting');
    // The page sends its tricks at 0, 0.5 and 1.5 s; give the extension time to (not) react.
    await sleep(2_500);
    const probe = await page.evaluate(() => (window as unknown as { __probe: Record<string, unknown> }).__probe);
    const direct = await page.evaluate(async (extId: string) => {
      const out: Record<string, string> = {};
      const c = (window as unknown as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => unknown; connect?: (...a: unknown[]) => unknown; lastError?: { message?: string } } } }).chrome;
      out.runtime = typeof c?.runtime;
      if (c?.runtime?.sendMessage) {
        out.sendMessage = await new Promise<string>((resolve) => {
          try {
            c.runtime!.sendMessage!(extId, { type: 'kl:analyze', text: '発信業務 テレアポ 架電 ノルマあり', sensitivity: 'standard', userKeywords: [], categories: {} }, (r: unknown) => {
              const err = c.runtime!.lastError;
              resolve(err ? `failed: ${err.message}` : `ANSWERED: ${String(r)}`);
            });
          } catch (e) {
            resolve(`threw: ${(e as Error).message}`);
          }
          setTimeout(() => resolve('no answer within 3 s'), 3_000);
        });
      } else out.sendMessage = 'not available';
      for (const file of ['manifest.json', 'background.js', 'dict/base.dat.gz']) {
        try {
          const r = await fetch(`chrome-extension://${extId}/${file}`);
          out[`fetch ${file}`] = `READ (status ${r.status})`;
        } catch (e) {
          out[`fetch ${file}`] = `failed: ${(e as Error).message}`;
        }
      }
      return out;
    }, s.extensionId);
    const marks = await readMarks(page);
    const after = await fullState(s, page);
    figures.push(`messenger page: page script saw ${JSON.stringify(probe)}; direct attempts ${JSON.stringify(direct)}; marks on page ${marks.count}; content script still ${after?.status}`);
    expect(['no chrome object', 'undefined']).toContain(probe.runtime);
    expect(['no chrome object', 'undefined']).toContain(probe.storage);
    expect(direct.runtime === 'undefined' || /^(failed|threw|no answer)/.test(direct.sendMessage!), `runtime.sendMessage to the extension: ${direct.sendMessage}`).toBe(true);
    for (const file of ['manifest.json', 'background.js', 'dict/base.dat.gz']) expect(direct[`fetch ${file}`], `page reads chrome-extension://…/${file}`).toMatch(/^failed/);
    expect(marks.count, 'no badge and no quiet mark: the postMessage tricks produced no verdict').toBe(0);
    expect(after?.status).toBe('not-posting');
    expect(after?.result?.posting ?? false).toBe(false);
    expect(rec.errors).toEqual([]);
    await page.close();
  });

  it("a web page cannot read the extension's settings (no storage access, nothing in the page's own storage or DOM)", async () => {
    const secret = 'ヒミツノ合言葉テスト';
    await writeSettings(s, { userKeywords: [{ text: secret, category: 'outbound', weight: 2 }], lang: 'en' });
    try {
      const { page, rec } = await openWith(server.url('load-posting.html?v=6&settings=1'));
      await waitForBadge(page, 'final', { timeout: FINAL_TIMEOUT });
      // The English labels show the settings did reach the content script …
      await expect.poll(async () => (await badgeBox(page))?.text ?? '', { timeout: 5_000 }).toMatch(/Kyujin Lens/);
      // … and nothing of them reaches the page.
      const seen = await page.evaluate(async (needle: string) => {
        const c = (window as unknown as { chrome?: Record<string, unknown> }).chrome;
        const texts: string[] = [];
        const walk = (root: Document | ShadowRoot) => {
          texts.push(root instanceof Document ? root.documentElement.outerHTML : root.innerHTML);
          root.querySelectorAll('*').forEach((el) => el.shadowRoot && walk(el.shadowRoot));
        };
        walk(document);
        const store = (st: Storage) => Array.from({ length: st.length }, (_, i) => `${st.key(i)}=${st.getItem(st.key(i)!)}`).join('\n');
        const dbs = indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name ?? '') : [];
        const caches = 'caches' in window ? await window.caches.keys() : [];
        const all = [texts.join('\n'), store(localStorage), store(sessionStorage), document.cookie, dbs.join(','), caches.join(',')].join('\n');
        return {
          storage: typeof c?.storage,
          runtime: typeof c?.runtime,
          secretFound: all.includes(needle),
          settingsWords: /userKeywords|hideQuietMark|"sensitivity"/.test(all),
          localStorageKeys: localStorage.length,
          sessionStorageKeys: sessionStorage.length,
          dbs,
          caches,
        };
      }, secret);
      figures.push(`settings probe: ${JSON.stringify(seen)}`);
      expect(seen.storage).toBe('undefined');
      expect(seen.runtime).toBe('undefined');
      expect(seen.secretFound, 'the user keyword is nowhere the page can read').toBe(false);
      expect(seen.settingsWords, 'no settings object is written into the page').toBe(false);
      expect(seen.localStorageKeys + seen.sessionStorageKeys).toBe(0);
      expect(seen.dbs).toEqual([]);
      expect(rec.errors).toEqual([]);
      await page.close();
    } finally {
      await writeSettings(s, { userKeywords: [], lang: 'ja' });
    }
  });

  // 6 ------------------------------------------------------------------------------------------------
  describe('empty, image-only and ~2 MB pages: the extension finishes and the page stays responsive', () => {
    const rows: string[] = [];
    afterAll(() => {
      console.log(['', '── 求人レンズ responsiveness (setTimeout heartbeat every 10 ms, main world) ──', ...rows, ''].join('\n'));
    });

    async function run(url: string, label: string) {
      const { page, rec } = await openWith(url, [heartbeat]);
      const t0 = Date.now();
      const st = await settle(s, page, 60_000);
      const settledMs = Date.now() - t0;
      // The heartbeat keeps firing after the extension is done.
      const hb1 = await readHeartbeat(page);
      await sleep(1_000);
      const hb2 = await readHeartbeat(page);
      const times = await readTimes(page);
      const marks = await readMarks(page);
      const box = await badgeBox(page);
      const top = [...hb2.gaps].sort((a, b) => b[1] - a[1]).slice(0, 4);
      const since = (x: number | null) => (x === null || times.dcl === null ? '—' : `${Math.round(x - times.dcl)} ms`);
      rows.push(
        `${label.padEnd(34)} status ${st.status.padEnd(11)} settled after ${String(settledMs).padStart(5)} ms · longest heartbeat gap ${String(hb2.maxGap).padStart(5)} ms ` +
          `(ended at ${hb2.maxGapEnd} ms; DCL at ${times.dcl === null ? '—' : Math.round(times.dcl)} ms) · blocked ${blockedMs(hb2)} ms in all · gaps>50ms [start,len]: ${JSON.stringify(top)} · ` +
          `beats +${hb2.beats - hb1.beats}/s after · badge ${marks.badge ? `${marks.badge.state}/${marks.badge.jobType}` : marks.quiet ? 'quiet mark' : 'none'} (final at ${since(times.final)})` +
          (st.result ? ` · analyzed ${st.result.meta.analyzedLength}/${st.result.meta.inputLength} chars, truncated ${st.result.meta.truncated}` : ''),
      );
      expect(hb2.beats - hb1.beats, `${label}: the page's timers keep firing after the analysis`).toBeGreaterThan(20);
      expect(hb2.maxGap, `${label}: the page never froze for 10 s`).toBeLessThan(10_000);
      expect(rec.errors, `${label}: no errors thrown into the page`).toEqual([]);
      return { page, rec, st, marks, box, hb: hb2 };
    }

    it('empty page: not a posting, no mark', async () => {
      const r = await run(side.url('side-empty.html'), 'empty page');
      expect(r.st.status).toBe('not-posting');
      expect(r.marks.count).toBe(0);
      await r.page.close();
    });

    it('a page with only images: not a posting, no mark', async () => {
      const r = await run(side.url('side-images-only.html'), 'images only');
      expect(r.st.status).toBe('not-posting');
      expect(r.marks.count).toBe(0);
      await r.page.close();
    });

    it('~2 MB of prose with a posting in the middle: final verdict of that posting; the notice if truncated', async () => {
      const r = await run(side.url('side-huge-middle.html'), `~2 MB, posting in the middle (${(Buffer.byteLength(hugeMiddle) / 1e6).toFixed(2)} MB)`);
      expect(r.st.status).toBe('final');
      expect(r.marks.badge?.state).toBe('final');
      expect(r.marks.badge?.jobType).toBe('outbound');
      if (r.st.result!.meta.truncated) expect(r.box?.text, 'a truncated result says so on the badge').toContain('長いため一部のみ分析');
      else expect(r.box?.text ?? '').not.toContain('長いため一部のみ分析');
      await r.page.close();
    });

    it('~2 MB posting (its own text is cut at 100,000 characters): the badge says only part was read', async () => {
      const r = await run(side.url('side-huge-posting.html'), `~2 MB posting (${(Buffer.byteLength(hugePosting) / 1e6).toFixed(2)} MB)`);
      expect(r.st.status).toBe('final');
      expect(r.st.result!.meta.truncated, 'meta.truncated').toBe(true);
      expect(r.marks.badge?.jobType).toBe('inbound');
      expect(r.box?.text, 'the badge shows 「長いため一部のみ分析」').toContain('長いため一部のみ分析');
      await r.page.close();
    });

    it('baseline: the same ~2 MB pages without 求人レンズ (an idle extension), for comparison', async () => {
      const idle = idleExtension();
      const b = await launchExtension({ server, extDir: idle.dir });
      try {
        for (const [file, label] of [
          ['side-huge-middle.html', 'BASELINE ~2 MB, posting in middle'],
          ['side-huge-posting.html', 'BASELINE ~2 MB posting'],
        ] as const) {
          const page = await b.context.newPage();
          await page.addInitScript(heartbeat);
          await page.goto(side.url(file), { waitUntil: 'load' });
          await sleep(1_500);
          const hb = await readHeartbeat(page);
          const dcl = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart);
          const top = [...hb.gaps].sort((x, y) => y[1] - x[1]).slice(0, 4);
          rows.push(`${label.padEnd(34)} (no 求人レンズ) longest heartbeat gap ${String(hb.maxGap).padStart(5)} ms (ended at ${hb.maxGapEnd} ms; DCL at ${Math.round(dcl)} ms) · blocked ${blockedMs(hb)} ms in all · gaps>50ms [start,len]: ${JSON.stringify(top)}`);
          await page.close();
        }
      } finally {
        await b.close();
        idle.cleanup();
      }
    });
  });

  // -------------------------------------------------------------------------------------------------
  it('nothing left the machine: only the two local servers and chrome-extension://<id>/ were requested', () => {
    const mine = sessions.filter((x) => x.server === server);
    expect(mine.length).toBeGreaterThan(0);
    for (const x of mine) {
      const allowed = (u: string) =>
        u.startsWith(`${server.origin}/`) ||
        u.startsWith(`${side.origin}/`) ||
        u.startsWith(`${x.extensionOrigin}/`) ||
        u.startsWith('data:') ||
        u.startsWith('blob:') ||
        u === 'about:blank' ||
        // Chromium's stand-in URL for a web page's blocked load of an extension file (the messenger
        // page's fetch of chrome-extension://<id>/manifest.json …): refused, never sent anywhere.
        u === 'chrome-extension://invalid/';
      expect(x.requests.filter((r) => !allowed(r.url)).map((r) => `${r.method} ${r.url}`)).toEqual([]);
      expect(x.proxy.requests.map((r) => `${r.method} ${r.target}`), 'requests that reached the trap proxy').toEqual([]);
    }
    const files = new Set(fs.readdirSync(PAGES_DIR).map((f) => `/${f}`));
    const odd = server.requests.filter((r) => r.method !== 'GET' || !(files.has(r.url.split('?')[0]!) || r.url === '/favicon.ico'));
    expect(odd.map((r) => `${r.method} ${r.url}`), 'the fixture server only served its pages').toEqual([]);
    const sideOdd = side.requests.filter((r) => r.status !== 200 && r.url !== '/favicon.ico');
    expect(sideOdd.map((r) => `${r.method} ${r.url}`), 'the side server only served its pages').toEqual([]);
  });
});
