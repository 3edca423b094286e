// npm run eval [-- DIR...] [--sensitivity low|standard|high] [--json] [--ids]
// Reads DIR/labels.jsonl and DIR/postings/ID.txt for each labelled set (default: every set the project knows:
// scripts/eval-data.ts KNOWN_SETS, where present),
// analyzes each text and prints, per set, the tuned half (odd ids) and the untouched half (even ids), misses by
// kind, the pay figures where DIR/pay.jsonl exists, then the reliability of the stated confidence per half and
// the fitted models' cross-validated figures. --ids lists the tuned half's misses by id (never the untouched
// half's: nobody opens it).
import fs from 'node:fs';
import path from 'node:path';
import { analyze, builtinLexicon, type AnalysisResult, type Sensitivity } from '../lib/index';
import { getNodeTokenizer } from '../lib/tokenizer/node';
import { evaluate, formatReport, type EvalReport } from '../lib/eval/evaluate';
import { evaluatePayHalves, formatPayMisses, formatPayReport, parsePayLabels, payMissKind } from '../lib/eval/pay';
import { HALF_NAMES, splitHalves, type Half } from '../lib/eval/halves';
import { formatReliability, reliability } from '../lib/eval/reliability';
import { MODELS } from '../lib/analysis/decide/model';
import { KNOWN_SETS, hasLabels, loadSet, setName } from './eval-data';

const HALVES: Half[] = ['tune', 'untouched'];

async function main() {
  const args = process.argv.slice(2);
  const sIdx = args.indexOf('--sensitivity');
  const sensitivity = (sIdx >= 0 ? args[sIdx + 1] : 'standard') as Sensitivity;
  const dirs = args.filter((a, i) => !a.startsWith('--') && (sIdx === -1 || i !== sIdx + 1));
  for (const d of dirs) {
    if (!hasLabels(d)) {
      console.error(`eval: ${path.join(d, 'labels.jsonl')} not found`);
      process.exit(2);
    }
  }
  const chosen = dirs.length ? dirs.map((d) => path.resolve(d)) : KNOWN_SETS.filter(hasLabels);
  const tokenizer = await getNodeTokenizer();
  const lexicon = builtinLexicon();
  const json: Record<string, unknown> = {};
  const confidence: Record<Half, EvalReport['confidence']> = { tune: [], untouched: [] };
  const quiet = args.includes('--json');
  for (const dir of chosen) {
    const items = loadSet(dir).map((it) => ({ ...it, result: analyze(it.text, { lexicon, tokenizer, sensitivity }) }));
    const halves = splitHalves(items, (it) => it.label.id);
    const reports = { tune: evaluate(halves.tune), untouched: evaluate(halves.untouched) };
    const payFile = path.join(dir, 'pay.jsonl');
    const pay = fs.existsSync(payFile) ? payReports(payFile, new Map(items.map((i) => [i.label.id, i]))) : null;
    json[setName(dir)] = { ...reports, pay };
    for (const half of HALVES) {
      confidence[half].push(...reports[half].confidence);
      if (quiet) continue;
      console.log(`\n── ${setName(dir)}: ${HALF_NAMES[half]} (sensitivity ${sensitivity})`);
      console.log(formatReport(reports[half], { ids: half === 'tune' && args.includes('--ids') }));
      if (pay) console.log(`\n${formatPayReport(pay[half], `pay, ${HALF_NAMES[half]}`)}`);
    }
    if (!quiet && pay?.tune.misses.length && args.includes('--ids')) console.log(`\npay misses, tuned half:\n${formatPayMisses(pay.tune)}`);
    if (!quiet && pay?.untouched.misses.length) {
      const kinds: Record<string, number> = {};
      for (const kind of pay.untouched.misses.map(payMissKind)) kinds[kind] = (kinds[kind] ?? 0) + 1;
      const rows = Object.entries(kinds).sort((a, b) => b[1] - a[1]).map(([k, n]) => `    ${n} × ${k}`);
      console.log(`\npay misses, untouched half (by kind only):\n${rows.join('\n')}`);
    }
  }
  if (quiet) {
    console.log(JSON.stringify(json, null, 2));
    return;
  }
  for (const half of HALVES) console.log(`\n${formatReliability(`job type, every set above: ${HALF_NAMES[half]}`, reliability(confidence[half]))}`);
  const m = MODELS.meta;
  console.log(`\nfitted decision layer (npm run fit): ${m.rule}; ${JSON.stringify(m.trainedOn)}`);
  if (m.confidenceAlso) console.log(`job-type (confidence) model also on: ${JSON.stringify(m.confidenceAlso)}`);
  console.log(`cross-validated on the tuned halves (5 folds): ${Object.entries(m.cv).map(([k, v]) => `${k} ${v}`).join(', ')}`);
}

function payReports(file: string, byId: Map<string, { text: string; result: AnalysisResult }>) {
  const read = new Map([...byId].map(([id, it]) => [id, { text: it.text, pay: it.result.pay }]));
  return evaluatePayHalves(parsePayLabels(fs.readFileSync(file, 'utf8'), file), read, file);
}

main().catch((e) => {
  console.error(`eval: ${e?.message ?? e}`);
  process.exit(1);
});
