// JSON-LD values as the text a posting would show: salaries (時給 1,200円〜), places, employment types.
import { htmlToText } from './html-text';
import { isObject, type Json } from './ld-json';

/** Best-effort string from a JSON-LD value (string, number, {@value}, {name}, array). */
export function asText(v: Json | undefined, depth = 0): string {
  if (v === null || v === undefined || depth > 4) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) {
    return v
      .map((x) => asText(x, depth + 1))
      .filter((x) => x !== '')
      .join('、');
  }
  for (const key of ['@value', 'name', 'value', 'text', 'description']) {
    const t = asText(v[key], depth + 1);
    if (t) return t;
  }
  return '';
}

/** Text that may contain markup: turn it into plain text when it does. */
export function plain(v: Json | undefined, doc: Document): string {
  const s = asText(v);
  return /[<&]/.test(s) ? htmlToText(s, doc) : s.replace(/[ \t\u00a0]+/g, ' ').trim();
}

function toNumber(v: Json | undefined): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string') {
    const n = Number(v.replace(/[,，\s円¥￥]/g, ''));
    if (v.trim() !== '' && Number.isFinite(n)) return n;
  }
  return undefined;
}

/** 250000 → "250,000"; keeps up to two decimals when present. */
function groupDigits(n: number): string {
  const neg = n < 0;
  const abs = Math.abs(n);
  const [int, frac] = (Math.round(abs * 100) / 100).toString().split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (neg ? '-' : '') + grouped + (frac ? '.' + frac : '');
}

function money(n: number, currency: string): string {
  const c = currency.toUpperCase();
  if (c === '' || c === 'JPY' || c === '円') return `${groupDigits(n)}円`;
  return `${groupDigits(n)} ${c}`;
}

const UNIT_LABELS: Record<string, string> = {
  HOUR: '時給',
  DAY: '日給',
  WEEK: '週給',
  MONTH: '月給',
  YEAR: '年収',
};

export function formatOneSalary(v: Json | undefined, doc: Document): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return plain(v, doc);
  if (typeof v === 'number') return money(v, 'JPY');
  if (Array.isArray(v)) {
    return v
      .map((x) => formatOneSalary(x, doc))
      .filter((x) => x !== '')
      .join(' / ');
  }
  if (!isObject(v)) return '';
  const currency = typeof v.currency === 'string' ? v.currency.trim() : '';
  const inner = v.value;
  let unit = '';
  let min: number | undefined;
  let max: number | undefined;
  let exact: number | undefined;
  if (isObject(inner)) {
    unit = asText(inner.unitText);
    min = toNumber(inner.minValue);
    max = toNumber(inner.maxValue);
    exact = toNumber(inner.value);
  } else {
    exact = toNumber(inner);
    min = toNumber(v.minValue);
    max = toNumber(v.maxValue);
  }
  if (!unit) unit = asText(v.unitText);
  const label = UNIT_LABELS[unit.toUpperCase()] ?? '';

  let amount = '';
  if (min !== undefined && max !== undefined) {
    amount = min === max ? money(min, currency) : `${money(min, currency)}〜${money(max, currency)}`;
  } else if (min !== undefined) {
    amount = `${money(min, currency)}〜`;
  } else if (max !== undefined) {
    amount = `〜${money(max, currency)}`;
  } else if (exact !== undefined) {
    amount = money(exact, currency);
  } else if (typeof inner === 'string' && inner.trim() !== '') {
    amount = inner.trim(); // e.g. "応相談"
  }
  if (!amount) return '';
  return label ? `${label} ${amount}` : amount;
}

/** Joins address parts; no separator between Japanese parts, a space otherwise. */
function joinParts(parts: string[]): string {
  let out = '';
  for (const p of parts) {
    if (!p) continue;
    if (out === '') out = p;
    else if (/[\x21-\x7e]$/.test(out) && /^[\x21-\x7e]/.test(p)) out += ' ' + p;
    else out += p;
  }
  return out;
}

export function formatPlace(v: Json | undefined, doc: Document): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return plain(v, doc);
  if (Array.isArray(v)) {
    const seen = new Set<string>();
    return v
      .map((x) => formatPlace(x, doc))
      .filter((x) => x !== '' && !seen.has(x) && (seen.add(x), true))
      .join(' / ');
  }
  if (!isObject(v)) return '';
  const address = v.address;
  if (typeof address === 'string') return plain(address, doc);
  if (Array.isArray(address)) return formatPlace(address.map((a) => ({ address: a }) as Json), doc);
  if (isObject(address)) {
    const joined = joinParts([
      asText(address.addressRegion),
      asText(address.addressLocality),
      asText(address.streetAddress),
    ]);
    if (joined) return joined;
  }
  return asText(v.name);
}

const EMPLOYMENT_LABELS: Record<string, string> = {
  FULL_TIME: 'フルタイム',
  PART_TIME: 'パートタイム',
  CONTRACTOR: '業務委託',
  TEMPORARY: '有期雇用',
  INTERN: 'インターン',
  VOLUNTEER: 'ボランティア',
  PER_DIEM: '日雇い',
  OTHER: 'その他',
};

/**
 * schema.org enum values become Japanese labels. Note FULL_TIME is not
 * necessarily 正社員, so it is rendered as フルタイム rather than guessed.
 */
export function formatEmploymentType(v: Json | undefined): string {
  const items = Array.isArray(v) ? v : [v];
  const labels: string[] = [];
  for (const item of items) {
    const s = asText(item);
    if (!s) continue;
    // "FULL_TIME, PART_TIME" also occurs as one string.
    for (const part of s.split(/\s*[,、]\s*/)) {
      const key = part.trim().toUpperCase().replace(/[\s-]/g, '_');
      const label = EMPLOYMENT_LABELS[key] ?? part.trim();
      if (label && !labels.includes(label)) labels.push(label);
    }
  }
  return labels.join('、');
}

export function formatIdentifier(v: Json | undefined): string {
  if (isObject(v)) return asText(v.value) || asText(v.name) || asText(v['@id']);
  return asText(v);
}
