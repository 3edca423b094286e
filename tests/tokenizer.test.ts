import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultDictDir, loadNodeTokenizer, DICTIONARY_FILES } from '../lib/tokenizer/node';
import { loadBrowserTokenizer } from '../lib/tokenizer/browser';
import { DictionaryError } from '../lib/tokenizer/types';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-dict-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function dictCopy(name: string, mutate?: (dir: string) => void): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir);
  for (const f of DICTIONARY_FILES) fs.copyFileSync(path.join(defaultDictDir(), `${f}.dat.gz`), path.join(dir, `${f}.dat.gz`));
  mutate?.(dir);
  return dir;
}

async function failure(p: Promise<unknown>): Promise<DictionaryError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(DictionaryError);
    return e as DictionaryError;
  }
  throw new Error('expected a DictionaryError');
}

describe('kuromoji loading', () => {
  it('tokenizes with dictionary forms and offsets (Node, zlib)', async () => {
    const t = await loadNodeTokenizer();
    const tokens = t.tokenize('受発信業務、ノルマなし');
    expect(tokens.map((x) => x.surface)).toEqual(['受発信', '業務', '、', 'ノルマ', 'なし']);
    expect(tokens[4]).toMatchObject({ basic: 'ない', pos: '形容詞', start: 9 });
  });

  it('survives lone surrogates (kuromoji alone crashes on them), keeping offsets', async () => {
    const t = await loadNodeTokenizer();
    const tokens = t.tokenize('ション\ud836受信');
    expect(tokens.map((x) => x.start)).toEqual([0, 3, 4]);
    expect(tokens[2]!.surface).toBe('受信');
  });

  it('places every token where its surface stands, after a piece that ends in a grouped symbol ()、 !。)', async () => {
    // kuromoji starts the piece after each 、 or 。 at the last token's start, so its offsets fall one short after
    // )、 (one token): terms after it failed to align with tokens and were dropped.
    const t = await loadNodeTokenizer();
    for (const s of ['普通自動車免許(at限定可)、営業経験不問', '時給1,300円(研修中)、交通費支給!。ノルマなし)、未経験歓迎']) {
      const tokens = t.tokenize(s);
      for (const x of tokens) expect(s.slice(x.start, x.start + x.surface.length)).toBe(x.surface);
      expect(tokens.map((x) => x.surface).join('')).toBe(s);
    }
  });

  it('gives the same tokens with fflate (the browser gunzip)', async () => {
    const a = await loadNodeTokenizer({ gunzip: 'fflate' });
    const b = await loadNodeTokenizer();
    const s = 'テレアポ・架電業務はありません。インバウンドのみ。';
    expect(a.tokenize(s)).toEqual(b.tokenize(s));
  });

  it('reports a missing dictionary folder as a typed error naming the file', async () => {
    const e = await failure(loadNodeTokenizer({ dictDir: path.join(tmp, 'nowhere') }));
    expect(e.code).toBe('missing');
    expect(e.message).toMatch(/base\.dat\.gz|check\.dat\.gz|\.dat\.gz/);
  });

  it('reports a missing file', async () => {
    const dir = dictCopy('one-missing', (d) => fs.rmSync(path.join(d, 'cc.dat.gz')));
    const e = await failure(loadNodeTokenizer({ dictDir: dir }));
    expect([e.code, e.file]).toEqual(['missing', 'cc.dat.gz']);
  });

  it('reports a truncated file as corrupt', async () => {
    const dir = dictCopy('truncated', (d) => {
      const f = path.join(d, 'tid.dat.gz');
      fs.writeFileSync(f, fs.readFileSync(f).subarray(0, 1000));
    });
    const e = await failure(loadNodeTokenizer({ dictDir: dir }));
    expect([e.code, e.file]).toEqual(['corrupt', 'tid.dat.gz']);
  });

  it('reports files that do not belong together as corrupt, not as garbage tokens', async () => {
    const dir = dictCopy('swapped', (d) => {
      fs.writeFileSync(path.join(d, 'cc.dat.gz'), zlib.gzipSync(Buffer.alloc(1000, 7)));
    });
    expect((await failure(loadNodeTokenizer({ dictDir: dir }))).code).toBe('corrupt');
    const dir2 = dictCopy('scrambled', (d) => {
      fs.writeFileSync(path.join(d, 'tid_pos.dat.gz'), zlib.gzipSync(Buffer.alloc(4096, 1)));
    });
    expect((await failure(loadNodeTokenizer({ dictDir: dir2 }))).code).toBe('corrupt');
  });

  it('uses and repairs a raw cache', async () => {
    const cache = path.join(tmp, 'raw');
    const first = await loadNodeTokenizer({ rawCacheDir: cache });
    expect(fs.readdirSync(cache).filter((f) => f.endsWith('.dat')).length).toBe(DICTIONARY_FILES.length);
    fs.writeFileSync(path.join(cache, 'unk.dat'), '');
    const second = await loadNodeTokenizer({ rawCacheDir: cache });
    expect(second.tokenize('架電業務')).toEqual(first.tokenize('架電業務'));
  });

  it('browser loader: a failed fetch is "missing", bad bytes are "corrupt"', async () => {
    const notFound = (async () => new Response('', { status: 404 })) as typeof fetch;
    expect((await failure(loadBrowserTokenizer('chrome-extension://x/dict/', notFound))).code).toBe('missing');
    const garbage = (async () => new Response(new Uint8Array([1, 2, 3]))) as typeof fetch;
    expect((await failure(loadBrowserTokenizer('chrome-extension://x/dict', garbage))).code).toBe('corrupt');
  });

  it('browser loader builds the same tokenizer from packaged files', async () => {
    const fromDisk = (async (url: string | URL | Request) => {
      const name = String(url).split('/').pop()!;
      return new Response(fs.readFileSync(path.join(defaultDictDir(), name)));
    }) as typeof fetch;
    const t = await loadBrowserTokenizer('chrome-extension://x/dict/', fromDisk);
    expect(t.tokenize('受電専門').map((x) => x.surface)).toEqual(['受電', '専門']);
  });
});
