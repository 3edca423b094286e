// npm run eval -- DIR [--sensitivity low|standard|high] [--json]
// Reads DIR/labels.jsonl and DIR/postings/NNN.txt, analyzes each posting and prints accuracy and misses.
import fs from 'node:fs';
import path from 'node:path';
import { analyze, builtinLexicon, type Sensitivity } from '../lib/index';
import { getNodeTokenizer } from '../lib/tokenizer/node';
import { evaluate, formatReport, parseLabels } from '../lib/eval/evaluate';

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
  const items = labels.map((label) => {
    const text = fs.readFileSync(path.join(dir, 'postings', `${label.id}.txt`), 'utf8');
    return { label, text, result: analyze(text, { lexicon, tokenizer, sensitivity }) };
  });
  const report = evaluate(items);
  if (args.includes('--json')) console.log(JSON.stringify(report, null, 2));
  else console.log(`eval ${dir} (sensitivity ${sensitivity})\n${formatReport(report)}`);
}

main().catch((e) => {
  console.error(`eval: ${e?.message ?? e}`);
  process.exit(1);
});
