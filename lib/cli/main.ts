// kyujin-lens analyze [--json] [--explain] [--sensitivity low|standard|high] [--lang ja|en] FILE... | -
import { setReporter } from '../core/report';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../analysis/analyze';
import { SENSITIVITIES, type AnalysisResult, type Sensitivity } from '../core/types';
import { builtinLexicon } from '../lexicon/builtin';
import { getNodeTokenizer } from '../tokenizer/node';
import { createRoughTokenizer } from '../tokenizer/rough';
import { DictionaryError, type Tokenizer } from '../tokenizer/types';
import { normalize } from '../text/normalize';
import { parseHtml } from '../extract/node-dom';
import { readPage, type PageReading } from '../extract/reading';
import { explainJson, formatExplain } from './explain';
import { formatVerdict } from './format';
import type { Lang } from '../i18n/messages';

export const USAGE = `求人レンズ (kyujin-lens): reads Japanese job postings and tells inbound from outbound call-center
work, sales, quotas, difficulty and stress. Everything runs locally.

Usage:
  kyujin-lens analyze [options] FILE...     analyze .txt or .html files
  kyujin-lens analyze [options] -           read one posting from standard input
  kyujin-lens --help

Options:
  --json                       print the result as JSON (one line per input; see README "Result JSON")
  --sensitivity low|standard|high
                               low: only explicit, strong signals; high: also weak cues (目標, 成果, 電話対応)
                               (default: standard)
  --lang ja|en                 language of the readable verdict (default: ja)
  --explain                    for an HTML page, also say how it was read: the step (json-ld, adapter,
                               generic, main), the selector or element that gave the title, the body and
                               the cards, which adapter selectors match, and whether the page looks changed

From an HTML page the posting is taken as the extension takes it: schema.org JobPosting JSON-LD first,
then the job site's adapter (a saved page of a supported site is recognized by its canonical link or
og:url), then the block holding the posting's fields, then the main text.
Exit status: 0 when every input was analyzed, 2 when an input could not be read or the options are wrong.`;

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Buffer;
}

interface Options {
  json: boolean;
  explain: boolean;
  sensitivity: Sensitivity;
  lang: Lang;
  files: string[];
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options | 'help' {
  if (argv.includes('--help') || argv.includes('-h')) return 'help';
  const [command, ...rest] = argv;
  if (command !== 'analyze') throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  const o: Options = { json: false, explain: false, sensitivity: 'standard', lang: 'ja', files: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const value = (name: string) => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (a === '--json') o.json = true;
    else if (a === '--explain') o.explain = true;
    else if (a === '--sensitivity' || a.startsWith('--sensitivity=')) {
      const v = value('--sensitivity');
      if (!SENSITIVITIES.includes(v as Sensitivity)) throw new UsageError(`--sensitivity must be low, standard or high, not "${v}"`);
      o.sensitivity = v as Sensitivity;
    } else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = value('--lang');
      if (v !== 'ja' && v !== 'en') throw new UsageError(`--lang must be ja or en, not "${v}"`);
      o.lang = v;
    } else if (a.startsWith('--')) throw new UsageError(`unknown option "${a}"`);
    else o.files.push(a);
  }
  if (!o.files.length) throw new UsageError('no FILE given (use - for standard input)');
  return o;
}

/** Reads one input; returns its text or a message saying why it cannot be analyzed. */
function readInput(file: string, io: CliIO): { text: string; html: boolean } | { error: string } {
  let bytes: Buffer;
  if (file === '-') {
    try {
      bytes = io.readStdin();
    } catch (e) {
      return { error: `cannot read standard input: ${(e as Error).message}` };
    }
  } else {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return { error: code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? e})` };
    }
    if (stat.isDirectory()) return { error: 'is a directory, not a file' };
    try {
      bytes = fs.readFileSync(file);
    } catch (e) {
      return { error: `cannot read (${(e as NodeJS.ErrnoException).code ?? e})` };
    }
  }
  if (bytes.length === 0) return { error: 'is empty' };
  if (bytes.includes(0)) return { error: 'looks binary (contains NUL bytes), not text' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    // A fatal TextDecoder throws TypeError on bytes that are not UTF-8.
    if (!(e instanceof TypeError)) throw e;
    return { error: 'is not valid UTF-8 text (save it as UTF-8 and try again)' };
  }
  if (!text.trim()) return { error: 'contains only white space' };
  const html = /\.x?html?$/i.test(file) || /^\s*(?:<!doctype html|<html[\s>])/i.test(text.slice(0, 1000));
  return { text, html };
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  let opts: Options | 'help';
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`kyujin-lens: ${e.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (opts === 'help') {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const lexicon = builtinLexicon();
  let kuromoji: Tokenizer | undefined;
  let status = 0;
  const blocks: string[] = [];
  for (const file of opts.files) {
    const name = file === '-' ? '(stdin)' : file;
    const input = readInput(file, io);
    if ('error' in input) {
      io.stderr(`kyujin-lens: ${name}: ${input.error}\n`);
      status = 2;
      continue;
    }
    let text = input.text;
    let source = 'text';
    let reading: PageReading | null = null;
    if (input.html) {
      reading = readPage(parseHtml(text));
      const posting = reading.posting;
      if (!posting || !posting.text.trim()) {
        if (opts.explain) io.stderr(`${formatExplain(name, reading, opts.lang)}\n`);
        io.stderr(`kyujin-lens: ${name}: no posting text found in this HTML page\n`);
        status = 2;
        continue;
      }
      text = posting.text;
      source = posting.source;
    }
    // The prefilter decides whether kuromoji is needed at all: a text with no candidate term is
    // answered without loading the dictionary.
    let tokenizer: Tokenizer;
    if (lexicon.scan(normalize(text).text).length === 0) tokenizer = createRoughTokenizer();
    else {
      try {
        kuromoji ??= await getNodeTokenizer();
      } catch (e) {
        if (!(e instanceof DictionaryError)) throw e;
        io.stderr(`kyujin-lens: ${e.message}\n`);
        return 2;
      }
      tokenizer = kuromoji;
    }
    const result: AnalysisResult = analyze(text, { lexicon, tokenizer, sensitivity: opts.sensitivity });
    if (tokenizer.kind !== 'kuromoji') result.meta.mode = 'full'; // nothing needed tokenizing: the verdict is final
    const explain = opts.explain ? (reading ? explainJson(reading) : { step: 'text' }) : undefined;
    if (opts.json) blocks.push(JSON.stringify({ ...result, input: { file: name, source, ...(explain && { explain }) } }));
    else {
      const verdict = formatVerdict(`${name}${source !== 'text' ? ` [${source}]` : ''}`, result, opts.lang);
      const how = opts.explain ? (reading ? formatExplain(name, reading, opts.lang) : `${name}: plain text, read as it is`) : '';
      blocks.push(how ? `${how}\n\n${verdict}` : verdict);
    }
  }
  if (blocks.length) io.stdout(`${blocks.join(opts.json ? '\n' : '\n\n')}\n`);
  return status;
}

// Run when executed (bin/kyujin-lens.mjs imports this module).
export async function main(): Promise<void> {
  // What lib/ survives by falling back goes to stderr (console.debug would mix it into --json on stdout).
  setReporter((where, e) => process.stderr.write(`kyujin-lens: ${where}: ${e instanceof Error ? e.message : String(e)}\n`));
  const code = await runCli(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: () => fs.readFileSync(0),
  });
  process.exitCode = code;
}

export const CLI_PATH = path.resolve(import.meta.dirname ?? '.', 'main.ts');
