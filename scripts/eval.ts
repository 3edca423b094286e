// npm run eval -- DIR [--sensitivity low|standard|high] [--json]
// Reads DIR/labels.jsonl and DIR/postings/NNN.txt, analyzes each posting and prints accuracy and misses.
// With DIR/pay.jsonl it also scores the pay reader, for each half: tune (odd ids) and untouched (even ids);
// misses are listed for the tune half only, the untouched half is only counted.
import fs from 'node:fs';
import path from 'node:path';
import { analyze, builtinLexicon, type Sensitivity } from '../lib/index';
import { getNodeTokenizer } from '../lib/tokenizer/node';
import { evaluate, formatReport, parseLabels } from '../lib/eval/evaluate';
import { evaluatePay, formatPayMisses, formatPayReport, parsePayLabels } from '../lib/eval/pay';
import { splitHalves } from '../lib/eval/halves';

async function main() {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--') && !['low', 'standard', 'high'].includes(a));
  const sIdx = args.indexOf('--sensitivity');
  const sensitivity = (sIdx >= 0 ? args[sIdx + 1] : 'standard') as Sensitivity;
  if (!dir) {
    console.error('usage: npm run eval -- DIR [--sensitivity low|standard|high] [--json]');
    process.exit(2);
  }
  const labelsFile = path.join(dir, 'labels.jsonl');
  if (!fs.existsSync(labelsFile)) {
    console.error(`eval: ${labelsFile} not found`);
    process.exit(2);
  }
  const labels = parseLabels(fs.readFileSync(labelsFile, 'utf8'), labelsFile);
  const tokenizer = await getNodeTokenizer();
  const lexicon = builtinLexicon();
  const texts = new Map<string, string>();
  const readText = (id: string) => {
    let t = texts.get(id);
    if (t === undefined) texts.set(id, (t = fs.readFileSync(path.join(dir, 'postings', `${id}.txt`), 'utf8')));
    return t;
  };
  const items = labels.map((label) => {
    const text = readText(label.id);
    return { label, text, result: analyze(text, { lexicon, tokenizer, sensitivity }) };
  });
  const report = evaluate(items);
  const payFile = path.join(dir, 'pay.jsonl');
  const pay = fs.existsSync(payFile) ? payReports(payFile, new Map(items.map((i) => [i.label.id, i]))) : null;
  if (args.includes('--json')) {
    console.log(JSON.stringify(pay ? { ...report, pay } : report, null, 2));
    return;
  }
  console.log(`eval ${dir} (sensitivity ${sensitivity})\n${formatReport(report)}`);
  if (!pay) {
    console.log(`\n(no ${payFile}: pay not scored)`);
    return;
  }
  console.log(`\n${formatPayReport(pay.tune, 'pay, tune half (odd ids)')}\n${formatPayReport(pay.untouched, 'pay, untouched half (even ids)')}`);
  if (pay.tune.misses.length) console.log(`\npay misses, tune half:\n${formatPayMisses(pay.tune)}`);
  const kinds = pay.untouched.misses.reduce<Record<string, number>>((a, m) => ({ ...a, [m.metric]: (a[m.metric] ?? 0) + 1 }), {});
  if (pay.untouched.misses.length) console.log(`\npay misses, untouched half (counted by kind only): ${JSON.stringify(kinds)}`);
}

function payReports(file: string, byId: Map<string, { text: string; result: ReturnType<typeof analyze> }>) {
  const labels = parsePayLabels(fs.readFileSync(file, 'utf8'), file);
  const scored = labels.map((label) => {
    const item = byId.get(label.id);
    if (!item) throw new Error(`${file}: pay label for "${label.id}", which labels.jsonl does not list`);
    return { label, text: item.text, pay: item.result.pay };
  });
  const halves = splitHalves(scored, (s) => s.label.id);
  return { tune: evaluatePay(halves.tune), untouched: evaluatePay(halves.untouched) };
}

main().catch((e) => {
  console.error(`eval: ${e?.message ?? e}`);
  process.exit(1);
});
