import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'bin/kyujin-lens.mjs');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const cli = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });
const file = (name: string, content: string | Buffer) => {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, content);
  return p;
};

const OUTBOUND = 'テレアポスタッフ募集\n【仕事内容】\n法人リストへの架電業務です。目標件数は1日50件。\n【給与】\n時給1300円＋インセンティブ';

describe('kyujin-lens CLI', () => {
  it('prints its usage with --help', () => {
    const r = cli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/kyujin-lens analyze \[options\] FILE/);
  });

  it('prints a readable verdict with reasons and their sentences', () => {
    const r = cli(['analyze', file('out.txt', OUTBOUND)]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/発信（アウトバウンド）/);
    expect(r.stdout).toMatch(/ノルマあり/);
    expect(r.stdout).toMatch(/「架電業務」 ← 法人リストへの架電業務です。/);
    expect(r.stdout).toMatch(/給与: 時給1,300円・インセンティブあり/);
  });

  it('speaks English with --lang en', () => {
    const r = cli(['analyze', '--lang', 'en', file('out-en.txt', OUTBOUND)]);
    expect(r.stdout).toMatch(/Outbound \(placing calls\)/);
    expect(r.stdout).toMatch(/Quota stated/);
    expect(r.stdout).toMatch(/Pay: ¥1,300 an hour · incentive pay/);
  });

  it('prints the documented JSON, one line per input', () => {
    const r = cli(['analyze', '--json', '--sensitivity', 'high', file('a.txt', OUTBOUND), file('b.txt', '事務スタッフ募集\n営業時間は9時から')]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ jobType: 'outbound', quota: 'stated', callCenter: true, meta: { sensitivity: 'high' } });
    expect(lines[0].pay).toMatchObject({ base: { unit: 'hour', min: 1300, max: 1300, text: '時給1300円' }, incentive: { kind: 'plus' } });
    for (const k of ['posting', 'callCenter', 'jobType', 'quota', 'signals', 'difficulty', 'stress', 'confidence', 'flags', 'reasons', 'questions', 'pay']) {
      expect(lines[0]).toHaveProperty(k);
    }
    expect(lines[1].flags.map((f: { category: string }) => f.category)).toEqual(['office']); // 営業時間 is not sales
  });

  it('reads standard input', () => {
    const r = cli(['analyze', '--json', '-'], OUTBOUND);
    expect(JSON.parse(r.stdout).jobType).toBe('outbound');
  });

  it('takes the posting out of an HTML page (JSON-LD first)', () => {
    const html = fs.readFileSync(path.join(root, 'tests/fixtures/html/jsonld-basic.html'), 'utf8');
    const r = cli(['analyze', '--json', file('page.html', html)]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).input.source).toBe('json-ld');
  });

  it('reports bad inputs on stderr with exit code 2 and still analyzes the others', () => {
    const good = file('good.txt', OUTBOUND);
    const r = cli([
      'analyze', '--json',
      path.join(tmp, 'missing.txt'),
      tmp,
      file('empty.txt', ''),
      file('binary.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])),
      file('latin1.txt', Buffer.from([0x83, 0x65, 0x83, 0x8c, 0xff, 0xfe])),
      good,
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/missing\.txt: no such file/);
    expect(r.stderr).toMatch(/is a directory/);
    expect(r.stderr).toMatch(/empty\.txt: is empty/);
    expect(r.stderr).toMatch(/binary\.bin: looks binary/);
    expect(r.stderr).toMatch(/latin1\.txt: is not valid UTF-8/);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.stdout).input.file).toBe(good);
  });

  it('rejects wrong options with usage and exit code 2', () => {
    for (const args of [['analyze', '--sensitivity', 'max', 'x'], ['frobnicate'], ['analyze'], ['analyze', '--lang']]) {
      const r = cli(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/Usage:/);
    }
  });

  it('never echoes terminal control sequences from the input', () => {
    const r = cli(['analyze', file('esc.txt', 'テレアポ募集\n\u001b[2J架電業務です。\u001b]0;pwned\u0007')]);
    expect(r.stdout.includes('\u001b')).toBe(false);
  });
});
