// The pay reader as the pay tests call it: every fact that carries words must point at them in the input.
import { expect } from 'vitest';
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
