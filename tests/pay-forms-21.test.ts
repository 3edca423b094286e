// Training pay on pages that put every cell on a line of its own (研修期間中の給与 ⏎ 時給 ⏎ 1,300円), as pay boards'
// detail pages do when their tables are read as text: the unit's line, then the amount's.
import { describe, expect, it } from 'vitest';
import { readPayChecked } from './pay-helpers';

const page = (training: string) => `コールセンタースタッフ（派遣）\n\n給与\n時給\n1,500円〜1,600円\n雇用形態\n派遣社員\n\n研修\n入社後2週間は座学で学びます。\n${training}\n\n応募資格\n未経験OK`;

describe('training pay with its unit on a line of its own', () => {
  it('研修期間中の給与 ⏎ 時給 ⏎ 1,350円 is the period\'s pay', () => {
    const p = readPayChecked(page('研修期間中の給与\n時給\n1,350円'));
    expect(p.base).toMatchObject({ unit: 'hour', min: 1500, max: 1600 });
    expect(p.training).toMatchObject({ unit: 'hour', min: 1350 });
  });
  it('the same with a blank line between the cells', () => {
    expect(readPayChecked(page('研修期間の給与\n\n日給\n\n9,000円')).training).toMatchObject({ unit: 'day', min: 9000 });
  });
  it('a unit line followed by no amount gives no training pay', () => {
    expect(readPayChecked(page('研修期間中の給与\n時給\n本採用時と同額です')).training).toBeNull();
  });
});
