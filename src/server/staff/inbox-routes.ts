/** The inbox: GET opinions (filtered list), GET opinions/:id (with personal data), PATCH opinions/:id. */
import type { FastifyRequest } from 'fastify';
import type { OpinionDetail, OpinionPage } from '../../model/staff.ts';
import { OpinionChange, OpinionFilters } from '../../model/staff.ts';
import { sendError } from '../errors.ts';
import { audit } from '../opinions/opinion-store.ts';
import { listOpinions, opinionRow, toSummary } from './opinion-query.ts';
import { WorkflowError, changeOpinion } from './opinion-workflow.ts';
import { refuseOtherCity } from './staff-auth.ts';
import { actorOf, parseOr400, type StaffContext, type StaffHandler } from './staff-context.ts';

export const listInbox: StaffHandler = async ({ db, catalogue }, request, reply) => {
  const filters = parseOr400(OpinionFilters, request.query, reply);
  if (!filters || refuseOtherCity(request, reply, filters.city)) return reply;
  const { rows, total } = await listOpinions(db, request.staff!.municipality, filters);
  const page: OpinionPage = { items: rows.map((r) => toSummary(r, catalogue)), total, page: filters.page, pageSize: filters.pageSize };
  return page;
};

const idOf = (request: FastifyRequest) => String((request.params as { id?: string }).id ?? '').slice(0, 64);

async function detail({ db, catalogue }: StaffContext, id: string): Promise<OpinionDetail | null> {
  const row = await opinionRow(db, id);
  if (!row) return null;
  const contact = await db.selectFrom('opinion_contacts').select(['name', 'email', 'phone']).where('opinion_id', '=', id).executeTakeFirst();
  const history = await db.selectFrom('audit_log').select(['at', 'actor', 'action', 'detail']).where('target', '=', `opinion:${id}`).orderBy('at').orderBy('id').execute();
  return {
    ...toSummary(row, catalogue),
    body: row.body,
    ageGroup: row.age_group,
    area: row.area,
    answer: row.answer,
    internalNote: row.internal_note,
    updatedAt: row.updated_at,
    contact: contact ?? null,
    history,
  };
}

export const showOpinion: StaffHandler = async (ctx, request, reply) => {
  const row = await ctx.db.selectFrom('opinions').select(['municipality']).where('id', '=', idOf(request)).executeTakeFirst();
  if (!row) return sendError(reply, 404, 'not_found', 'No such opinion.');
  if (refuseOtherCity(request, reply, row.municipality)) return reply;
  const found = await detail(ctx, idOf(request));
  // Reading a resident's name or contact is itself recorded.
  if (found?.contact) await audit(ctx.db, actorOf(request), 'opinion.personal-data-viewed', `opinion:${found.id}`);
  return found;
};

export const updateOpinion: StaffHandler = async (ctx, request, reply) => {
  const row = await ctx.db.selectFrom('opinions').select(['municipality']).where('id', '=', idOf(request)).executeTakeFirst();
  if (!row) return sendError(reply, 404, 'not_found', 'No such opinion.');
  if (refuseOtherCity(request, reply, row.municipality)) return reply;
  const change = parseOr400(OpinionChange, request.body, reply);
  if (!change) return reply;
  try {
    await changeOpinion(ctx.db, idOf(request), change, actorOf(request));
  } catch (error) {
    if (error instanceof WorkflowError) return sendError(reply, error.status, error.code, error.message);
    throw error;
  }
  return detail(ctx, idOf(request));
};
