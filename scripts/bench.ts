// npm run bench: tokenizer cold load, analyze() speed with and without the prefilter, and a page with
// no candidate terms. Prints medians of several runs and the ratios. Figures, not assertions.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyze, builtinLexicon } from '../lib/index';
import { defaultDictDir, getNodeTokenizer } from '../lib/tokenizer/node';
import { normalize } from '../lib/text/normalize';
import { splitSentences } from '../lib/text/sentences';
import { findSections } from '../lib/text/sections';
import { readPay, readPayNormalized } from '../lib/pay/read-pay';

const root = path.resolve(import.meta.dirname, '..');
const RUNS_COLD = Number(process.env.BENCH_COLD_RUNS ?? 3);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const f1 = (x: number) => x.toFixed(1);

function coldLoad(variant: string, extra: string[] = []) {
  const runs: { ms: number; rssMB: number }[] = [];
  for (let i = 0; i < RUNS_COLD; i++) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/bench-load.ts'), variant, ...extra], {
      cwd: root,
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`${variant}: ${r.stderr}`);
    runs.push(JSON.parse(r.stdout.trim().split('\n').pop()!));
  }
  return { ms: median(runs.map((r) => r.ms)), rssMB: median(runs.map((r) => r.rssMB)) };
}

// Test texts of about 2k, 10k and 50k characters, made by joining our own fixture postings.
function postingText(chars: number): string {
  const dir = path.join(root, 'tests/fixtures/eval/postings');
  const all = fs.readdirSync(dir).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  let out = '';
  for (let i = 0; out.length < chars; i++) out += `${all[i % all.length]}\n`;
  return out.slice(0, chars);
}

function time(fn: () => void, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

async function main() {
  console.log(`求人レンズ bench — node ${process.version}, ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}\n`);

  console.log(`Tokenizer cold load (fresh process, median of ${RUNS_COLD}):`);
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-raw-'));
  coldLoad('raw-cache', [cache]); // fills the cache
  const variants: [string, { ms: number; rssMB: number }][] = [
    ['kuromoji stock loader (zlibjs)', coldLoad('stock', [defaultDictDir() + path.sep])],
    ['our loader, fflate gunzip', coldLoad('fflate')],
    ['our loader, node:zlib gunzip (default)', coldLoad('zlib')],
    ['our loader, uncompressed cache on disk', coldLoad('raw-cache', [cache])],
  ];
  fs.rmSync(cache, { recursive: true, force: true });
  const stock = variants[0]![1].ms;
  for (const [name, v] of variants) {
    console.log(`  ${name.padEnd(42)} ${f1(v.ms).padStart(7)} ms  RSS ${f1(v.rssMB).padStart(6)} MB  (${f1(stock / v.ms)}× faster than stock)`);
  }
  console.log('  target: cold load ≤ 1500 ms\n');

  const tk = await getNodeTokenizer();
  const lexicon = builtinLexicon();
  console.log('analyze() with the tokenizer warm (p50 / p95 ms), against tokenizing every sentence without the prefilter:');
  for (const size of [2_000, 10_000, 50_000]) {
    const text = postingText(size);
    const runs = size >= 50_000 ? 20 : 100;
    time(() => analyze(text, { lexicon, tokenizer: tk }), 20); // let the JIT settle
    const a = time(() => analyze(text, { lexicon, tokenizer: tk }), runs);
    const sentences = splitSentences(normalize(text).text);
    const n = normalize(text).text;
    const full = time(() => {
      for (const s of sentences) tk.tokenize(n.slice(s.start, s.end));
    }, Math.max(5, runs / 4));
    const r = analyze(text, { lexicon, tokenizer: tk });
    console.log(
      `  ${String(size).padStart(6)} chars: analyze ${f1(median(a)).padStart(6)} / ${f1(pct(a, 0.95)).padStart(6)} ms` +
        `   full tokenization ${f1(median(full)).padStart(6)} ms   ratio ${f1(median(full) / median(a))}×` +
        `   (${r.meta.tokenizedSpans} windows tokenized, of ${sentences.length} sentences)`,
    );
  }
  console.log('  target: 10k-character posting ≤ 10 ms p50\n');

  // The pay reader alone (its share of analyze()), on its own normalization and on analyze()'s.
  const payText = postingText(10_000);
  const payNorm = normalize(payText);
  time(() => readPay(payText), 50);
  const pay = time(() => readPay(payText), 300);
  const payNormOnly = time(() => readPayNormalized(payNorm), 300);
  // Inside analyze() the text is normalized and its sections found once, for the flags and the pay reader alike.
  const paySections = findSections(payNorm.text);
  const payOnly = time(() => readPayNormalized(payNorm, { sections: paySections }), 300);
  console.log(
    `Pay reader on a 10k-character posting: ${f1(median(pay))} / ${f1(pct(pay, 0.95))} ms p50 / p95 with normalization, ` +
      `${f1(median(payNormOnly))} ms p50 on normalized text, ` +
      `${f1(median(payOnly))} ms p50 on analyze()'s normalized text and sections (its cost inside analyze(); target ≤ 1 ms p50)`,
  );
  // Hostile pages of 100k characters: the reader's work is bounded (amounts and mentions are capped).
  const hostile: [string, string][] = [
    ['10,000 amounts', '時給1,200円 '.repeat(10_000)],
    ['7,000 training mentions with amounts', '研修期間中は 1,000円 '.repeat(7_000)],
    ['15,000 commute mentions on one line', '交通費支給 '.repeat(15_000)],
    ['7,000 telephone numbers', '03-1234-5678 '.repeat(7_000)],
  ];
  for (const [name, text] of hostile) {
    const t = text.slice(0, 100_000);
    const h = time(() => readPay(t), 10);
    console.log(`  100k characters, ${name.padEnd(38)} ${f1(median(h)).padStart(6)} ms p50`);
  }
  console.log('');

  const blank = '本日は晴天なり。明日も晴れるでしょう。\n'.repeat(Math.ceil(100_000 / 20)).slice(0, 100_000);
  time(() => analyze(blank, { lexicon, tokenizer: tk }), 5);
  const b = time(() => analyze(blank, { lexicon, tokenizer: tk }), 40);
  console.log(`100k-character page with no candidate terms: ${f1(median(b))} ms p50, ${f1(pct(b, 0.95))} ms p95 (target ≤ 2 ms)`);
  const contentScript = path.join(root, '.output/chrome-mv3/content-scripts/content.js');
  if (fs.existsSync(contentScript)) {
    const bytes = fs.statSync(contentScript).size;
    const gz = (await import('node:zlib')).gzipSync(fs.readFileSync(contentScript)).length;
    console.log(`\nContent script bundle: ${f1(bytes / 1024)} kB (${f1(gz / 1024)} kB gzipped); no dictionary in it.`);
  } else console.log('\nContent script bundle: run `npm run build` first to measure it.');
  const used = process.memoryUsage();
  console.log(`\nThis process: RSS ${f1(used.rss / 2 ** 20)} MB, heap ${f1(used.heapUsed / 2 ** 20)} MB`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
