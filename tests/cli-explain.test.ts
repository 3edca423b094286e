// `kyujin-lens analyze --explain`: which step and which selector read a saved page.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'bin/kyujin-lens.mjs');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-explain-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const cli = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
const fixture = (kind: 'detail' | 'list') => path.join(root, `tests/fixtures/sites/kyujinbox/${kind}.html`);
const real = path.resolve(root, '../shared/real-pages');

/** Our 求人ボックス fixture after a redesign: the panels, tables and card classes renamed. */
function redesigned(kind: 'detail' | 'list'): string {
  const html = fs
    .readFileSync(fixture(kind), 'utf8')
    .replaceAll('p-detail_panel', 'p-detail_box')
    .replaceAll('p-detail_table', 'p-detail_grid')
    .replaceAll('p-result_card', 'p-job_card')
    .replaceAll('s-placeSearch_parent', 's-job');
  const p = path.join(tmp, `redesigned-${kind}.html`);
  fs.writeFileSync(p, html);
  return p;
}

describe('analyze --explain', () => {
  it('says a detail page was read by its adapter, with the selector of each part, then gives the verdict', () => {
    const r = cli(['analyze', '--explain', fixture('detail')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('page URL   https://xn--pckua2a7gp15o89zb.com/jb/l5f3a9c1e7b2d4f6089a1b2c3d4e5f607 (from the page\'s og:url)');
    expect(r.stdout).toContain('site       kyujinbox (求人ボックス), detail page');
    expect(r.stdout).toContain('posting    json-ld → [adapter] → generic → main');
    expect(r.stdout).toContain('title    p.p-detail_head_title  → 水産加工品の通販受付スタッフ');
    expect(r.stdout).toMatch(/body {5}div\.p-detail section\.p-detail_panel, div\.p-detail dl\.p-detail_table {2}\(\d+ characters\)/);
    expect(r.stdout).toContain('company  p.p-detail_head_company  → 株式会社うみねこ通販');
    expect(r.stdout).toMatch(/title +no match +h1\[class\*='p-detail'\]/);
    expect(r.stdout).toContain('notice     none');
    expect(r.stdout).toMatch(/\[adapter\]\n {2}判定: /); // the verdict follows
  });

  it('says when the adapter no longer reads the page, and shows the notice', () => {
    const r = cli(['analyze', '--explain', '--lang', 'en', redesigned('detail')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('posting    json-ld → adapter → [generic] → main');
    expect(r.stdout).toMatch(/body +no match +dl\.p-detail_table/);
    expect(r.stdout).toContain('This site’s pages have changed');
    expect(r.stdout).toContain('read by the fallback, not by its adapter');
    const ja = cli(['analyze', '--explain', redesigned('detail')]);
    expect(ja.stdout).toContain('notice     このサイトの表示が変わったため、読み取りが不完全な可能性があります');
  });

  it('on a list page: how the cards were found and their ids', () => {
    const ok = cli(['analyze', '--explain', fixture('list')]);
    expect(ok.stdout).toContain('cards      5 by section.p-result_card');
    expect(ok.stdout).toContain('ids      l5f3a9c1e7b2d4f6089a1b2c3d4e5f607 3c1d5e7f9a0b2c4d6e8f0a1b2c3d4e5f');
    const broken = cli(['analyze', '--explain', redesigned('list')]);
    expect(broken.stdout).toContain('cards      5 by the link-anchored rule (no card selector matched)');
    expect(broken.stdout).toMatch(/job links {2}\d+/);
    expect(broken.stdout).toContain('このサイトの表示が変わったため');
  });

  it('adds an explain object to --json', () => {
    const r = cli(['analyze', '--json', '--explain', redesigned('detail')]);
    const line = JSON.parse(r.stdout);
    expect(line.input.source).toBe('generic');
    expect(line.input.explain).toMatchObject({
      urlFrom: 'og:url',
      site: 'kyujinbox',
      kind: 'detail',
      step: 'generic',
      problem: 'detail-fallback',
      via: { title: 'heading in the block', body: 'labelled block div.p-detail' },
    });
    expect(line.input.explain.selectors).toContainEqual({ field: 'title', selector: 'p.p-detail_head_title', matches: 1 });
    expect(JSON.parse(cli(['analyze', '--json', fixture('detail')]).stdout).input.explain).toBeUndefined();
  });

  it('on a page of no supported site, and on plain text', () => {
    const page = path.join(tmp, 'plain.html');
    fs.writeFileSync(page, '<html><body><h1>受付スタッフ</h1><p>仕事内容：電話の受付です。</p></body></html>');
    const r = cli(['analyze', '--explain', page]);
    expect(r.stdout).toContain('page URL   none (no canonical link or og:url)');
    expect(r.stdout).toContain('site       not a supported job site: no adapter');
    const txt = path.join(tmp, 'p.txt');
    fs.writeFileSync(txt, '受付スタッフ\n電話の受付です。');
    expect(cli(['analyze', '--explain', txt]).stdout).toContain('p.txt: plain text, read as it is');
  });

  it('explains on stderr a page with no posting text, exit code 2', () => {
    const page = path.join(tmp, 'empty.html');
    fs.writeFileSync(page, '<html><head><meta property="og:url" content="https://jp.indeed.com/viewjob?jk=0123456789abcdef"></head><body><img src="x.png"></body></html>');
    const r = cli(['analyze', '--explain', page]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('site       indeed (Indeed), detail page');
    expect(r.stderr).toContain('posting    nothing readable');
    expect(r.stderr).toContain('no posting text found');
  });
});

describe('analyze --explain on the real saved pages (../shared/real-pages)', () => {
  const present = fs.existsSync(path.join(real, 'pages.jsonl'));
  if (!present) console.warn(`\n*** SKIPPED: ${real} not found; --explain was NOT run on real saved pages ***\n`);
  it.skipIf(!present && process.env.CI !== 'true')('finds the adapter from the percent-encoded og:url and reads the job page by it', () => {
    const r = cli(['analyze', '--explain', path.join(real, 'kyujinbox-detail-1.html')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("(from the page's og:url)");
    expect(r.stdout).toContain('site       kyujinbox (求人ボックス), detail page');
    expect(r.stdout).toContain('posting    json-ld → [adapter] → generic → main');
    expect(r.stdout).toContain('title    p.p-detail_head_title');
  });
});
