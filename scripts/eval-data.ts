// Loading labelled sets from disk (DIR/labels.jsonl + DIR/postings/ID.txt or ID.html), shared by eval, fit and the
// tests.
import fs from 'node:fs';
import path from 'node:path';
import { parseLabels, type Label } from '../lib/eval/evaluate';
import { parseHtml } from '../lib/extract/node-dom';
import { readPage } from '../lib/extract/reading';

export interface LabelledText {
  label: Label;
  text: string;
  /** The set it came from, for reports. */
  set: string;
}

export const ROOT = path.resolve(import.meta.dirname, '..');

/** Every labelled set the project knows, in report order; the shared ones only where present. */
export const KNOWN_SETS = [
  path.join(ROOT, 'tests/fixtures/eval'),
  path.join(ROOT, 'tests/fixtures/eval-blind'),
  path.join(ROOT, 'tests/fixtures/eval-blind-2'),
  path.join(ROOT, 'tests/fixtures/eval-blind-3'),
  path.join(ROOT, 'tests/fixtures/eval-blind-4'),
  path.join(ROOT, 'tests/fixtures/eval-blind-5'),
  path.join(ROOT, 'tests/fixtures/eval-blind-6'),
  path.join(ROOT, 'tests/fixtures/eval-blind-7'),
  path.join(ROOT, 'tests/fixtures/eval-blind-8'),
  path.join(ROOT, 'tests/fixtures/eval-blind-9'),
  path.join(ROOT, 'tests/fixtures/eval-blind-10'),
  path.join(ROOT, 'tests/fixtures/eval-blind-11'),
  path.join(ROOT, 'tests/fixtures/eval-blind-12'),
  path.join(ROOT, 'tests/fixtures/eval-blind-13'),
  path.join(ROOT, 'tests/fixtures/eval-blind-14'),
  path.join(ROOT, 'tests/fixtures/eval-blind-15'),
  path.join(ROOT, 'tests/fixtures/eval-blind-16'),
  path.join(ROOT, 'tests/fixtures/eval-blind-17'),
  path.join(ROOT, 'tests/fixtures/eval-blind-18'),
  path.join(ROOT, 'tests/fixtures/eval-blind-19'),
  path.join(ROOT, 'tests/fixtures/eval-blind-20'),
  path.join(ROOT, 'tests/fixtures/eval-blind-21'),
  path.join(ROOT, 'tests/fixtures/eval-blind-22'),
  path.join(ROOT, 'tests/fixtures/eval-blind-23'),
  path.join(ROOT, 'tests/fixtures/eval-blind-24'),
  path.join(ROOT, 'tests/fixtures/eval-blind-25'),
  path.join(ROOT, 'tests/fixtures/eval-blind-26'),
  path.join(ROOT, 'tests/fixtures/eval-blind-27'),
  path.join(ROOT, 'tests/fixtures/eval-blind-28'),
  path.join(ROOT, 'tests/fixtures/eval-blind-29'),
  path.join(ROOT, 'tests/fixtures/eval-blind-30'),
  path.join(ROOT, 'tests/fixtures/eval-blind-31'),
  path.join(ROOT, 'tests/fixtures/eval-blind-32'),
  path.join(ROOT, 'tests/fixtures/eval-blind-33'),
  path.join(ROOT, 'tests/fixtures/eval-blind-34'),
  path.join(ROOT, 'tests/fixtures/eval-blind-35'),
  path.join(ROOT, 'tests/fixtures/eval-blind-36'),
  path.join(ROOT, 'tests/fixtures/eval-blind-37'),
  path.join(ROOT, 'tests/fixtures/eval-blind-38'),
  path.join(ROOT, 'tests/fixtures/eval-blind-39'),
  path.join(ROOT, 'tests/fixtures/eval-blind-40'),
  path.join(ROOT, 'tests/fixtures/eval-blind-41'),
  path.join(ROOT, 'tests/fixtures/eval-blind-42'),
  path.join(ROOT, 'tests/fixtures/eval-blind-43'),
  path.join(ROOT, 'tests/fixtures/eval-blind-44'),
  path.join(ROOT, 'tests/fixtures/eval-blind-45'),
  path.join(ROOT, 'tests/fixtures/eval-blind-46'),
  path.join(ROOT, 'tests/fixtures/eval-blind-47'),
  path.join(ROOT, 'tests/fixtures/eval-blind-48'),
  path.join(ROOT, 'tests/fixtures/eval-blind-49'),
  path.join(ROOT, 'tests/fixtures/eval-blind-50'),
  path.join(ROOT, 'tests/fixtures/eval-blind-51'),
  path.join(ROOT, 'tests/fixtures/eval-blind-52'),
  path.join(ROOT, 'tests/fixtures/eval-blind-53'),
  path.join(ROOT, 'tests/fixtures/eval-blind-54'),
  path.join(ROOT, 'tests/fixtures/eval-blind-55'),
  path.join(ROOT, 'tests/fixtures/eval-blind-56'),
  path.join(ROOT, 'tests/fixtures/eval-blind-57'),
  path.join(ROOT, 'tests/fixtures/eval-blind-58'),
  path.join(ROOT, 'tests/fixtures/eval-blind-59'),
  path.join(ROOT, 'tests/fixtures/eval-blind-60'),
  path.join(ROOT, 'tests/fixtures/eval-blind-61'),
  path.join(ROOT, 'tests/fixtures/eval-blind-62'),
  path.join(ROOT, 'tests/fixtures/eval-blind-63'),
  path.join(ROOT, 'tests/fixtures/eval-blind-64'),
  path.join(ROOT, 'tests/fixtures/eval-blind-65'),
  path.join(ROOT, 'tests/fixtures/eval-blind-66'),
  path.join(ROOT, 'tests/fixtures/eval-blind-67'),
  path.join(ROOT, 'tests/fixtures/eval-blind-68'),
  path.join(ROOT, 'tests/fixtures/eval-blind-69'),
  path.join(ROOT, 'tests/fixtures/eval-blind-70'),
  path.join(ROOT, 'tests/fixtures/eval-blind-71'),
  path.join(ROOT, 'tests/fixtures/eval-blind-72'),
  path.join(ROOT, 'tests/fixtures/eval-blind-73'),
  path.join(ROOT, 'tests/fixtures/eval-blind-74'),
  path.join(ROOT, 'tests/fixtures/eval-blind-75'),
  path.join(ROOT, 'tests/fixtures/eval-blind-76'),
  path.join(ROOT, 'tests/fixtures/eval-blind-77'),
  path.join(ROOT, 'tests/fixtures/eval-pages-1'),
  path.join(ROOT, 'tests/fixtures/eval-pages-2'),
  path.join(ROOT, 'tests/fixtures/eval-pages-3'),
  path.join(ROOT, 'tests/fixtures/eval-boundary'),
  path.resolve(ROOT, '../shared/eval-dev'),
  path.resolve(ROOT, '../shared/eval-dev-r2'),
];

/** Sets that are measured and never fitted on: eval-boundary holds pages at the edge of what a posting is (a
 *  benefits page, a 採用情報 top page, a franchise offer, a sample 求人票 explained) far more often than users
 *  meet them; fitted on, it would pull the posting model's prior toward non-postings for every real page. */
/** eval-blind-11 (a general mix written at stop 19, after the rules of that stop) is the final check: no rule and
 *  no fit has seen either half, so both say how the analyzer does on pages nobody tuned for. */
/** eval-blind-12 (stop 20) likewise: fitted on, it moved pages near the posting threshold elsewhere for a net of one.
 *  eval-pages-1 (whole HTML pages, read through extraction) measures the browser path. eval-blind-13 (stop 21),
 *  eval-blind-14 (stop 22), eval-blind-15 (stop 23), eval-blind-16 (stop 24), eval-blind-17 (stop 26), eval-blind-18 (stop 31), eval-blind-19 to eval-blind-23 (stop 32), eval-blind-24 to eval-blind-27 (stop 33), eval-blind-28 to eval-blind-33 (stop 34), eval-blind-34 and eval-blind-35 (stop 35), eval-blind-36 and eval-blind-37 (stop 36), eval-blind-38 to eval-blind-41 (stop 37), eval-blind-42 to eval-blind-45 (stop 38), eval-blind-46 and eval-blind-47 (stop 39), eval-blind-48 to eval-blind-53 (stop 40), eval-blind-54 and eval-blind-55 (stop 43), eval-blind-56 to eval-blind-59 (stop 44), eval-blind-60 to eval-blind-62 and eval-pages-2 (stop 45), eval-blind-63 and eval-blind-64 (stop 46), eval-blind-65 and eval-blind-66 (stop 47), eval-blind-67 (stop 48), eval-blind-68 and eval-blind-69 (stop 49), eval-blind-70 (stop 53), eval-blind-71 (stop 59), eval-blind-72 and eval-blind-73 (stop 60), eval-blind-74 and eval-blind-75 (stop 61), eval-blind-76 (stop 62), eval-blind-77 and eval-pages-3 (stop 63) are
 *  written and kept the same way. */
export const MEASURE_ONLY = new Set(
  ['eval-boundary', 'eval-blind-11', 'eval-blind-12', 'eval-blind-13', 'eval-blind-14', 'eval-blind-15', 'eval-blind-16', 'eval-blind-17', 'eval-blind-18', 'eval-blind-19', 'eval-blind-20', 'eval-blind-21', 'eval-blind-22', 'eval-blind-23', 'eval-blind-24', 'eval-blind-25', 'eval-blind-26', 'eval-blind-27', 'eval-blind-28', 'eval-blind-29', 'eval-blind-30', 'eval-blind-31', 'eval-blind-32', 'eval-blind-33', 'eval-blind-34', 'eval-blind-35', 'eval-blind-36', 'eval-blind-37', 'eval-blind-38', 'eval-blind-39', 'eval-blind-40', 'eval-blind-41', 'eval-blind-42', 'eval-blind-43', 'eval-blind-44', 'eval-blind-45', 'eval-blind-46', 'eval-blind-47', 'eval-blind-48', 'eval-blind-49', 'eval-blind-50', 'eval-blind-51', 'eval-blind-52', 'eval-blind-53', 'eval-blind-54', 'eval-blind-55', 'eval-blind-56', 'eval-blind-57', 'eval-blind-58', 'eval-blind-59', 'eval-blind-60', 'eval-blind-61', 'eval-blind-62', 'eval-blind-63', 'eval-blind-64', 'eval-blind-65', 'eval-blind-66', 'eval-blind-67', 'eval-blind-68', 'eval-blind-69', 'eval-blind-70', 'eval-blind-71', 'eval-blind-72', 'eval-blind-73', 'eval-blind-74', 'eval-blind-75', 'eval-blind-76', 'eval-blind-77', 'eval-pages-1', 'eval-pages-2', 'eval-pages-3'].map((name) => path.join(ROOT, 'tests/fixtures', name)),
);

/** Measure-only sets whose tuned halves the job-type model also learns from. That model decides no verdict: it
 *  says how sure the rules' job type is (confidence-of.ts), and the pages these sets hold (jobs under vague titles,
 *  whole board pages, jobs beside call centers) are where it was surest and wrong. Their untouched halves stay
 *  unseen; eval-blind-11 (the final check, neither half seen) and eval-boundary (edge pages) stay out, and the
 *  posting model learns from none of them. eval-blind-34 to -77, eval-pages-2 and eval-pages-3 (stops 35 to 63) stay out too: fitted on, the model grew
 *  surer on the older untouched halves and wrong there more often (17 → 21 wrong job types at ≥ 0.9 of about 580),
 *  and kept out they check the confidence on pages no fit has seen. */
export const CONFIDENCE_ALSO = new Set([...MEASURE_ONLY].filter((d) => !/eval-blind-11$|eval-blind-3[4-9]$|eval-blind-4[0-9]$|eval-blind-5[0-9]$|eval-blind-6[0-9]$|eval-blind-7[0-9]$|eval-pages-[23]$|eval-boundary$/.test(d)));

export function setName(dir: string): string {
  const rel = path.relative(ROOT, dir);
  return rel.startsWith('..') ? rel.replace(/^(\.\.\/)+/, '../') : rel;
}

export function hasLabels(dir: string): boolean {
  return fs.existsSync(path.join(dir, 'labels.jsonl'));
}

/** A page saved whole (postings/ID.html) is read the way the extension reads it: the posting text it extracts
 *  (JSON-LD, site adapter, generic fallback), or nothing when it finds none, which is no badge. */
export function postingText(dir: string, id: string): string {
  const txt = path.join(dir, 'postings', `${id}.txt`);
  if (fs.existsSync(txt)) return fs.readFileSync(txt, 'utf8');
  const html = fs.readFileSync(path.join(dir, 'postings', `${id}.html`), 'utf8');
  return readPage(parseHtml(html)).posting?.text ?? '';
}

export function loadSet(dir: string): LabelledText[] {
  const file = path.join(dir, 'labels.jsonl');
  const labels = parseLabels(fs.readFileSync(file, 'utf8'), file);
  return labels.map((label) => ({
    label,
    text: postingText(dir, label.id),
    set: setName(dir),
  }));
}
