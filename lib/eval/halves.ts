// The held-out discipline of the labelled sets: items with an odd id number (001, r013, b003) are the half
// rules may be tuned on; items with an even one are the untouched half, only ever measured.

export function idNumber(id: string): number {
  const digits = id.replace(/\D/g, '');
  return digits ? Number(digits) : NaN;
}

export function splitHalves<T>(items: T[], idOf: (item: T) => string): { tune: T[]; untouched: T[] } {
  const tune: T[] = [];
  const untouched: T[] = [];
  for (const it of items) (idNumber(idOf(it)) % 2 === 1 ? tune : untouched).push(it);
  return { tune, untouched };
}
