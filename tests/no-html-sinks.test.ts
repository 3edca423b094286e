// Page-derived text must never be interpreted as HTML: no source file may use an HTML-string sink.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const SINKS = /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|createContextualFragment)\b|\beval\s*\(|new Function\s*\(/;

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((d) => {
    const rel = path.join(dir, d.name);
    if (d.isDirectory()) return sources(rel);
    return /\.(ts|tsx|mts|js|mjs|html)$/.test(d.name) ? [rel] : [];
  });
}

describe('no HTML-string sinks', () => {
  it('lib/ and entrypoints/ render text nodes only', () => {
    const offenders: string[] = [];
    for (const file of [...sources('lib'), ...sources('entrypoints')]) {
      fs.readFileSync(path.join(root, file), 'utf8').split('\n').forEach((line, i) => {
        if (SINKS.test(line)) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});
