// History of opened postings (lib/extension/history.ts), its page's pure parts (history-view.ts), the
// exports (history-export.ts) and the company lookup (lib/extract/company.ts).
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import type { PayFacts } from '../lib/core/types';
import { HISTORY_KEY, HISTORY_MAX, HistoryStore, historyEntry, historyId, type HistoryEntry } from '../lib/extension/history';
import { BOM, historyCsv, historyJson, historyRows, parseCsv, toCsv } from '../lib/extension/history-export';
import { basePayLabel, compareRows, queryHistory, toggleChosen } from '../lib/extension/history-view';
import type { StorageAreaLike } from '../lib/extension/settings-store';
import { companyName } from '../lib/extract/company';
import { handleHistoryRecord } from '../lib/extension/history-handler';
import { run } from './helpers';

/** storage.local as a Map, with values copied like the browser's structured clone. */
function memoryArea(initial: Record<string, unknown> = {}): StorageAreaLike & { data: Map<string, unknown> } {
  const data = new Map(Object.entries(initial).map(([k, v]) => [k, structuredClone(v)]));
  return {
    data,
    async get(key) {
      await Promise.resolve();
      return data.has(key) ? { [key]: structuredClone(data.get(key)) } : {};
    },
    async set(items) {
      await Promise.resolve();
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
  };
}

let clock = Date.UTC(2026, 10, 1);
function entry(n: number, patch: Partial<HistoryEntry> = {}, verdict: Partial<HistoryEntry['verdict']> = {}): HistoryEntry {
  return {
    id: `indeed:${String(n).padStart(16, '0')}`,
    title: `コールセンタースタッフ ${n}`,
    company: `株式会社テスト${n}（架空）`,
    site: 'indeed',
    url: `https://jp.indeed.com/viewjob?jk=${String(n).padStart(16, '0')}`,
    jobId: String(n).padStart(16, '0'),
    seenAt: (clock += 1000),
    verdict: {
      jobType: 'inbound', difficulty: 2, stress: 2, quota: 'negated', callCenter: true, confidence: 0.9, incentive: false,
      reasons: [{ id: 'base.inbound', ja: '受信の仕事', en: 'Inbound work', effect: { difficulty: 3, stress: 2 } }],
      questions: [{ id: 'q.calls', ja: '1日の件数は？', en: 'How many calls a day?' }],
      ...verdict,
    },
    pay: null,
    ...patch,
  };
}

describe('history store', () => {
  it('keeps entries newest first and moves a posting opened again to the top', async () => {
    const store = new HistoryStore(memoryArea());
    for (const n of [1, 2, 3]) await store.record(entry(n));
    await store.record(entry(1, {}, { stress: 4 }));
    const { entries, problems } = await store.load();
    expect(entries.map((e) => e.id.slice(-1))).toEqual(['1', '3', '2']);
    expect(entries[0]!.verdict.stress).toBe(4);
    expect(problems).toEqual([]);
  });

  it('drops the oldest first over the limit and counts what it dropped', async () => {
    expect(HISTORY_MAX).toBe(1000);
    const store = new HistoryStore(memoryArea(), 5);
    const results = [];
    for (let n = 1; n <= 8; n++) results.push(await store.record(entry(n)));
    expect(results.map((r) => r.dropped)).toEqual([0, 0, 0, 0, 0, 1, 1, 1]);
    const { entries, dropped } = await store.load();
    expect(entries.map((e) => Number(e.jobId))).toEqual([8, 7, 6, 5, 4]);
    expect(dropped).toBe(3);
  });

  it('holds 1,000 entries and drops the 1,001st oldest', async () => {
    const stored = Array.from({ length: 1000 }, (_, i) => entry(i + 1)).reverse();
    const store = new HistoryStore(memoryArea({ [HISTORY_KEY]: { version: 1, entries: stored, dropped: 0 } }));
    expect((await store.record(entry(1001))).dropped).toBe(1);
    const { entries } = await store.load();
    expect(entries).toHaveLength(1000);
    expect(entries[0]!.jobId).toBe(entry(1001).jobId);
    expect(entries.some((e) => e.jobId === entry(1).jobId)).toBe(false);
  });

  it('deletes one, and all', async () => {
    const area = memoryArea();
    const store = new HistoryStore(area, 3);
    for (const n of [1, 2, 3, 4]) await store.record(entry(n));
    await store.remove(entry(3).id);
    expect((await store.load()).entries.map((e) => Number(e.jobId))).toEqual([4, 2]);
    await store.clear();
    expect(await store.load()).toEqual({ entries: [], dropped: 0, problems: [] });
  });

  it('loses no entry when tabs record at the same time', async () => {
    const store = new HistoryStore(memoryArea());
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.record(entry(i + 1))));
    expect((await store.load()).entries).toHaveLength(20);
  });

  it('skips corrupt entries with a message and keeps them aside rather than losing them', async () => {
    const good = entry(1);
    const area = memoryArea({
      [HISTORY_KEY]: { version: 1, entries: [good, 'garbage', { ...entry(2), url: 'javascript:alert(1)' }, { ...entry(3), verdict: { ...entry(3).verdict, stress: 9 } }], dropped: 0 },
    });
    const store = new HistoryStore(area);
    const loaded = await store.load();
    expect(loaded.entries.map((e) => e.id)).toEqual([good.id]);
    expect(loaded.problems).toEqual([
      'history: entry 2 skipped (not an object)',
      'history: entry 3 skipped (url is not a web address)',
      'history: entry 4 skipped (verdict levels unreadable)',
    ]);
    await store.record(entry(4));
    const raw = area.data.get(HISTORY_KEY) as { entries: unknown[]; unreadable: unknown[] };
    expect(raw.entries).toHaveLength(2);
    expect(raw.unreadable).toHaveLength(3);
    // Still said after the write, never silently gone; deleting all removes them.
    expect((await store.load()).problems).toEqual(['history: 3 unreadable entries kept aside']);
    expect(raw.unreadable[0]).toBe('garbage');
    await store.clear();
    expect((await store.load()).problems).toEqual([]);
  });

  it('starts empty, keeping the old value aside, when the stored history is not one', async () => {
    const area = memoryArea({ [HISTORY_KEY]: 'not a history' });
    const store = new HistoryStore(area);
    expect((await store.load()).problems).toEqual([
      'history: not readable as a history; kept aside, starting empty',
      'history: 1 unreadable entries kept aside',
    ]);
    await store.record(entry(1));
    expect((area.data.get(HISTORY_KEY) as { unreadable: unknown[] }).unreadable).toEqual(['not a history']);
  });

  it('refuses an entry that is not one', async () => {
    const store = new HistoryStore(memoryArea());
    await expect(store.record({ ...entry(1), url: 'file:///etc/passwd' })).rejects.toThrow(/url is not a web address/);
  });

  it('builds an entry from a full verdict, by job id or by address', async () => {
    const r = await run('テレアポスタッフ\n【仕事内容】\n法人への架電でアポイントを獲得します。目標件数あり。\n【給与】\n時給1400円＋インセンティブ');
    const e = historyEntry({ title: ' テレアポスタッフ ', company: null, site: 'indeed', url: 'https://jp.indeed.com/viewjob?jk=1', jobId: 'abc', seenAt: 1 }, r);
    expect(e).toMatchObject({ id: 'indeed:abc', title: 'テレアポスタッフ', company: null });
    // The entry keeps the pay read from the posting (the pay reader's facts, as analyze() returns them).
    expect(e.pay).toEqual(r.pay);
    expect(e.pay).toMatchObject({ base: { unit: 'hour', min: 1400, max: 1400 }, incentive: { kind: 'plus' } });
    expect(basePayLabel(e.pay, 'ja')).toBe('時給1,400円');
    expect(e.verdict).toMatchObject({ jobType: r.jobType, stress: r.stress, difficulty: r.difficulty, quota: 'stated' });
    expect(e.verdict.reasons.length).toBeGreaterThan(0);
    expect(e.verdict.reasons.every((x) => !x.id.startsWith('scale.'))).toBe(true);
    expect(historyId('townwork', null, 'https://townwork.net/x#top')).toBe('url:https://townwork.net/x');
  });
});

describe('history page', () => {
  const list = [
    entry(1, { title: '受信オペレーター', site: 'indeed' }, { stress: 2 }),
    entry(2, { title: 'テレアポ（法人）', site: 'townwork', company: '株式会社みなと（架空）' }, { jobType: 'outbound', stress: 4, reasons: [{ id: 'base.outbound', ja: '発信の仕事', en: 'Outbound work', effect: { difficulty: 3, stress: 3 } }] }),
    entry(3, { title: '督促スタッフ', site: 'indeed' }, { jobType: 'outbound', stress: 5 }),
  ];
  const q = (patch: Partial<Parameters<typeof queryHistory>[1]>) => queryHistory(list, { text: '', jobType: '', site: '', sort: 'date', ...patch }).map((e) => Number(e.jobId));

  it('searches title, company and reasons, width-folded, every word', () => {
    expect(q({ text: 'ﾃﾚｱﾎﾟ' })).toEqual([2]);
    expect(q({ text: 'みなと 発信' })).toEqual([2]);
    expect(q({ text: 'outbound work' })).toEqual([2]);
    expect(q({ text: '存在しない' })).toEqual([]);
  });

  it('filters by job type and site, and sorts by date or stress', () => {
    expect(q({ jobType: 'outbound' })).toEqual([3, 2]);
    expect(q({ site: 'indeed' })).toEqual([3, 1]);
    expect(q({ sort: 'stress-desc' })).toEqual([3, 2, 1]);
    expect(q({ sort: 'stress-asc' })).toEqual([1, 2, 3]);
  });

  it('compares two to four postings, one cell per posting in every row', () => {
    const rows = compareRows(list, 'ja');
    expect(rows.map((r) => r.key)).toEqual(['jobType', 'difficulty', 'stress', 'quota', 'incentive', 'pay', 'reasons', 'questions']);
    for (const r of rows) expect(r.cells).toHaveLength(3);
    expect(rows[0]!.cells).toEqual(['受信', '発信', '発信']);
    expect(rows[5]!.cells[0]).toBe('読み取れず');
    let chosen: string[] = [];
    for (const id of ['a', 'b', 'c', 'd']) chosen = toggleChosen(chosen, id).chosen;
    expect(toggleChosen(chosen, 'e')).toEqual({ chosen: ['a', 'b', 'c', 'd'], refused: true });
    expect(toggleChosen(chosen, 'b').chosen).toEqual(['a', 'c', 'd']);
  });

  it('says pay in one line when it was read', () => {
    const pay = { base: { unit: 'hour', min: 1300, max: 1500, text: '時給1300円〜1500円', start: 0, end: 1 }, incentive: { kind: 'only', perUnit: null, guaranteed: null } } as unknown as PayFacts;
    expect(basePayLabel(pay, 'ja')).toBe('時給1,300〜1,500円'); // the badge's own formatter (lib/pay/summary)
    expect(basePayLabel(pay, 'en')).toBe('¥1,300–1,500 an hour');
    expect(basePayLabel(null, 'ja')).toBeNull();
    // Only the upper end stated: said as such, never as an exact pay.
    const upTo = { ...pay, base: { ...pay.base!, min: null, max: 1650 } } as PayFacts;
    expect(basePayLabel(upTo, 'ja')).toBe('時給〜1,650円');
    expect(compareRows([entry(9, { pay })], 'ja')[4]!.cells).toEqual(['インセンティブのみ']);
  });
});

describe('history exports', () => {
  const tricky = [
    entry(1, { title: 'オペレーター, "受信" 専任\n（夜間）', company: null }),
    entry(2, { title: '=HYPERLINK("http://example.invalid")' }, { jobType: 'outbound' }),
  ];

  it('writes CSV with a BOM and CRLF that parses back to the same rows', () => {
    const csv = historyCsv(tricky, 'ja');
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = historyRows(tricky, 'ja');
    expect(parseCsv(csv)).toEqual(rows);
    expect(rows).toHaveLength(3);
    expect(rows[1]![2]).toBe('オペレーター, "受信" 専任\n（夜間）');
    expect(rows[0]!.length).toBe(rows[1]!.length);
  });

  it('never lets a cell become a spreadsheet formula', () => {
    expect(historyRows(tricky, 'en')[2]![2]).toBe('\'=HYPERLINK("http://example.invalid")');
  });

  it('parses quoted cells, empty cells and LF files; says when a quote is left open', () => {
    expect(parseCsv('a,"b ""c""",\n"x\r\ny",z')).toEqual([['a', 'b "c"', ''], ['x\r\ny', 'z']]);
    expect(parseCsv(toCsv([['', ''], ['1']]))).toEqual([['', ''], ['1']]);
    expect(() => parseCsv('"open')).toThrow(/not closed/);
  });

  it('writes JSON with the entries as stored', () => {
    const parsed = JSON.parse(historyJson(tricky, Date.UTC(2026, 10, 29)));
    expect(parsed).toMatchObject({ app: 'kyujin-lens', kind: 'history', exportedAt: '2026-11-29T00:00:00.000Z' });
    expect(parsed.entries).toEqual(tricky);
  });
});

describe('company name', () => {
  it('comes from JSON-LD, a marked element, a 会社名 line or a legal-entity name, else nothing', () => {
    const ld = parseHTML('<html><body><script type="application/ld+json">{"@type":"JobPosting","title":"受付","description":"受付です","hiringOrganization":{"name":"株式会社やまびこ（架空）"}}</script></body></html>').document;
    expect(companyName(ld as unknown as Document, '')).toBe('株式会社やまびこ（架空）');
    const marked = parseHTML('<html><body><div data-testid="company-name"> さくら 合同会社 </div></body></html>').document;
    expect(companyName(marked as unknown as Document, '')).toBe('さくら 合同会社');
    expect(companyName(null, '【会社名】 有限会社こだま（架空）\n【仕事内容】受信')).toBe('有限会社こだま（架空）');
    expect(companyName(null, '運営：みなとリンク株式会社のコールセンターです。')).toBe('運営：みなとリンク株式会社'.replace('運営：', ''));
    expect(companyName(null, '受信のお仕事です。')).toBeNull();
  });
});

describe("the background's history handler", () => {
  it('records a valid entry when history is on, refuses otherwise with a reason', async () => {
    const store = new HistoryStore(memoryArea());
    const on = async () => true;
    expect(await handleHistoryRecord(entry(1), store, on)).toEqual({ ok: true, dropped: 0 });
    expect(await handleHistoryRecord(entry(2), store, async () => false)).toEqual({ ok: false, error: 'history is off' });
    expect(await handleHistoryRecord({ ...entry(3), verdict: null }, store, on)).toEqual({ ok: false, error: 'not a history entry: verdict missing' });
    expect(await handleHistoryRecord(undefined, store, on)).toEqual({ ok: false, error: 'not a history entry: not an object' });
    expect((await store.load()).entries.map((e) => e.jobId)).toEqual([entry(1).jobId]);
  });
});
