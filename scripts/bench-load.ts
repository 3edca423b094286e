// One cold tokenizer load in a fresh process (run by bench.ts): prints {"ms","rssMB"} as JSON.
import { createRequire } from 'node:module';
import { loadNodeTokenizer } from '../lib/tokenizer/node';

const variant = process.argv[2] ?? 'zlib';
const t0 = performance.now();
if (variant === 'stock') {
  // kuromoji's own Node loader (zlibjs gunzip), for comparison.
  const kuromoji = createRequire(import.meta.url)('kuromoji');
  const dicPath = process.argv[3]!;
  await new Promise<void>((resolve, reject) =>
    kuromoji.builder({ dicPath }).build((err: unknown) => (err ? reject(err) : resolve())),
  );
} else if (variant === 'raw-cache') {
  await loadNodeTokenizer({ rawCacheDir: process.argv[3] });
} else {
  await loadNodeTokenizer({ gunzip: variant as 'zlib' | 'fflate' });
}
const ms = performance.now() - t0;
console.log(JSON.stringify({ ms, rssMB: process.memoryUsage().rss / 2 ** 20 }));
