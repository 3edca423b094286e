// A blank after a particle or a verb's joining て (お客様からの 電話に 答えます, 担当して いただきます): easy Japanese written for readers learning it sets one after each
// phrase, and some writers pause so. The readers look for phrases whole (に電話で対応, はありません), so such a blank is
// dropped; a blank after a word of its own (勤務地 東京都, 未経験OK 交通費支給) stays. Lines and a posting of our own.
import { describe, expect, it } from 'vitest';
import { normalize, originalRange } from '../lib/text/normalize';
import { run } from './helpers';

describe('normalize drops a blank after a particle before the next word', () => {
  it.each([
    ['ノルマは ありません', 'ノルマはありません'],
    ['お客様からの 電話に 答えます', 'お客様からの電話に答えます'],
    ['受信と 発信の 両方を 担当して いただきます', '受信と発信の両方を担当していただきます'],
    ['パソコンで　入力を します', 'パソコンで入力をします'],
    ['研修も あります', '研修もあります'],
  ])('%j', (original, text) => {
    expect(normalize(original).text).toBe(text);
  });

  it.each([
    ['勤務地 東京都港区'],
    ['未経験OK 交通費支給 週3日から'],
    ['時給は 1,300円'],
    ['週2日で OK'],
    ['電話に ーーー'],
  ])('keeps %j', (original) => {
    expect(normalize(original).text).toBe(original.toLowerCase());
  });

  it('maps the words after it back to the original', () => {
    const original = 'ノルマは　ありません';
    const n = normalize(original);
    const at = n.text.indexOf('ありません');
    expect(original.slice(...originalRange(n, at, at + 5))).toBe('ありません');
  });
});

describe('a posting in easy Japanese reads as the same posting', () => {
  const easy = (work: string) => ['受付スタッフを さがしています', '【しごと】', work, 'マニュアルが あるので、はじめての 人も だいじょうぶです。',
    '【給与】', '時給1,200円', '【場所】', '名古屋市中村区'].join('\n');
  const plain = (s: string) => s.replace(/([をにがはでへも])[ 　]+/g, '$1');
  it.each([
    ['お客様からの お電話に 対応します。ノルマは ありません。', 'inbound'],
    ['お店の 予約の 電話を 受けます。', 'inbound'],
    ['会社に 電話を かけて、アポイントを 取ります。', 'outbound'],
  ])('%s: %s', async (work, jobType) => {
    const r = await run(easy(work));
    expect(r).toMatchObject({ posting: true, jobType, callCenter: true });
    const p = await run(plain(easy(work)));
    expect({ jobType: r.jobType, quota: r.quota, stress: r.stress }).toEqual({ jobType: p.jobType, quota: p.quota, stress: p.stress });
  });
});
