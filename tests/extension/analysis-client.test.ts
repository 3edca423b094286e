// The analysis client (lib/extension/analysis-client.ts): the content script's line to the tokenizer
// host, with its retry policy, against a fake runtime.sendMessage.
import { describe, expect, it } from 'vitest';
import { ANALYZE_ATTEMPTS, ANALYZE_RETRY_PAUSE_MS, createAnalysisClient } from '../../lib/extension/analysis-client';
import { DEFAULT_SETTINGS } from '../../lib/extension/settings';

const job = { text: '受信業務', sensitivity: 'standard' as const, userKeywords: [], categories: DEFAULT_SETTINGS.categories };
const final = { ok: true, result: { jobType: 'inbound' }, timing: { tokenizerLoadMs: null, analyzeMs: 3 } };

function client(answers: Array<() => unknown>) {
  const sent: unknown[] = [];
  const pauses: number[] = [];
  const c = createAnalysisClient(
    async (m) => {
      sent.push(m);
      return answers[sent.length - 1]!();
    },
    async (ms) => void pauses.push(ms),
  );
  return { c, sent, pauses };
}

const refused = () => {
  throw new Error('Could not establish connection. Receiving end does not exist.');
};

describe('analysis client', () => {
  it('sends the job as a kl:analyze request and gives the answer', async () => {
    const { c, sent } = client([() => final]);
    expect(await c.analyze(job, () => true)).toEqual(final);
    expect(sent).toEqual([{ type: 'kl:analyze', ...job }]);
  });

  it(`tries ${ANALYZE_ATTEMPTS} times, ${ANALYZE_RETRY_PAUSE_MS} ms apart, while the host is unavailable`, async () => {
    const { c, sent, pauses } = client([refused, () => final]);
    expect(await c.analyze(job, () => true)).toEqual(final);
    expect(sent).toHaveLength(2);
    expect(pauses).toEqual([ANALYZE_RETRY_PAUSE_MS]);
  });

  it('treats no answer, and an unavailable host, as worth another try; then says so', async () => {
    const unavailable = () => ({ ok: false, error: { code: 'unavailable', message: 'tokenizer host unavailable: closed' } });
    const { c, sent } = client([() => undefined, unavailable]);
    expect(await c.analyze(job, () => true)).toEqual(unavailable());
    expect(sent).toHaveLength(ANALYZE_ATTEMPTS);
    const { c: c2 } = client([refused, refused]);
    expect(await c2.analyze(job, () => true)).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringMatching(/not delivered/) } });
  });

  it('does not retry what will not mend: a missing dictionary, a malformed answer', async () => {
    const missing = { ok: false, error: { code: 'missing', message: 'dictionary file base.dat.gz is missing' } };
    const { c, sent } = client([() => missing, () => final]);
    expect(await c.analyze(job, () => true)).toEqual(missing);
    expect(sent).toHaveLength(1);
    const { c: c2, sent: sent2 } = client([() => ({ ok: 'maybe' }), () => final]);
    expect(await c2.analyze(job, () => true)).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(sent2).toHaveLength(1);
  });

  it('gives null, without retrying, when a newer posting took over meanwhile', async () => {
    let current = true;
    const { c, sent } = client([
      () => {
        current = false;
        return refused();
      },
      () => final,
    ]);
    expect(await c.analyze(job, () => current)).toBeNull();
    expect(sent).toHaveLength(1);
    const { c: c2 } = client([
      () => {
        current = false;
        return final;
      },
    ]);
    current = true;
    expect(await c2.analyze(job, () => current)).toBeNull();
  });
});
