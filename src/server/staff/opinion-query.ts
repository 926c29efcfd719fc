/**
 * The inbox query: one city's opinions, filtered, searched, sorted and paged. The exports run the
 * same query without paging, so a file holds exactly what the console showed.
 */
import { sql, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely';
import type { OpinionFilters, OpinionSummary } from '../../model/staff.ts';
import type { OpinionStatus } from '../../model/opinion.ts';
import type { PlanCatalogue } from '../plan-catalogue.ts';
import type { Database } from '../storage/database.ts';
import type { DatabaseSchema, OpinionTable } from '../storage/tables.ts';

type OpinionQuery<O> = SelectQueryBuilder<DatabaseSchema, 'opinions', O>;

const JAPAN_OFFSET_MS = 9 * 3_600_000;

/** Staff mean days in Japan time: "from 2026-04-01" starts at 00:00 JST; "to" includes its whole day. */
export function dayBoundary(value: string, edge: 'start' | 'end'): string {
  if (value.includes('T')) return new Date(value).toISOString();
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const start = Date.UTC(y, m - 1, d) - JAPAN_OFFSET_MS;
  return new Date(edge === 'start' ? start : start + 86_400_000).toISOString();
}

/** LIKE with the resident's % and _ taken literally. */
const likePattern = (q: string) => `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const hasContact = (eb: ExpressionBuilder<DatabaseSchema, 'opinions'>) =>
  eb.exists(eb.selectFrom('opinion_contacts').select('opinion_contacts.opinion_id').whereRef('opinion_contacts.opinion_id', '=', 'opinions.id'));

const statusRank = sql<number>`case status when 'new' then 0 when 'reviewing' then 1 when 'answered' then 2 when 'done' then 3 else 4 end`;

export function applyFilters<O>(query: OpinionQuery<O>, municipality: string, f: OpinionFilters): OpinionQuery<O> {
  let q = query.where('opinions.municipality', '=', municipality);
  if (f.planId) q = q.where('opinions.plan_id', '=', f.planId);
  if (f.nodeId) q = q.where('opinions.node_id', '=', f.nodeId);
  if (f.kind) q = q.where('opinions.kind', '=', f.kind);
  if (f.status) q = q.where('opinions.status', '=', f.status);
  if (f.language) q = q.where('opinions.language', '=', f.language);
  if (f.from) q = q.where('opinions.received_at', '>=', dayBoundary(f.from, 'start'));
  if (f.to) q = q.where('opinions.received_at', f.to.includes('T') ? '<=' : '<', dayBoundary(f.to, 'end'));
  if (f.hasContact !== undefined) q = q.where((eb) => (f.hasContact ? hasContact(eb) : eb.not(hasContact(eb))));
  if (f.hidden === 'exclude') q = q.where('opinions.hidden_reason', 'is', null);
  if (f.hidden === 'only') q = q.where('opinions.hidden_reason', 'is not', null);
  if (f.q) {
    const pattern = likePattern(f.q);
    // lower() on both sides: SQLite's LIKE ignores ASCII case, PostgreSQL's does not.
    q = q.where((eb) =>
      eb.or([
        eb(sql`lower(opinions.title)`, 'like', sql`${pattern} escape '\\'`),
        eb(sql`lower(opinions.body)`, 'like', sql`${pattern} escape '\\'`),
        eb(sql`lower(opinions.receipt_number)`, 'like', sql`${pattern} escape '\\'`),
      ]),
    );
  }
  return q;
}

function applySort<O>(query: OpinionQuery<O>, sort: OpinionFilters['sort']): OpinionQuery<O> {
  switch (sort) {
    case 'oldest':
      return query.orderBy('opinions.received_at', 'asc').orderBy('opinions.id', 'asc');
    case 'status':
      return query.orderBy(statusRank).orderBy('opinions.received_at', 'desc');
    case 'node':
      return query.orderBy('opinions.plan_id').orderBy('opinions.node_id').orderBy('opinions.received_at', 'desc');
    case 'kind':
      return query.orderBy('opinions.kind').orderBy('opinions.received_at', 'desc');
    default:
      return query.orderBy('opinions.received_at', 'desc').orderBy('opinions.id', 'desc');
  }
}

export type OpinionRow = OpinionTable & { has_contact: unknown };

export function toSummary(row: OpinionRow, catalogue: PlanCatalogue): OpinionSummary {
  return {
    id: row.id,
    receiptNumber: row.receipt_number,
    receivedAt: row.received_at,
    writtenAt: row.written_at,
    kind: row.kind,
    status: row.status as OpinionStatus,
    municipality: row.municipality,
    planId: row.plan_id,
    planTitle: catalogue.plan(row.municipality, row.plan_id)?.title ?? null,
    nodeId: row.node_id,
    nodeTitle: row.node_id ? (catalogue.nodeTitle(row.municipality, row.plan_id, row.node_id) ?? null) : null,
    title: row.title,
    language: row.language,
    // SQLite answers 0/1, PostgreSQL true/false.
    hasContact: row.has_contact === true || Number(row.has_contact) === 1,
    department: row.department,
    answeredAt: row.answered_at,
    hiddenReason: row.hidden_reason,
    version: Number(row.version),
  };
}

const selectRows = (db: Database) => db.selectFrom('opinions').selectAll('opinions').select((eb) => hasContact(eb).as('has_contact'));

export async function listOpinions(db: Database, municipality: string, f: OpinionFilters) {
  const filtered = applyFilters(db.selectFrom('opinions'), municipality, f);
  const { total } = await filtered.select((eb) => eb.fn.countAll().as('total')).executeTakeFirstOrThrow();
  const rows = await applySort(applyFilters(selectRows(db), municipality, f), f.sort)
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  return { rows: rows as OpinionRow[], total: Number(total) };
}

/** Every matching row, for the exports; capped so one request cannot hold the server for long. */
export const EXPORT_LIMIT = 50_000;
export async function allOpinions(db: Database, municipality: string, f: OpinionFilters) {
  return (await applySort(applyFilters(selectRows(db), municipality, f), f.sort).limit(EXPORT_LIMIT).execute()) as OpinionRow[];
}

export async function opinionRow(db: Database, id: string): Promise<OpinionRow | undefined> {
  return (await selectRows(db).where('opinions.id', '=', id).executeTakeFirst()) as OpinionRow | undefined;
}
