// The pay reader on shapes met at stop 66, pinned with sentences of our own: pay in plain Japanese for foreign
// workers, with its words spelled in kana (じきゅう（1じかん）1,350円).
import { describe, expect, it } from 'vitest';
import { readPayChecked } from './pay-helpers';

const read = readPayChecked;

describe('pay words spelled in kana (やさしい日本語)', () => {
  it('じきゅう, にっきゅう and げっきゅう name the unit as 時給, 日給 and 月給 do', () => {
    expect(read('でんわの しごと\n■きゅうりょう\nじきゅう（1じかん）1,350円').base).toMatchObject({ unit: 'hour', min: 1350, max: 1350 });
    expect(read('そうこの しごと\nにっきゅう 9,800円').base).toMatchObject({ unit: 'day', min: 9800, max: 9800 });
    expect(read('こうじょうの しごと\nげっきゅう 21万円〜24万円').base).toMatchObject({ unit: 'month', min: 210000, max: 240000 });
  });
  it('きゅうりょう labels the pay and leaves the unit to the amount', () => {
    expect(read('でんわの しごと\nきゅうりょう：1,300円（1じかん）').base).toMatchObject({ unit: 'hour', min: 1300 });
  });
});
