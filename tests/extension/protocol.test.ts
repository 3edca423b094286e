// The message contract (lib/extension/protocol.ts): the receiving end's checks, who may send what, and
// typed sending. A malformed message gets a BadMessage answer and a console line, never a throw.
import { describe, expect, it } from 'vitest';
import { ask, checkRequest, checkResponse, CHECKS, onGetState, onHighlight, onSite, receiver, SENDERS, siteAnswer, tabStateAnswer, type MessageType, type TabState } from '../../lib/extension/protocol';
import { DEFAULT_SETTINGS } from '../../lib/extension/settings';

const OWN = 'our-extension-id';
const job = { text: '受信のお仕事', sensitivity: 'standard', userKeywords: [], categories: DEFAULT_SETTINGS.categories };
const historyEntry = {
  id: 'indeed:1', title: '受信オペレーター', company: null, site: 'indeed', url: 'https://jp.indeed.com/viewjob?jk=1', jobId: '1', seenAt: 1, pay: null,
  verdict: { jobType: 'inbound', difficulty: 2, stress: 2, quota: 'absent', callCenter: true, confidence: 0.8, incentive: false, reasons: [], questions: [] },
};
const state: TabState = {
  status: 'final', url: 'https://x.example/', host: 'x.example', result: null, error: null, highlight: false, cards: [], longestCardSliceMs: 0,
  problem: null, report: null, read: { state: 'posting', step: 'generic', inFrame: false }, filter: null,
};

function listen() {
  const lines: string[] = [];
  const seen: string[] = [];
  const listener = receiver(
    OWN,
    {
      'kl:get-state': onGetState(() => state),
      'kl:highlight': onHighlight((r) => ({ ...state, highlight: r.on })),
      'kl:site': onSite((r) => {
        seen.push(r.origin);
        if (r.origin === 'https://boom.example') throw new Error('boom');
        return { ok: true };
      }),
    },
    (what) => lines.push(what),
  );
  return { listener, lines, seen };
}

describe('message contract: requests', () => {
  it('accepts well-formed requests of every type', () => {
    const good: Record<MessageType, unknown> = {
      'kl:analyze': { type: 'kl:analyze', ...job },
      'kl:offscreen-analyze': { type: 'kl:offscreen-analyze', ...job, categories: {}, idleMs: 120_000 },
      'kl:host-idle': { type: 'kl:host-idle' },
      'kl:tab-verdict': { type: 'kl:tab-verdict', status: 'final', jobType: 'outbound', stress: 4, lang: 'ja' },
      'kl:get-state': { type: 'kl:get-state' },
      'kl:highlight': { type: 'kl:highlight', on: true },
      'kl:site': { type: 'kl:site', origin: 'https://a.example', on: true, tabId: 7 },
      'kl:filter-show-all': { type: 'kl:filter-show-all', on: false },
      'kl:history-record': { type: 'kl:history-record', entry: historyEntry },
      'kl:open-settings': { type: 'kl:open-settings' },
    };
    for (const type of Object.keys(SENDERS) as MessageType[]) expect(checkRequest(type, good[type]), type).toMatchObject({ ok: true });
  });

  it.each([
    ['text missing', { ...job, text: undefined }, /text/],
    ['an unknown sensitivity', { ...job, sensitivity: 'max' }, /sensitivity/],
    ['keywords not a list', { ...job, userKeywords: 'テレアポ' }, /userKeywords/],
    ['a keyword without a weight', { ...job, userKeywords: [{ text: 'x', category: 'quota' }] }, /userKeywords/],
    ['a keyword of an unknown category', { ...job, userKeywords: [{ text: 'x', category: 'nope', weight: 1 }] }, /userKeywords/],
    ['categories not an object', { ...job, categories: null }, /categories/],
    ['a category set to a string', { ...job, categories: { quota: 'yes' } }, /categories\.quota/],
    ['an unknown category', { ...job, categories: { bogus: true } }, /categories\.bogus/],
  ])('refuses kl:analyze with %s', (_name, fields, problem) => {
    const r = checkRequest('kl:analyze', { type: 'kl:analyze', ...fields });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatch(problem);
  });

  it('kl:offscreen-analyze carries the idle time: milliseconds or null (never), nothing else', () => {
    const req = (idleMs: unknown) => checkRequest('kl:offscreen-analyze', { type: 'kl:offscreen-analyze', ...job, idleMs });
    expect(req(null).ok).toBe(true);
    expect(req(0).ok).toBe(true);
    for (const bad of [undefined, -1, '120000', Number.NaN]) expect(req(bad), String(bad)).toMatchObject({ ok: false, problem: expect.stringMatching(/idleMs/) });
    expect(checkResponse('kl:host-idle', { closed: true })).toMatchObject({ ok: true });
    expect(checkResponse('kl:host-idle', { closed: 'yes' })).toMatchObject({ ok: false });
  });

  it('kl:tab-verdict: a tab status, a job type and stress 1–5 (or null), ja or en', () => {
    const req = (f: Record<string, unknown>) => checkRequest('kl:tab-verdict', { type: 'kl:tab-verdict', status: 'final', jobType: 'sales', stress: 3, lang: 'en', ...f });
    expect(req({}).ok).toBe(true);
    expect(req({ status: 'not-posting', jobType: null, stress: null }).ok).toBe(true);
    for (const [f, problem] of [[{ status: 'done' }, /status/], [{ jobType: 'telesales' }, /jobType/], [{ stress: 6 }, /stress/], [{ stress: 2.5 }, /stress/], [{ lang: 'fr' }, /lang/]] as const) {
      expect(req(f)).toMatchObject({ ok: false, problem: expect.stringMatching(problem) });
    }
  });

  it('refuses a history entry that is not one, and a show-all switch that is not on/off', () => {
    const bad = checkRequest('kl:history-record', { type: 'kl:history-record', entry: { ...historyEntry, url: 'javascript:alert(1)' } });
    expect(bad).toEqual({ ok: false, problem: 'entry is not a history entry (url is not a web address)' });
    expect(checkRequest('kl:filter-show-all', { type: 'kl:filter-show-all', on: 'yes' })).toEqual({ ok: false, problem: 'on is not true/false' });
    expect(checkResponse('kl:history-record', { ok: true }).ok).toBe(false);
    expect(checkResponse('kl:history-record', { ok: false, error: 'history is off' }).ok).toBe(true);
    expect(checkResponse('kl:get-state', { ...state, filter: 'on' }).ok).toBe(false);
  });

  it('refuses a message of another type, or no object at all', () => {
    expect(checkRequest('kl:highlight', { type: 'kl:get-state' }).ok).toBe(false);
    expect(checkRequest('kl:highlight', 'kl:highlight').ok).toBe(false);
    expect(checkRequest('kl:highlight', null).ok).toBe(false);
    expect(checkRequest('kl:site', { type: 'kl:site', origin: 'https://a.example', on: true, tabId: 1.5 }).ok).toBe(false);
  });
});

describe('message contract: answers', () => {
  it('checks answers against the request type', () => {
    expect(checkResponse('kl:get-state', state)).toMatchObject({ ok: true });
    expect(checkResponse('kl:get-state', { ...state, status: 'done' })).toMatchObject({ ok: false, problem: expect.stringMatching(/status/) });
    expect(checkResponse('kl:get-state', undefined)).toMatchObject({ ok: false, problem: expect.stringMatching(/no answer/) });
    expect(checkResponse('kl:analyze', { ok: true, result: {}, timing: { tokenizerLoadMs: null, analyzeMs: 1 } })).toMatchObject({ ok: true });
    expect(checkResponse('kl:analyze', { ok: true })).toMatchObject({ ok: false });
    expect(checkResponse('kl:analyze', { ok: false, error: { code: 'missing', message: 'dict' } })).toMatchObject({ ok: true });
    expect(checkResponse('kl:analyze', { ok: false, error: 'dict' })).toMatchObject({ ok: false });
    expect(checkResponse('kl:site', { ok: 'yes' })).toMatchObject({ ok: false });
  });

  it('passes a BadMessage answer on as an answer, whatever the type', () => {
    const bad = { ok: false, error: { code: 'bad-message', message: 'on is not true/false' } };
    expect(checkResponse('kl:get-state', bad)).toEqual({ ok: true, value: bad });
  });
});

describe('message contract: routes', () => {
  it("bind each handler to its own type's request check, the one in CHECKS", async () => {
    const lines: string[] = [];
    // A route's check is the table's: a site request with a bad origin is refused by the route as by checkRequest.
    const listener = receiver(OWN, { 'kl:site': onSite(() => ({ ok: true })) }, (w) => lines.push(w));
    const bad = { type: 'kl:site', origin: 7, on: true };
    const viaTable = checkRequest('kl:site', bad);
    expect(viaTable.ok).toBe(false);
    expect(await listener(bad, { id: OWN })).toEqual({ ok: false, error: { code: 'bad-message', message: viaTable.ok ? '' : viaTable.problem } });
    expect(onSite(() => ({ ok: true })).check).toBe(CHECKS['kl:site'].request);
    expect(onHighlight(() => state).check).toBe(CHECKS['kl:highlight'].request);
    expect(CHECKS['kl:site'].answer).toBe(siteAnswer);
  });
});

describe('message contract: receiver', () => {
  it('answers the types it handles, from its own extension', async () => {
    const { listener } = listen();
    expect(await listener({ type: 'kl:get-state' }, { id: OWN })).toEqual(state);
    expect(await listener({ type: 'kl:highlight', on: true }, { id: OWN, tab: { id: 3 } })).toMatchObject({ highlight: true });
  });

  it('leaves other types, unknown messages and other senders unanswered', () => {
    const { listener, lines } = listen();
    expect(listener({ type: 'kl:analyze', ...job }, { id: OWN })).toBeUndefined(); // the background's to answer
    expect(listener({ type: 'kl:nonsense' }, { id: OWN })).toBeUndefined();
    expect(listener('hello', { id: OWN })).toBeUndefined();
    expect(listener(null, { id: OWN })).toBeUndefined();
    expect(listener({ type: 'kl:get-state' }, { id: 'another-extension' })).toBeUndefined();
    expect(listener({ type: 'kl:get-state' }, {} as { id?: string })).toBeUndefined();
    // A content script (a sender with a tab) may not turn sites on.
    expect(listener({ type: 'kl:site', origin: 'https://a.example', on: true }, { id: OWN, tab: { id: 1 } })).toBeUndefined();
    expect(lines).toEqual([]);
  });

  it('answers a malformed message with a BadMessage and a console line, without calling the handler', async () => {
    const { listener, lines, seen } = listen();
    expect(await listener({ type: 'kl:highlight', on: 'yes' }, { id: OWN })).toEqual({ ok: false, error: { code: 'bad-message', message: 'on is not true/false' } });
    expect(await listener({ type: 'kl:site', on: true }, { id: OWN })).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    expect(seen).toEqual([]);
    expect(lines).toEqual(['malformed kl:highlight message: on is not true/false', 'malformed kl:site message: origin is not a string']);
  });

  it('answers a handler that throws with a BadMessage rather than leaving the sender waiting', async () => {
    const { listener, lines } = listen();
    expect(await listener({ type: 'kl:site', origin: 'https://boom.example', on: true }, { id: OWN })).toMatchObject({ ok: false, error: { message: 'kl:site failed: boom' } });
    expect(lines).toEqual(['kl:site failed']);
  });
});

describe('message contract: ask', () => {
  it('gives the checked answer, or why there is none', async () => {
    expect(await ask(async () => state, { type: 'kl:get-state' }, tabStateAnswer)).toEqual({ ok: true, value: state });
    expect(await ask(async () => ({ nonsense: 1 }), { type: 'kl:get-state' }, tabStateAnswer)).toMatchObject({ ok: false, problem: expect.stringMatching(/status/) });
    const refused = await ask(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }, { type: 'kl:get-state' }, tabStateAnswer);
    expect(refused).toMatchObject({ ok: false, problem: expect.stringMatching(/not delivered: Could not establish/) });
  });
});
