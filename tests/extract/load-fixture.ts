import { readFileSync } from 'node:fs';
import { parseHtml } from '../../lib/extract/node-dom';

/** Reads tests/fixtures/html/<name> and parses it with linkedom. */
export function loadFixture(name: string): Document {
  const html = readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url), 'utf8');
  return parseHtml(html);
}

/** Parses an inline HTML string (full document or fragment). */
export function html(source: string): Document {
  return parseHtml(source);
}
