// Does confidence mean what it says? Verdicts are grouped into confidence bands and each band's share of
// right answers is set beside the band: a calibrated analyzer is right about 80% of the time at 0.8.

export interface Band {
  from: number;
  to: number;
  count: number;
  right: number;
  /** Mean stated confidence in the band. */
  meanConfidence: number;
}

/** Band edges: the badge calls a verdict firm from 0.7, and the figure is wrong answers at ≥ 0.9. */
export const BAND_EDGES = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001];

export function reliability(points: { confidence: number; right: boolean }[], edges = BAND_EDGES): Band[] {
  const bands: Band[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const inside = points.filter((p) => p.confidence >= edges[i]! && p.confidence < edges[i + 1]!);
    bands.push({
      from: edges[i]!,
      to: Math.min(1, edges[i + 1]!),
      count: inside.length,
      right: inside.filter((p) => p.right).length,
      meanConfidence: inside.length ? inside.reduce((a, p) => a + p.confidence, 0) / inside.length : 0,
    });
  }
  return bands;
}

/** Expected calibration error: the count-weighted gap between stated confidence and share right. */
export function calibrationError(bands: Band[]): number {
  const n = bands.reduce((a, b) => a + b.count, 0);
  if (!n) return 0;
  return bands.reduce((a, b) => a + (b.count ? Math.abs(b.right / b.count - b.meanConfidence) * b.count : 0), 0) / n;
}

export function formatReliability(title: string, bands: Band[]): string {
  const lines = [`${title}  (confidence band → share right)`];
  for (const b of bands) {
    if (!b.count) continue;
    const share = ((100 * b.right) / b.count).toFixed(0).padStart(3);
    lines.push(`  ${b.from.toFixed(2)}–${b.to.toFixed(2)}  n=${String(b.count).padStart(3)}  right ${share}%  (mean confidence ${b.meanConfidence.toFixed(2)})`);
  }
  const hi = bands.filter((b) => b.from >= 0.9);
  const hiN = hi.reduce((a, b) => a + b.count, 0);
  const hiWrong = hi.reduce((a, b) => a + b.count - b.right, 0);
  const n = bands.reduce((a, b) => a + b.count, 0);
  const firm = bands.filter((b) => b.from >= 0.7).reduce((a, b) => a + b.count, 0);
  lines.push(`  wrong at ≥ 0.9: ${hiWrong} of ${hiN}; at ≥ 0.7: ${firm} of ${n} (${n ? ((100 * firm) / n).toFixed(0) : 0}%); calibration error ${calibrationError(bands).toFixed(3)}`);
  return lines.join('\n');
}
