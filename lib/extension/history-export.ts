// The history as files: CSV (UTF-8 with a byte-order mark so Excel reads the Japanese, RFC 4180 quoting,
// CRLF) and JSON. parseCsv reads our CSV back (tests, and anyone checking an export).
import type { Lang } from '../i18n/messages';
import { ft, jobTypeShort } from '../i18n/filter-messages';
import { quotaLabel } from '../i18n/messages';
import type { HistoryEntry } from './history';
import { basePayLabel, incentiveLabel } from './history-view';

export const BOM = '\uFEFF';

/** The CSV's rows (header first), as strings: what a parse of the file gives back. */
export function historyRows(entries: readonly HistoryEntry[], lang: Lang): string[][] {
  const ja = lang === 'ja';
  const header = [
    ft('seenAt', lang), ft('site', lang), ft('title', lang), ft('company', lang), 'URL', ja ? '求人ID' : 'Job id',
    ja ? '仕事の種類' : 'Job type', ja ? '難易度' : 'Difficulty', ja ? 'ストレス' : 'Stress', ja ? 'ノルマ' : 'Quota',
    ft('incentive', lang), ft('pay', lang), ja ? '確度' : 'Confidence', ja ? '主な理由' : 'Top reasons', ja ? '面接で確認したいこと' : 'Worth asking',
  ];
  const rows = entries.map((e) => [
    new Date(e.seenAt).toISOString(),
    e.site,
    e.title,
    e.company ?? '',
    e.url,
    e.jobId ?? '',
    jobTypeShort(e.verdict.jobType, lang),
    String(e.verdict.difficulty),
    String(e.verdict.stress),
    quotaLabel(e.verdict.quota, lang),
    incentiveLabel(e, lang),
    basePayLabel(e.pay, lang) ?? '',
    String(e.verdict.confidence),
    e.verdict.reasons.map((r) => r[lang]).join(' / '),
    e.verdict.questions.map((q) => q[lang]).join(' / '),
  ]);
  return [header, ...rows].map((r) => r.map(defuse));
}

/**
 * A cell a spreadsheet would run as a formula (= + - @ first, or a tab/CR) gets a leading apostrophe:
 * a posting's title is the page's text, and must never become a formula on the user's machine.
 */
function defuse(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}

export const historyCsv = (entries: readonly HistoryEntry[], lang: Lang) => toCsv(historyRows(entries, lang));

/** RFC 4180 reader: quoted cells with "" and line breaks, CRLF or LF, an optional BOM. */
export function parseCsv(text: string): string[][] {
  const s = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (quoted) throw new Error('CSV: a quoted cell is not closed');
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

/** The history as JSON: the entries as stored, with what made them. */
export function historyJson(entries: readonly HistoryEntry[], exportedAt: number): string {
  return JSON.stringify({ app: 'kyujin-lens', kind: 'history', version: 1, exportedAt: new Date(exportedAt).toISOString(), entries }, null, 2);
}
