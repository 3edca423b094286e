// The pay reader as the pay tests call it: every fact that carries words must point at them in the input.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { readPay } from '../lib/pay/read-pay';
import type { PayFacts } from '../lib/core/types';

/** readPay, checking input.slice(start, end) === text for every fact that carries words. */
export function readPayChecked(text: string): PayFacts {
  const pay = readPay(text);
  for (const f of [pay.base, pay.training, pay.fixedOvertime, pay.incentive, pay.commute, ...pay.extras]) {
    if (f && f.text !== undefined) expect(text.slice(f.start, f.end), JSON.stringify(f)).toBe(f.text);
  }
  return pay;
}

/** The base pay's unit and range, or null. */
export function basePay(text: string) {
  const b = readPayChecked(text).base;
  return b && { unit: b.unit, min: b.min, max: b.max };
}

/** One test per page of a round's folder (tests/fixtures/pay/roundN): every page has its reading in expected.json,
 *  and each named fact matches it (null: no such fact). */
export function payRoundTests(dir: string): void {
  const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, Record<string, unknown>>;
  it('has every page and only pages with readings', () => {
    const pages = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    expect(Object.keys(expected).sort()).toEqual(pages);
  });
  for (const [file, want] of Object.entries(expected)) {
    it(file, () => {
      const p = readPayChecked(fs.readFileSync(path.join(dir, file), 'utf8'));
      for (const [key, value] of Object.entries(want)) {
        if (value === null) expect(p[key as keyof PayFacts], key).toBeNull();
        else expect(p[key as keyof PayFacts], key).toMatchObject(value as object);
      }
    });
  }
}
