// Held-out discipline: every labelled set is split by one fixed rule into the half rules may be tuned on and
// the half nobody opens. The rule is the parity of the id's number (001, r013, b101 are tuned on; 002, r014 are
// not), so it needs no list and cannot drift as sets grow.

export type Half = 'tune' | 'untouched';

export const HALF_NAMES: Record<Half, string> = {
  tune: 'tuned half (odd ids)',
  untouched: 'untouched half (even ids)',
};

export function idNumber(id: string): number {
  const digits = id.replace(/\D/g, '');
  return digits ? Number(digits) : NaN;
}

/** The half an id belongs to; ids without a number are untouched (never tuned on by accident). */
export function halfOf(id: string): Half {
  return idNumber(id) % 2 === 1 ? 'tune' : 'untouched';
}

export function splitHalves<T>(items: T[], idOf: (item: T) => string): Record<Half, T[]> {
  const out: Record<Half, T[]> = { tune: [], untouched: [] };
  for (const it of items) out[halfOf(idOf(it))].push(it);
  return out;
}
