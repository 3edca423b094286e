// 32-bit FNV-1a: a short, stable key for a text (a card without a job id, a badge's posting). Not for security.

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of a string, as an unsigned 32-bit number. */
export function fnv1a(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** fnv1a as 8 hex digits. */
export function fnv1aHex(s: string): string {
  return fnv1a(s).toString(16).padStart(8, '0');
}
