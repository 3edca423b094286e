// Accuracy on labelled postings, with the targets of issue #2. The own set (tests/fixtures/eval, our own
// text) always runs; ../shared/eval-dev (third-party text, read by path) runs wherever it is present.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, builtinLexicon } from '../lib/index';
import { evaluate, formatReport, parseLabels, type EvalReport } from '../lib/eval/evaluate';
import { tokenizer } from './helpers';

async function evalDir(dir: string): Promise<EvalReport> {
  const labels = parseLabels(fs.readFileSync(path.join(dir, 'labels.jsonl'), 'utf8'), dir);
  const tk = await tokenizer();
  return evaluate(
    labels.map((label) => {
      const text = fs.readFileSync(path.join(dir, 'postings', `${label.id}.txt`), 'utf8');
      return { label, text, result: analyze(text, { lexicon: builtinLexicon(), tokenizer: tk }) };
    }),
  );
}

// Targets from issue #2: callCenter ≥ 95%, jobType ≥ 90%, quota ≥ 95%, difficulty and stress within ±1 ≥ 90%,
// and no trap word flagged in the wrong sense. Posting detection is held at 90%.
const TARGETS = { callCenter: 0.95, jobType: 0.9, quota: 0.95, 'difficulty±1': 0.9, 'stress±1': 0.9, posting: 0.9, traps: 1 } as const;

function check(report: EvalReport, floors: Partial<Record<keyof typeof TARGETS, number>>) {
  console.log(formatReport(report));
  for (const [metric, floor] of Object.entries(floors)) {
    expect(report.accuracy[metric as keyof EvalReport['accuracy']], metric).toBeGreaterThanOrEqual(floor);
  }
}

describe('evaluation', () => {
  it('own labelled set (66 items) meets the targets', async () => {
    const report = await evalDir(path.join(import.meta.dirname, 'fixtures/eval'));
    expect(report.items).toBeGreaterThanOrEqual(60);
    check(report, TARGETS);
  });

  const shared = path.resolve(import.meta.dirname, '../../shared/eval-dev');
  const present = fs.existsSync(path.join(shared, 'labels.jsonl'));
  if (!present) console.warn(`\n*** SKIPPED: ${shared} not found; the eval-dev accuracy check did not run ***\n`);
  it.skipIf(!present)('../shared/eval-dev meets the targets', async () => {
    check(await evalDir(shared), TARGETS);
  });
});
