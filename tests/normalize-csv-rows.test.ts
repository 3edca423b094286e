// A job board's export turned into text puts each field on a line as label,value. In a run of three such lines or
// more, the comma after the label is read as a row's colon; anywhere else a comma stays what it was. Lines of our own.
import { describe, expect, it } from 'vitest';
import { normalize, originalRange } from '../lib/text/normalize';
import { findSections } from '../lib/text/sections';

describe('label,value rows of an export', () => {
  const rows = ['職種名,データ入力スタッフ', '仕事内容,伝票の数字をシステムに打ち込みます。', '給与形態,時給', '給与下限,1100'];
  it('read as rows with a colon, character for character', () => {
    const n = normalize(rows.join('\n'));
    expect(n.text).toBe('職種名:データ入力スタッフ\n仕事内容:伝票の数字をシステムに打ち込みます。\n給与形態:時給\n給与下限:1100');
    const at = n.text.indexOf('時給');
    expect(n.original.slice(...originalRange(n, at, at + 2))).toBe('時給');
  });
  it('so the export’s 仕事内容 starts the job’s section', () => {
    const text = normalize(['データ入力スタッフ', ...rows].join('\n')).text;
    const job = findSections(text).find((s) => s.field === 'job')!;
    expect(text.slice(job.start, job.end)).toContain('伝票の数字をシステムに打ち込みます');
  });
  it.each([
    ['fewer than three rows', '対応エリア,大阪\n担当,山田'],
    ['a figure’s grouping', '時給1,300円\n月給210,000円\n日給9,500円'],
    ['prose with Western commas', 'お電話で,ご注文を承ります。\n平日は,9時からです。\n土日は,10時からです。'],
  ])('%s stays as it was', (_, text) => {
    expect(normalize(text).text).not.toContain(':');
  });
});
