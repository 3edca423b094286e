// The folders of lib/ depend one way (docs/architecture.md), type imports included, and lib/ holds pure
// modules: no browser or extension API, so Node, a Worker and the tests run the same code.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const lib = path.join(root, 'lib');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return sources(full);
    return /\.(ts|tsx|mts)$/.test(d.name) ? [full] : [];
  });
}

/** Comments blanked (line breaks kept, so line numbers stay right); strings are left alone. */
function withoutComments(src: string): string {
  let out = '';
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    const next = src[i + 1];
    if (c === '/' && next === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end === -1 ? src.length : end + 2;
      out += src.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else if (c === '/' && next === '/') {
      const end = src.indexOf('\n', i);
      const stop = end === -1 ? src.length : end;
      out += ' '.repeat(stop - i);
      i = stop;
    } else if (c === "'" || c === '"' || c === '`') {
      // Skip a string whole so that "//" inside it is not a comment.
      let j = i + 1;
      while (j < src.length && src[j] !== c) j += src[j] === '\\' ? 2 : 1;
      out += src.slice(i, j + 1);
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Every module specifier a file names: import, import type, export … from, side-effect and dynamic imports. */
export function importsOf(src: string): Array<{ spec: string; line: number }> {
  const code = withoutComments(src);
  const found: Array<{ spec: string; line: number }> = [];
  const patterns = [
    /(?:^|[;\n}])\s*(?:import|export)\s+(?:type\s+)?[^'"`;]*?\bfrom\s*(['"])([^'"]+)\1/g,
    /(?:^|[;\n}])\s*import\s*(['"])([^'"]+)\1/g,
    /\bimport\s*\(\s*(['"])([^'"]+)\1\s*\)/g,
  ];
  for (const re of patterns) {
    for (const m of code.matchAll(re)) {
      const at = m.index! + m[0].lastIndexOf(m[2]!);
      found.push({ spec: m[2]!, line: code.slice(0, at).split('\n').length });
    }
  }
  return found;
}

/** The lib/ folder a file belongs to ('.' for a file directly in lib/). */
function folderOf(file: string): string {
  const rel = path.relative(lib, file).split(path.sep);
  return rel.length > 1 ? rel[0]! : '.';
}

/** The file a specifier points at, when it is inside lib/; null for packages and files elsewhere. */
function target(from: string, spec: string): string | null {
  let resolved: string;
  if (spec.startsWith('@/')) resolved = path.join(root, spec.slice(2));
  else if (spec.startsWith('.')) resolved = path.resolve(path.dirname(from), spec);
  else return null;
  resolved = resolved.replace(/\?[^/]*$/, ''); // Vite's ?worker, ?raw
  const rel = path.relative(lib, resolved);
  return rel.startsWith('..') || path.isAbsolute(rel) ? null : resolved;
}

interface Edge {
  from: string;
  to: string;
  where: string;
}

function folderEdges(): Edge[] {
  const edges: Edge[] = [];
  for (const file of sources(lib)) {
    const src = fs.readFileSync(file, 'utf8');
    for (const { spec, line } of importsOf(src)) {
      const t = target(file, spec);
      if (!t) continue;
      const [a, b] = [folderOf(file), folderOf(t)];
      if (a !== b) edges.push({ from: a, to: b, where: `${path.relative(root, file)}:${line} imports ${spec}` });
    }
  }
  return edges;
}

/** Strongly connected groups of more than one folder (Tarjan). */
function cycles(edges: Edge[]): string[][] {
  const nodes = [...new Set(edges.flatMap((e) => [e.from, e.to]))];
  const out = new Map<string, string[]>(nodes.map((n) => [n, []]));
  for (const e of edges) out.get(e.from)!.push(e.to);
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of out.get(v)!) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const n of nodes) if (!index.has(n)) visit(n);
  return groups;
}

/** Packages that exist only in an extension or a page: lib/ receives what it needs from entrypoints/. */
const BROWSER_PACKAGES = /^(?:wxt(?:\/|$)|#imports$|@wxt-dev\/|webextension-polyfill$|preact(?:\/|$)|chrome$)/;
/**
 * Globals of a page, a worker or an extension, as used: a property read (document.body, self.onmessage) or
 * a call. DOM nodes, a fetch or a storage area passed in as arguments are fine.
 */
const BROWSER_GLOBALS = new RegExp(
  String.raw`(?<![\w$.])(?:(?:browser|chrome|window|document|self|globalThis\.document|localStorage|sessionStorage|navigator|location|history|indexedDB|caches)\s*[.[]` +
    String.raw`|(?:importScripts|postMessage|requestAnimationFrame|requestIdleCallback|getComputedStyle|alert|confirm)\s*\(` +
    String.raw`|new\s+(?:XMLHttpRequest|MutationObserver|Worker|WebSocket|EventSource)\b)`,
);

/** Code with string contents blanked too, for looking at identifiers only. */
function codeOnly(src: string): string {
  return withoutComments(src).replace(/(['"`])(?:\\.|(?!\1)[^\\\n])*\1/g, (s) => s[0] + ' '.repeat(s.length - 2) + s[0]);
}

describe('layers of lib/', () => {
  it('reads every kind of import (self-check of the parser)', () => {
    const src = [
      "import a from './a';",
      "import type { B } from '../b/b';",
      'import {\n  c,\n  type D,\n} from "@/lib/c/c";',
      "export { e } from './e';",
      "export type * from './f';",
      "import './side-effect';",
      "const g = await import('../g/g');",
      "// import h from '../h/h';",
      "/* import i from '../i/i'; */",
      "const s = 'import j from \"../j/j\"';",
    ].join('\n');
    expect(importsOf(src).map((x) => x.spec).sort()).toEqual(['../b/b', '../g/g', './a', './e', './f', './side-effect', '@/lib/c/c']);
  });

  it('finds a cycle when there is one (self-check of the cycle finder)', () => {
    const e = (from: string, to: string): Edge => ({ from, to, where: '' });
    expect(cycles([e('a', 'b'), e('b', 'c'), e('c', 'a'), e('c', 'd')])).toEqual([['a', 'b', 'c']]);
    expect(cycles([e('a', 'b'), e('b', 'c')])).toEqual([]);
  });

  it('has no import cycle between folders, type imports included', () => {
    const edges = folderEdges();
    expect(edges.length).toBeGreaterThan(10); // the scan sees the imports at all
    const loops = cycles(edges).map((group) => ({
      folders: group.join(' ↔ '),
      imports: edges.filter((e) => group.includes(e.from) && group.includes(e.to)).map((e) => e.where),
    }));
    expect(loops).toEqual([]);
  });

  it('core/types.ts imports nothing', () => {
    expect(importsOf(fs.readFileSync(path.join(lib, 'core/types.ts'), 'utf8'))).toEqual([]);
  });

  it('sees a browser global when there is one (self-check)', () => {
    for (const line of ['document.body', 'self.onmessage = f', 'browser.storage.local', 'chrome.runtime', 'new MutationObserver(f)', 'requestAnimationFrame(f)']) {
      expect(BROWSER_GLOBALS.test(line), line).toBe(true);
    }
    for (const line of ['doc.body', 'raw.history.on', 'el.ownerDocument', "const s = 'x'", 'page.location']) {
      expect(BROWSER_GLOBALS.test(line), line).toBe(false);
    }
  });

  it('uses no browser or extension API: no such package, no such global', () => {
    const offenders: string[] = [];
    for (const file of sources(lib)) {
      const src = fs.readFileSync(file, 'utf8');
      for (const { spec, line } of importsOf(src)) {
        if (BROWSER_PACKAGES.test(spec)) offenders.push(`${path.relative(root, file)}:${line} imports ${spec}`);
      }
      const code = codeOnly(src);
      // A name the file declares itself (const history = …) is not the global.
      const own = new Set([...code.matchAll(/\b(?:const|let|var|function|class)\s+([\w$]+)/g)].map((m) => m[1]!));
      code.split('\n').forEach((text, i) => {
        const m = BROWSER_GLOBALS.exec(text);
        if (m && !own.has(m[0].replace(/^new\s+/, '').replace(/[\s.[(]+$/, ''))) offenders.push(`${path.relative(root, file)}:${i + 1} uses ${m[0]}`);
      });
    }
    expect(offenders).toEqual([]);
  });

  it('has no bare catch: every catch names the error, to handle a named case or report it', () => {
    const offenders: string[] = [];
    for (const file of sources(lib)) {
      codeOnly(fs.readFileSync(file, 'utf8'))
        .split('\n')
        .forEach((text, i) => {
          if (/\bcatch\s*\{/.test(text)) offenders.push(`${path.relative(root, file)}:${i + 1}`);
        });
    }
    expect(offenders).toEqual([]);
  });
});
