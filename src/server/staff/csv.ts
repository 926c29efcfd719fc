/**
 * CSV files for staff to open in Excel: UTF-8 with a BOM (or Excel guesses Shift_JIS and shows
 * mojibake), CRLF line ends, Japanese headers. Residents' text that starts like a formula is
 * prefixed with ' so a spreadsheet shows it instead of running it (CSV injection).
 */
import { stringify } from 'csv-stringify/sync';
import type { PlanCounts } from '../../model/staff.ts';
import type { PlanCatalogue } from '../plan-catalogue.ts';
import type { OpinionContactTable } from '../storage/tables.ts';
import type { OpinionRow } from './opinion-query.ts';

export const KIND_LABELS: Record<string, string> = { proposal: '提案', comment: '施策への意見', 'public-comment': 'パブリックコメント', question: '質問' };
export const STATUS_LABELS: Record<string, string> = { new: '新規', reviewing: '確認中', answered: '回答済', done: '対応済', declined: '対応しない' };

export const OPINION_CSV_HEADER = [
  '受付番号', '受付日時', '記入日時', '種類', '状態', '計画ID', '計画', '施策ID', '施策', '件名', '内容', '言語', '年代', '地域',
  '担当課', '公開回答', '回答日時', '内部メモ', '非表示の理由',
] as const;
export const PERSONAL_CSV_HEADER = ['氏名', 'メールアドレス', '電話番号'] as const;
export const COUNTS_CSV_HEADER = ['計画ID', '計画', '施策ID', '施策', '意見数', '賛成', '関心あり'] as const;

/** Cells a spreadsheet would read as a formula: = + - @ and tab / carriage return first. */
export function inert(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function toCsv(rows: (string | number)[][]): string {
  return `\uFEFF${stringify(rows, { record_delimiter: '\r\n' })}`;
}

/** Times as staff read them: Japan time, "2026-04-01 09:30". */
export function japanTime(iso: string | null): string {
  if (!iso) return '';
  const t = new Date(new Date(iso).getTime() + 9 * 3_600_000).toISOString();
  return `${t.slice(0, 10)} ${t.slice(11, 16)}`;
}

export function opinionsCsv(rows: OpinionRow[], catalogue: PlanCatalogue, contacts?: Map<string, OpinionContactTable>): string {
  const header: string[] = [...OPINION_CSV_HEADER, ...(contacts ? PERSONAL_CSV_HEADER : [])];
  const body = rows.map((r) => {
    const cells: (string | number)[] = [
      r.receipt_number,
      japanTime(r.received_at),
      japanTime(r.written_at),
      KIND_LABELS[r.kind] ?? r.kind,
      STATUS_LABELS[r.status] ?? r.status,
      r.plan_id,
      catalogue.plan(r.municipality, r.plan_id)?.title ?? '',
      r.node_id ?? '',
      r.node_id ? (catalogue.nodeTitle(r.municipality, r.plan_id, r.node_id) ?? '') : '',
      inert(r.title),
      inert(r.body),
      r.language,
      r.age_group ?? '',
      inert(r.area),
      inert(r.department),
      inert(r.answer),
      japanTime(r.answered_at),
      inert(r.internal_note),
      inert(r.hidden_reason),
    ];
    if (contacts) {
      const c = contacts.get(r.id);
      cells.push(inert(c?.name), inert(c?.email), inert(c?.phone));
    }
    return cells;
  });
  return toCsv([header, ...body]);
}

export function countsCsv(plans: PlanCounts[]): string {
  const rows = plans.flatMap((p) => p.nodes.map((n) => [p.planId, p.title, n.nodeId ?? '', n.nodeId ? n.title : '（計画全体）', n.opinions, n.support, n.interest]));
  return toCsv([[...COUNTS_CSV_HEADER], ...rows]);
}
