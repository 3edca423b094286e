// Japanese set with Western stops: ，． in official and academic writing (a university's or a town office's posting),
// ., typed on a Western keyboard. After a Japanese word they are 、 and 。 to every reader; figures, Latin names and
// addresses keep theirs. Lines and a posting of our own.
import { describe, expect, it } from 'vitest';
import { normalize, originalRange } from '../lib/text/normalize';
import { run } from './helpers';

describe('normalize reads ，． after Japanese words as 、。', () => {
  it.each([
    ['お問い合わせに，お電話で対応します．', 'お問い合わせに、お電話で対応します。'],
    ['研修があります. 未経験でも安心です.', '研修があります。 未経験でも安心です。'],
    ['受付，入力，発送', '受付、入力、発送'],
    ['（火曜定休）．次の行', '(火曜定休)。次の行'],
  ])('%j', (original, text) => {
    expect(normalize(original).text).toBe(text);
  });

  it.each([
    ['時給1,300円～1,500円', '時給1,300円~1,500円'],
    ['月給25.5万円', '月給25.5万円'],
    ['株式会社ABC Co., Ltd.', '株式会社abc co., ltd.'],
    ['詳細はexample.co.jpへ', '詳細はexample.co.jpへ'],
    ['勤務時間 9.00-18.00', '勤務時間 9.00-18.00'],
  ])('leaves %j its own stops', (original, text) => {
    expect(normalize(original).text).toBe(text);
  });

  it('maps the stop back to the original', () => {
    const original = '電話で対応します．';
    const n = normalize(original);
    expect(original.slice(...originalRange(n, n.text.indexOf('。'), n.text.indexOf('。') + 1))).toBe('．');
  });
});

describe('a posting written with ，． reads as one written with 、。', () => {
  const body = (comma: string, stop: string) =>
    ['住宅設備の点検ご案内スタッフ', '【仕事内容】', `ガス給湯器をお使いのお客さまへお電話し${comma}無料点検のご案内をします${stop}日時が決まったら${comma}点検担当が伺います${stop}`,
      `ときにはお叱りのお電話もあります${stop}対応に迷ったときは${comma}リーダーが代わって対応します${stop}`, '【給与】', '時給1,250円', '【勤務地】', '岡山市北区'].join('\n');
  it('the same verdicts: outbound calls, complaints heard', async () => {
    const western = await run(body('，', '．'));
    const japanese = await run(body('、', '。'));
    expect(japanese).toMatchObject({ jobType: 'outbound', callCenter: true });
    expect(japanese.signals.complaints).toBe(true);
    expect(western).toMatchObject({ jobType: japanese.jobType, callCenter: japanese.callCenter, quota: japanese.quota, stress: japanese.stress });
    expect(western.signals.complaints).toBe(true);
  });
});
