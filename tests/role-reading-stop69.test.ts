// Stop 69: words the page quotes as words (「ノルマなし」といった決まり文句, 「テレアポ」という言葉) are talked about, not
// said of the job. Pages of our own.
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const writer = (says: string) => `求人広告ライター（正社員）
【仕事内容】
求人サイトに載せる原稿の取材と執筆を担当します。${says}
月に15本ほどの原稿を担当していただきます。
【給与】月給26万円〜
【勤務地】東京都中央区
【勤務時間】10:00〜19:00
【応募方法】応募フォームから職務経歴書をお送りください。`;

describe('words quoted as words', () => {
  it('「ノルマなし」「週払いOK」といった決まり文句 is no denial of a quota of this job', async () => {
    const r = await run(writer('「ノルマなし」「週払いOK」といった決まり文句だけに頼らず、職場の姿を書き分けます。'));
    expect(r.quota).toBe('absent');
    expect(r.flags.some((f) => f.category === 'quota')).toBe(false);
  });
  it('「テレアポ」という言葉 names no call the writer makes', async () => {
    const r = await run(writer('「テレアポ」という言葉を使わずに仕事の中身を伝える工夫もします。'));
    expect(r.flags.some((f) => f.category === 'outbound')).toBe(false);
  });
  it('a quoted denial said of the job itself (「ノルマなし」なので安心) still denies', async () => {
    const r = await run(writer('取材先への営業はなく、「ノルマなし」なので安心して書くことに集中できます。'));
    expect(r.quota).toBe('negated');
  });
});
