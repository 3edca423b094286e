// Writes kuromoji's dictionary, trimmed (lib/tokenizer/trim-dictionary.ts), gzipped, to .cache/dict/:
// the extension package takes its dictionary from there (wxt.config.ts) and the Node loader prefers it.
// Generated (about 11 MB), never committed; `npm ci` runs this (postinstall) and every build checks it.
// Run by hand: npx tsx scripts/trim-dictionary.ts [--report]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { DICTIONARY_FILES, type DictionaryFile } from '../lib/tokenizer/kuromoji-build';
import { TRIM_FORMAT, trimDictionary, type DictionaryBuffers } from '../lib/tokenizer/trim-dictionary';
import { TRIMMED_DICT_DIR, trimmedStamp } from '../lib/tokenizer/node';

const kuromojiDir = path.join(path.dirname(createRequire(import.meta.url).resolve('kuromoji/package.json')), 'dict');

export interface TrimReport {
  file: DictionaryFile;
  before: number;
  after: number;
  gzAfter: number;
}

/** Writes the trimmed files unless an up-to-date set is there; returns the folder. */
export function ensureTrimmedDictionary(force = false): { dir: string; report: TrimReport[] | null } {
  const stampFile = path.join(TRIMMED_DICT_DIR, 'stamp.json');
  const want = JSON.stringify(trimmedStamp());
  const have = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, 'utf8') : '';
  if (!force && have === want && DICTIONARY_FILES.every((n) => fs.existsSync(path.join(TRIMMED_DICT_DIR, `${n}.dat.gz`)))) {
    return { dir: TRIMMED_DICT_DIR, report: null };
  }
  const full = Object.fromEntries(
    DICTIONARY_FILES.map((n) => [n, new Uint8Array(zlib.gunzipSync(fs.readFileSync(path.join(kuromojiDir, `${n}.dat.gz`))))]),
  ) as DictionaryBuffers;
  const trimmed = trimDictionary(full);
  fs.mkdirSync(TRIMMED_DICT_DIR, { recursive: true });
  fs.rmSync(stampFile, { force: true });
  const report = DICTIONARY_FILES.map((file) => {
    const gz = zlib.gzipSync(trimmed[file], { level: 9 });
    const tmp = path.join(TRIMMED_DICT_DIR, `${file}.dat.gz.${process.pid}.tmp`);
    fs.writeFileSync(tmp, gz);
    fs.renameSync(tmp, path.join(TRIMMED_DICT_DIR, `${file}.dat.gz`));
    return { file, before: full[file].length, after: trimmed[file].length, gzAfter: gz.length };
  });
  // Written last: a half-written folder is never taken for a complete one.
  fs.writeFileSync(stampFile, want);
  return { dir: TRIMMED_DICT_DIR, report };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { dir, report } = ensureTrimmedDictionary(process.argv.includes('--force') || process.argv.includes('--report'));
  if (report) {
    const mb = (n: number) => `${(n / 1048576).toFixed(2)} MB`.padStart(10);
    for (const r of report) console.log(`${r.file.padEnd(11)} ${mb(r.before)} → ${mb(r.after)}   (gzip ${mb(r.gzAfter)})`);
    const sum = (k: 'before' | 'after' | 'gzAfter') => report.reduce((a, r) => a + r[k], 0);
    console.log(`${'total'.padEnd(11)} ${mb(sum('before'))} → ${mb(sum('after'))}   (gzip ${mb(sum('gzAfter'))})`);
  }
  console.log(`trimmed dictionary (format ${TRIM_FORMAT}) in ${path.relative(process.cwd(), dir) || dir}`);
}
