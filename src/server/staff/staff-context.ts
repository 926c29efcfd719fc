import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { sendError } from '../errors.ts';
import type { PlanCatalogue } from '../plan-catalogue.ts';
import type { Database } from '../storage/database.ts';

/** What every console handler works with. */
export interface StaffContext {
  db: Database;
  catalogue: PlanCatalogue;
}

export type StaffHandler = (ctx: StaffContext, request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

/** The audit log's name for the acting staff member. */
export const actorOf = (request: FastifyRequest) => `staff:${request.staff!.login}`;

/** Parses query or body with a shared schema; answers 400 with the reasons when it does not fit. */
export function parseOr400<T extends z.ZodType>(schema: T, input: unknown, reply: FastifyReply): z.infer<T> | undefined {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  void sendError(reply, 400, 'invalid_request', 'The request is not valid.', parsed.error.issues.map((i) => ({ path: i.path.join('.'), code: i.code, message: i.message })));
  return undefined;
}
