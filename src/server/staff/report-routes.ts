/** Counts per plan node (JSON and CSV) and the exports of the filtered list (CSV and JSON). */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ExportQuery } from '../../model/staff.ts';
import { sendError } from '../errors.ts';
import { audit } from '../opinions/opinion-store.ts';
import type { OpinionContactTable } from '../storage/tables.ts';
import { countsPerNode } from './counts.ts';
import { countsCsv, opinionsCsv } from './csv.ts';
import { allOpinions, toSummary } from './opinion-query.ts';
import { refuseOtherCity } from './staff-auth.ts';
import { actorOf, parseOr400, type StaffContext, type StaffHandler } from './staff-context.ts';

const slug = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/).max(64);
const CountsQuery = z.object({ city: slug.optional(), planId: slug.optional() });

const today = () => new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);

function download(reply: FastifyReply, name: string, type: string, body: string) {
  return reply.header('content-type', type).header('content-disposition', `attachment; filename="${name}"`).send(body);
}

async function countsOf({ db, catalogue }: StaffContext, request: FastifyRequest, reply: FastifyReply) {
  const query = parseOr400(CountsQuery, request.query, reply);
  if (!query || refuseOtherCity(request, reply, query.city)) return null;
  return countsPerNode(db, catalogue, request.staff!.municipality, query.planId);
}

export const counts: StaffHandler = async (ctx, request, reply) => {
  const plans = await countsOf(ctx, request, reply);
  return plans ? { plans } : reply;
};

export const countsAsCsv: StaffHandler = async (ctx, request, reply) => {
  const plans = await countsOf(ctx, request, reply);
  if (!plans) return reply;
  return download(reply, `machiplan-counts-${request.staff!.municipality}-${today()}.csv`, 'text/csv; charset=utf-8', countsCsv(plans));
};

async function contactsOf(ctx: StaffContext, ids: string[]): Promise<Map<string, OpinionContactTable>> {
  const found = new Map<string, OpinionContactTable>();
  // In slices: databases cap how many values one statement may bind.
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await ctx.db.selectFrom('opinion_contacts').selectAll().where('opinion_id', 'in', ids.slice(i, i + 500)).execute();
    for (const r of rows) found.set(r.opinion_id, r);
  }
  return found;
}

function exporter(format: 'csv' | 'json'): StaffHandler {
  return async (ctx, request, reply) => {
    const query = parseOr400(ExportQuery, request.query, reply);
    if (!query || refuseOtherCity(request, reply, query.city)) return reply;
    const staff = request.staff!;
    if (query.personal && staff.role !== 'admin') return sendError(reply, 403, 'personal_data_admin_only', 'Only an administrator may export personal data.');
    const rows = await allOpinions(ctx.db, staff.municipality, query);
    const contacts = query.personal ? await contactsOf(ctx, rows.map((r) => r.id)) : undefined;
    await audit(ctx.db, actorOf(request), query.personal ? 'export.personal-data' : 'export', `city:${staff.municipality}`, `${format}, ${rows.length} opinions`);
    const name = `machiplan-opinions-${staff.municipality}-${today()}${query.personal ? '-personal' : ''}.${format}`;
    if (format === 'csv') return download(reply, name, 'text/csv; charset=utf-8', opinionsCsv(rows, ctx.catalogue, contacts));
    const items = rows.map((r) => ({
      ...toSummary(r, ctx.catalogue),
      body: r.body,
      ageGroup: r.age_group,
      area: r.area,
      answer: r.answer,
      internalNote: r.internal_note,
      ...(contacts ? { contact: contacts.get(r.id) ? { name: contacts.get(r.id)!.name, email: contacts.get(r.id)!.email, phone: contacts.get(r.id)!.phone } : null } : {}),
    }));
    const body = JSON.stringify({ exportedAt: new Date().toISOString(), municipality: staff.municipality, personal: query.personal, count: items.length, items }, null, 1);
    return download(reply, name, 'application/json; charset=utf-8', body);
  };
}

export const exportCsv = exporter('csv');
export const exportJson = exporter('json');
