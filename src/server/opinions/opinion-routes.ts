/**
 * The residents' API: POST /api/v1/opinions (idempotent on the client's id), GET
 * /api/v1/opinions/mine (changes since a cursor, for this device), POST /api/v1/reactions,
 * GET /api/v1/comment-periods. Bodies are validated with the shared zod schemas; unknown fields
 * are rejected; personal fields are never logged.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { OpinionSubmission, ReactionSubmission } from '../../model/opinion.ts';
import { sendError } from '../errors.ts';
import type { PlanCatalogue } from '../plan-catalogue.ts';
import type { Database } from '../storage/database.ts';
import { DeviceAuthError, authenticateDevice, deviceCredentials } from '../devices/device-auth.ts';
import { commentPeriods, judgeComment } from './comment-period.ts';
import { OpinionConflictError, opinionsChangedSince, storeOpinion, storeReaction } from './opinion-store.ts';

export interface OpinionRouteOptions {
  db: Database;
  /** Write concurrent opinions in one transaction (embedded SQLite: one fsync for many). */
  groupCommit: boolean;
  catalogue: PlanCatalogue;
  opinionsPerDevicePerHour: number;
}

const deviceKey = (request: FastifyRequest) => deviceCredentials(request)?.deviceId ?? request.ip;

function validationDetails(error: z.ZodError) {
  return error.issues.map((i) => ({ path: i.path.join('.'), code: i.code, message: i.message }));
}

export function opinionRoutes(app: FastifyInstance, { db, catalogue, opinionsPerDevicePerHour, groupCommit }: OpinionRouteOptions) {
  app.post(
    '/api/v1/opinions',
    { config: { rateLimit: { max: opinionsPerDevicePerHour, timeWindow: '1 hour', keyGenerator: deviceKey } } },
    async (request, reply) => {
      const parsed = OpinionSubmission.safeParse(request.body);
      if (!parsed.success) return sendError(reply, 400, 'invalid_opinion', 'The opinion is not valid.', validationDetails(parsed.error));
      const opinion = parsed.data;
      const plan = catalogue.plan(opinion.municipality, opinion.planId);
      if (!plan) return sendError(reply, 422, 'unknown_plan', 'This plan is not one the city publishes here.');
      if (opinion.nodeId && !plan.nodes.has(opinion.nodeId)) return sendError(reply, 422, 'unknown_node', 'This measure is not in the plan.');
      if (opinion.kind === 'public-comment') {
        const periods = await commentPeriods(db, catalogue);
        const period = periods.find((p) => p.municipality === opinion.municipality && p.planId === opinion.planId);
        const verdict = judgeComment(period, new Date(opinion.writtenAt), new Date());
        if (verdict !== 'ok') return sendError(reply, 422, `comment_${verdict.replaceAll('-', '_')}`, 'This public comment cannot be accepted under the comment period rule.', { period });
      }
      let deviceId: string;
      try {
        deviceId = await authenticateDevice(db, request, true);
      } catch (error) {
        if (error instanceof DeviceAuthError) return sendError(reply, 401, 'device_auth', error.message);
        throw error;
      }
      try {
        const { receipt, created } = await storeOpinion(db, deviceId, opinion, new Date(), groupCommit);
        return reply.code(created ? 201 : 200).send(receipt);
      } catch (error) {
        if (error instanceof OpinionConflictError) return sendError(reply, 409, 'id_conflict', error.message);
        throw error;
      }
    },
  );

  app.get('/api/v1/opinions/mine', async (request, reply) => {
    const query = z.object({ cursor: z.coerce.number().int().min(0).default(0) }).safeParse(request.query);
    if (!query.success) return sendError(reply, 400, 'invalid_cursor', 'cursor must be a whole number', validationDetails(query.error));
    try {
      const deviceId = await authenticateDevice(db, request, false);
      return await opinionsChangedSince(db, deviceId, query.data.cursor);
    } catch (error) {
      // A device that never sent anything has nothing to pull.
      if (error instanceof DeviceAuthError && error.message === 'unknown device') return { items: [], cursor: query.data.cursor };
      if (error instanceof DeviceAuthError) return sendError(reply, 401, 'device_auth', error.message);
      throw error;
    }
  });

  app.post('/api/v1/reactions', async (request, reply) => {
    const parsed = ReactionSubmission.safeParse(request.body);
    if (!parsed.success) return sendError(reply, 400, 'invalid_reaction', 'The reaction is not valid.', validationDetails(parsed.error));
    const r = parsed.data;
    if (!catalogue.plan(r.municipality, r.planId)?.nodes.has(r.nodeId)) return sendError(reply, 422, 'unknown_node', 'This measure is not in the plan.');
    try {
      const deviceId = await authenticateDevice(db, request, true);
      await storeReaction(db, deviceId, r);
      return reply.code(200).send({ id: r.id, status: 'counted' });
    } catch (error) {
      if (error instanceof DeviceAuthError) return sendError(reply, 401, 'device_auth', error.message);
      throw error;
    }
  });

  app.get('/api/v1/comment-periods', async () => ({ periods: await commentPeriods(db, catalogue) }));
}
