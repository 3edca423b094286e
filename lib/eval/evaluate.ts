// Scores analysis results against labelled postings (the format of ../shared/eval-dev, see README).
import type { AnalysisResult, Flag, JobType, QuotaStatus } from '../core/types';
import { normalize, originalRange } from '../text/normalize';

export interface Label {
  id: string;
  kind: 'posting' | 'article';
  job_type: JobType;
  call_center: boolean;
  quota: QuotaStatus;
  incentive: boolean;
  complaints: boolean;
  manual_training: boolean;
  beginner_ok: boolean;
  difficulty: number;
  stress: number;
  traps: string[];
  note?: string;
}

export const METRICS = [
  'posting', 'callCenter', 'jobType', 'quota', 'incentive', 'complaints', 'manualTraining', 'beginnerOk',
  'difficulty', 'difficulty±1', 'stress', 'stress±1', 'traps',
] as const;
export type Metric = (typeof METRICS)[number];

export interface Miss {
  id: string;
  metric: Metric;
  expected: string;
  got: string;
}

export interface EvalReport {
  items: number;
  postings: number;
  accuracy: Record<Metric, number>;
  counts: Record<Metric, { right: number; total: number }>;
  misses: Miss[];
  /** Job-type verdicts of postings with their stated confidence: the reliability table's input. */
  confidence: { id: string; confidence: number; right: boolean }[];
}

/** Whether a present flag of this category says what the label says (then it is not the wrong sense). */
function agreesWithLabel(category: Flag['category'], label: Label): boolean {
  switch (category) {
    case 'training': return label.manual_training;
    case 'beginner': return label.beginner_ok;
    case 'incentive': return label.incentive;
    case 'complaints': return label.complaints;
    case 'quota': return label.quota === 'stated';
    case 'inbound': case 'outbound': case 'sales': return label.job_type === category || (label.job_type === 'mixed' && category !== 'sales');
    case 'mixed': return label.job_type === 'mixed';
    case 'callCenter': case 'management': return label.call_center;
    case 'office': case 'inboundOnly': return true; // the reading that defuses the trap (営業事務, 発信業務はありません)
    default: return false;
  }
}

/**
 * Present flags that sit on a trap word (a word used in a misleading sense) and say something the label
 * contradicts: 研修 flagged as training where the label says no training is stated, 営業 flagged as sales in
 * an office job. Flags under 会社概要/事業内容 are not counted: they are down-weighted as saying little about
 * the job.
 */
export function trapViolations(text: string, label: Label, result: AnalysisResult): string[] {
  const out: string[] = [];
  const norm = normalize(text);
  for (const trap of label.traps ?? []) {
    const needle = normalize(trap).text;
    for (let p = norm.text.indexOf(needle); p !== -1; p = norm.text.indexOf(needle, p + 1)) {
      const [s, e] = originalRange(norm, p, p + needle.length);
      for (const f of result.flags) {
        if (f.polarity !== 'present' || f.section === 'company' || agreesWithLabel(f.category, label)) continue;
        if (f.start < e && f.end > s) out.push(`${trap} → ${f.id} "${f.text}"`);
      }
    }
  }
  return [...new Set(out)];
}

export function evaluate(items: { label: Label; text: string; result: AnalysisResult }[]): EvalReport {
  const counts = Object.fromEntries(METRICS.map((m) => [m, { right: 0, total: 0 }])) as EvalReport['counts'];
  const misses: Miss[] = [];
  const score = (id: string, metric: Metric, expected: unknown, got: unknown, ok = expected === got) => {
    counts[metric].total++;
    if (ok) counts[metric].right++;
    else misses.push({ id, metric, expected: String(expected), got: String(got) });
  };
  let postings = 0;
  const confidence: EvalReport['confidence'] = [];
  for (const { label, text, result: r } of items) {
    score(label.id, 'posting', label.kind === 'posting', r.posting);
    if (label.kind !== 'posting') continue; // an article's other labels describe the work it talks about
    postings++;
    score(label.id, 'callCenter', label.call_center, r.callCenter);
    score(label.id, 'jobType', label.job_type, r.jobType);
    confidence.push({ id: label.id, confidence: r.confidence, right: label.job_type === r.jobType });
    score(label.id, 'quota', label.quota, r.quota);
    score(label.id, 'incentive', label.incentive, r.signals.incentive);
    score(label.id, 'complaints', label.complaints, r.signals.complaints);
    score(label.id, 'manualTraining', label.manual_training, r.signals.manualTraining);
    score(label.id, 'beginnerOk', label.beginner_ok, r.signals.beginnerOk);
    score(label.id, 'difficulty', label.difficulty, r.difficulty);
    score(label.id, 'difficulty±1', label.difficulty, r.difficulty, Math.abs(label.difficulty - r.difficulty) <= 1);
    score(label.id, 'stress', label.stress, r.stress);
    score(label.id, 'stress±1', label.stress, r.stress, Math.abs(label.stress - r.stress) <= 1);
    const v = trapViolations(text, label, r);
    score(label.id, 'traps', 'none', v.join('; ') || 'none', v.length === 0);
  }
  const accuracy = Object.fromEntries(
    METRICS.map((m) => [m, counts[m].total ? counts[m].right / counts[m].total : 1]),
  ) as Record<Metric, number>;
  return { items: items.length, postings, accuracy, counts, misses, confidence };
}

export function parseLabels(jsonl: string, source: string): Label[] {
  return jsonl
    .split('\n')
    .map((l, i) => [l.trim(), i + 1] as const)
    .filter(([l]) => l)
    .map(([l, line]) => {
      try {
        return JSON.parse(l) as Label;
      } catch (e) {
        throw new Error(`${source}:${line}: not valid JSON (${(e as Error).message})`);
      }
    });
}

export function formatReport(r: EvalReport, opts: { ids?: boolean } = {}): string {
  const lines = [`${r.items} items, ${r.postings} postings`];
  for (const m of METRICS) {
    const c = r.counts[m];
    lines.push(`  ${m.padEnd(16)} ${(100 * r.accuracy[m]).toFixed(1).padStart(5)}%  (${c.right}/${c.total})`);
  }
  if (r.misses.length) {
    lines.push('', 'misses by kind:');
    for (const [kind, n] of missKinds(r.misses)) lines.push(`  ${String(n).padStart(3)} × ${kind}`);
    if (opts.ids) {
      lines.push('', 'misses:');
      for (const m of r.misses) lines.push(`  ${m.id}  ${m.metric.padEnd(14)} expected ${m.expected}, got ${m.got}`);
    }
  }
  return lines.join('\n');
}

/** Misses grouped by what went wrong (jobType other → sales), most frequent first; traps by entry. */
export function missKinds(misses: Miss[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const m of misses) {
    if (m.metric === 'difficulty' || m.metric === 'stress') continue; // exact levels: the ±1 rows say enough
    const kind =
      m.metric === 'traps' ? `trap flagged: ${[...new Set(m.got.split('; ').map((g) => g.split(' → ')[1]?.split(' ')[0]))].join(', ')}`
      : m.metric.endsWith('±1') ? `${m.metric} off by more than 1`
      : `${m.metric} ${m.expected} → ${m.got}`;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
