// npm run fit [-- --check]
// Fits the decision layer (posting detection, confidence) on the tuned halves (odd ids) of every labelled set
// present and writes lib/analysis/decide/fitted-model.json. --check only compares and exits 1 when they differ.
import fs from 'node:fs';
import path from 'node:path';
import { analyze, builtinLexicon } from '../lib/index';
import { getNodeTokenizer } from '../lib/tokenizer/node';
import { halfOf } from '../lib/eval/halves';
import { fitDecisions, type FitItem } from '../lib/eval/fit-decisions';
import { formatReliability, reliability } from '../lib/eval/reliability';
import { CONFIDENCE_ALSO, KNOWN_SETS, MEASURE_ONLY, ROOT, hasLabels, loadSet } from './eval-data';

export const MODEL_FILE = path.join(ROOT, 'lib/analysis/decide/fitted-model.json');
export const FIT_RULE = 'tuned halves (odd ids) of every labelled set present but the measure-only ones; the job-type (confidence) model also on the tuned halves of the measure-only sets but eval-blind-11, eval-blind-34 to eval-blind-77, eval-pages-2, eval-pages-3 and eval-boundary';

export async function fitItems(): Promise<FitItem[]> {
  const tokenizer = await getNodeTokenizer();
  const lexicon = builtinLexicon();
  return KNOWN_SETS.filter((d) => hasLabels(d) && (!MEASURE_ONLY.has(d) || CONFIDENCE_ALSO.has(d)))
    .flatMap((d) => loadSet(d).map((it) => ({ ...it, confidenceOnly: MEASURE_ONLY.has(d) })))
    .filter((it) => halfOf(it.label.id) === 'tune')
    .map((it) => ({
      confidenceOnly: it.confidenceOnly,
      id: it.label.id,
      set: it.set,
      kind: it.label.kind,
      jobType: it.label.job_type,
      text: it.text,
      result: analyze(it.text, { lexicon, tokenizer }),
    }));
}

async function main() {
  const report = fitDecisions(await fitItems(), FIT_RULE);
  const json = `${JSON.stringify(report.models, null, 1)}\n`;
  const m = report.models.meta;
  console.log(`trained on ${JSON.stringify(m.trainedOn)}; l2 ${JSON.stringify(m.l2)}`);
  console.log(`cross-validated (${5} folds): ${JSON.stringify(m.cv)}`);
  console.log(formatReliability('job-type confidence, out of fold', reliability(report.confidenceOof)));
  if (process.argv.includes('--check')) {
    const same = fs.existsSync(MODEL_FILE) && fs.readFileSync(MODEL_FILE, 'utf8') === json;
    console.log(same ? 'fitted-model.json is up to date' : 'fitted-model.json differs from a fresh fit: run npm run fit');
    process.exit(same ? 0 : 1);
  }
  fs.writeFileSync(MODEL_FILE, json);
  console.log(`wrote ${path.relative(ROOT, MODEL_FILE)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((e) => {
    console.error(`fit: ${e?.message ?? e}`);
    process.exit(1);
  });
}
