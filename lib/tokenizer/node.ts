// Node loader: reads kuromoji's dictionary from disk and gunzips it with node:zlib (the fastest option
// measured here; see `npm run bench`). Node-only: the extension uses ./browser instead.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gunzipSync as fflateGunzip } from 'fflate';
import { buildKuromoji, DICTIONARY_FILES, type DictionaryFile } from './kuromoji-build';
import { TRIM_FORMAT } from './trim-dictionary';
import { DictionaryError, type Tokenizer } from './types';
import { report } from '../core/report';

const require = createRequire(import.meta.url);

/** Where scripts/trim-dictionary.ts writes the trimmed dictionary (generated at install and build time). */
export const TRIMMED_DICT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../.cache/dict');

/** What the trimmed files were made from; they are used only while it matches. */
export function trimmedStamp(): { kuromoji: string; format: number } {
  return { kuromoji: (require('kuromoji/package.json') as { version: string }).version, format: TRIM_FORMAT };
}

/**
 * The trimmed dictionary when it is there and up to date, else kuromoji's own files (trimmed at load
 * time: the same dictionary, a second slower).
 */
export function defaultDictDir(): string {
  try {
    if (fs.readFileSync(path.join(TRIMMED_DICT_DIR, 'stamp.json'), 'utf8') === JSON.stringify(trimmedStamp())) return TRIMMED_DICT_DIR;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  return path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');
}

export interface NodeLoadOptions {
  dictDir?: string;
  /** How to gunzip: node:zlib (default) or fflate (what the browser uses). */
  gunzip?: 'zlib' | 'fflate';
  /**
   * A folder holding the decompressed files (name.dat). When set, they are read from there if present,
   * and written there after a gunzip, so later runs skip decompression. Any unreadable cache file is
   * ignored and rewritten.
   */
  rawCacheDir?: string;
}

export function loadNodeTokenizer(opts: NodeLoadOptions = {}): Promise<Tokenizer> {
  const dir = opts.dictDir ?? defaultDictDir();
  const load = async (name: DictionaryFile): Promise<ArrayBuffer> => {
    if (opts.rawCacheDir) {
      const cached = readIfPresent(path.join(opts.rawCacheDir, `${name}.dat`));
      if (cached) return cached;
    }
    const file = `${name}.dat.gz`;
    let gz: Buffer;
    try {
      gz = fs.readFileSync(path.join(dir, file));
    } catch (e) {
      throw new DictionaryError('missing', file, `${dir}: ${(e as NodeJS.ErrnoException).code ?? e}`);
    }
    let raw: Uint8Array;
    try {
      raw = opts.gunzip === 'fflate' ? fflateGunzip(gz) : zlib.gunzipSync(gz);
    } catch (e) {
      throw new DictionaryError('corrupt', file, `not valid gzip: ${(e as Error).message}`);
    }
    if (opts.rawCacheDir) writeQuietly(path.join(opts.rawCacheDir, `${name}.dat`), raw);
    return toArrayBuffer(raw);
  };
  return buildKuromoji(load);
}

function toArrayBuffer(u: Uint8Array): ArrayBuffer {
  return u.byteOffset === 0 && u.byteLength === u.buffer.byteLength
    ? (u.buffer as ArrayBuffer)
    : (u.buffer.slice(u.byteOffset, u.byteOffset + u.byteLength) as ArrayBuffer);
}

function readIfPresent(file: string): ArrayBuffer | undefined {
  try {
    const b = fs.readFileSync(file);
    return b.byteLength > 0 ? toArrayBuffer(b) : undefined;
  } catch (e) {
    // No cache yet (ENOENT) is the usual case; anything else is told, and the dictionary is read from its source.
    if ((e as NodeJS.ErrnoException)?.code !== 'ENOENT') report('tokenizer cache: reading', e);
    return undefined;
  }
}

function writeQuietly(file: string, data: Uint8Array): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file); // atomic: a crash never leaves a half-written cache file
  } catch (e) {
    // A read-only install simply runs without the cache; any other failure is told.
    if (!['EACCES', 'EPERM', 'EROFS'].includes((e as NodeJS.ErrnoException)?.code ?? '')) report('tokenizer cache: writing', e);
  }
}

let shared: Promise<Tokenizer> | undefined;

/** The process-wide tokenizer: loaded once, on first use. A failed load is not cached, so it can be retried. */
export function getNodeTokenizer(opts?: NodeLoadOptions): Promise<Tokenizer> {
  if (!shared) {
    shared = loadNodeTokenizer(opts);
    shared.catch(() => { shared = undefined; });
  }
  return shared;
}

export { DICTIONARY_FILES };
