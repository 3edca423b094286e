// Scores the pay reader against pay labels (DIR/pay.jsonl; fields in ../shared/eval-dev/README.md "Pay labels").
import { splitHalves, type Half } from './halves';
import type { PayFacts, PayUnit } from '../core/types';
import { normalize } from '../text/normalize';
import { findSections, sectionAt } from '../text/sections';

export interface PayLabel {
  id: string;
  pay: {
    unit: PayUnit | null;
    min: number | null;
    max: number | null;
    training: { unit: PayUnit; min: number | null; max: number | null } | null;
    incentive: 'plus' | 'only' | 'none';
    incentive_per_unit: number | null;
    fixed_overtime: boolean;
    commute: 'full' | 'capped' | 'partial' | 'none' | 'unstated';
  };
  evidence?: string;
  note?: string;
}

export const PAY_METRICS = ['unit', 'min', 'max', 'incentive', 'fixedOvertime', 'commute', 'training'] as const;
export type PayMetric = (typeof PAY_METRICS)[number];

/** The issue's targets on postings nobody tuned for. */
export const PAY_TARGETS: Record<Exclude<PayMetric, 'training'>, number> = {
  unit: 0.95, min: 0.9, max: 0.9, incentive: 0.92, fixedOvertime: 0.95, commute: 0.85,
};

export interface PayMiss {
  id: string;
  metric: PayMetric | 'companyAsPay';
  expected: string;
  got: string;
}

export interface PayReport {
  items: number;
  counts: Record<PayMetric, { right: number; total: number }>;
  accuracy: Record<PayMetric, number>;
  /** Items where an amount from the company profile (資本金, 売上高 …) was read as pay. Must be 0. */
  companyAsPay: number;
  misses: PayMiss[];
}

// Company-profile lines, judged independently of the reader's own rule: the 会社概要 section, or a line
// that names a company figure.
const COMPANY_LINE = /資本金|売上高|年商|純利益|営業利益|設立|従業員数|総資産/;

const LONG_LINE = 300;
const NEAR = 30;

/** Whether the fact at [start, end) of the original text stands in the company profile. */
export function inCompanyProfile(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', start);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  // A form flattened into one long line (a ハローワーク 求人票 copied as text) holds its 資本金 and its wage alike:
  // there only the words right before the fact say what it is.
  const judged = line.length > LONG_LINE ? text.slice(Math.max(lineStart, start - NEAR), start) : line;
  if (COMPANY_LINE.test(judged)) return true;
  // Sections are found on normalized text; up to this point the lengths match closely enough for a line. A fact that
  // starts at a heading standing alone on its line, its figure below (◆年収 right after a ◆会社名 block), is read with
  // that line, which may open a section of its own; a line that holds a figure (平均年収 500万円 in 会社概要) is not.
  const before = normalize(text.slice(0, lineStart)).text.length;
  // A line that opens with a heading of its own and holds its value (【給与】時給1,150円 right after 【会社名】…) is read
  // under that heading.
  const withLine = findSections(normalize(text.slice(0, lineEnd === -1 ? text.length : lineEnd)).text);
  const opens = withLine.find((s) => s.start === before && s.kind !== 'title');
  if (before > 0 && opens) return opens.kind === 'company';
  const bareHeading = /^[^\d]{1,16}$/.test(line.trim());
  const sections = bareHeading ? withLine : findSections(normalize(text.slice(0, lineStart)).text);
  return before > 0 && sectionAt(sections, bareHeading ? before : before - 1) === 'company';
}

export function evaluatePay(items: { label: PayLabel; text: string; pay: PayFacts }[]): PayReport {
  const counts = Object.fromEntries(PAY_METRICS.map((m) => [m, { right: 0, total: 0 }])) as PayReport['counts'];
  const misses: PayMiss[] = [];
  let companyAsPay = 0;
  const score = (id: string, metric: PayMetric, expected: unknown, got: unknown) => {
    counts[metric].total++;
    if (expected === got) counts[metric].right++;
    else misses.push({ id, metric, expected: String(expected), got: String(got) });
  };
  for (const { label, text, pay } of items) {
    const l = label.pay;
    score(label.id, 'unit', l.unit, pay.base?.unit ?? null);
    score(label.id, 'min', l.min, pay.base?.min ?? null);
    score(label.id, 'max', l.max, pay.base?.max ?? null);
    score(label.id, 'incentive', l.incentive, pay.incentive.kind);
    score(label.id, 'fixedOvertime', l.fixed_overtime, pay.fixedOvertime !== null);
    score(label.id, 'commute', l.commute, pay.commute.kind);
    score(label.id, 'training', l.training !== null, pay.training !== null);
    const facts = [pay.base, pay.training].filter((f) => f !== null);
    const bad = facts.find((f) => inCompanyProfile(text, f!.start));
    if (bad) {
      companyAsPay++;
      misses.push({ id: label.id, metric: 'companyAsPay', expected: 'none', got: bad.text });
    }
  }
  const accuracy = Object.fromEntries(PAY_METRICS.map((m) => [m, counts[m].total ? counts[m].right / counts[m].total : 1])) as PayReport['accuracy'];
  return { items: items.length, counts, accuracy, companyAsPay, misses };
}

/** Pay labels scored per half (tune: odd ids; untouched: even ids) against what was read for each item. */
export function evaluatePayHalves(
  labels: readonly PayLabel[],
  read: ReadonlyMap<string, { text: string; pay: PayFacts }>,
  source: string,
): Record<Half, PayReport> {
  const scored = labels.map((label) => {
    const item = read.get(label.id);
    if (!item) throw new Error(`${source}: pay label for "${label.id}", which labels.jsonl does not list`);
    return { label, text: item.text, pay: item.pay };
  });
  const halves = splitHalves(scored, (s) => s.label.id);
  return { tune: evaluatePay(halves.tune), untouched: evaluatePay(halves.untouched) };
}

export function parsePayLabels(jsonl: string, source: string): PayLabel[] {
  const out: PayLabel[] = [];
  jsonl.split('\n').forEach((raw, i) => {
    const l = raw.trim();
    if (!l) return;
    let o: PayLabel;
    try {
      o = JSON.parse(l) as PayLabel;
    } catch (e) {
      throw new Error(`${source}:${i + 1}: not valid JSON (${(e as Error).message})`);
    }
    if (typeof o.id !== 'string' || typeof o.pay !== 'object' || o.pay === null) throw new Error(`${source}:${i + 1}: a pay label needs "id" and "pay"`);
    out.push(o);
  });
  return out;
}

export function formatPayReport(r: PayReport, title = 'pay'): string {
  if (!r.items) return `${title}: no pay labels`;
  const lines = [`${title}: ${r.items} items`];
  for (const m of PAY_METRICS) {
    const c = r.counts[m];
    const target = m in PAY_TARGETS ? `  (target ${Math.round(100 * PAY_TARGETS[m as keyof typeof PAY_TARGETS])}%)` : '';
    lines.push(`  ${`pay.${m}`.padEnd(18)} ${(100 * r.accuracy[m]).toFixed(1).padStart(5)}%  (${c.right}/${c.total})${target}`);
  }
  lines.push(`  ${'pay.companyAsPay'.padEnd(18)} ${String(r.companyAsPay).padStart(5)}   (target 0)`);
  return lines.join('\n');
}

/** A miss as a kind, never its figures or its id: for the untouched half, where only kinds may be read.
 *  unit and incentive name both values; amounts say whether none, one or a different one was read. */
export function payMissKind(m: PayMiss): string {
  if (m.metric === 'min' || m.metric === 'max') {
    if (m.got === 'null') return `${m.metric}: stated, none read`;
    if (m.expected === 'null') return `${m.metric}: none stated, one read`;
    return `${m.metric}: ${Number(m.got) < Number(m.expected) ? 'lower' : 'higher'} figure read`;
  }
  if (m.metric === 'companyAsPay') return 'company figure read as pay';
  return `${m.metric}: ${m.expected} → ${m.got}`;
}

export function formatPayMisses(r: PayReport): string {
  return r.misses.map((m) => `  ${m.id}  pay.${m.metric.padEnd(14)} expected ${m.expected}, got ${m.got}`).join('\n');
}
