import type { FastifyReply } from 'fastify';

/** The one error shape of the API: { error: { status, code, message, details? } }. */
export interface ApiError {
  status: number;
  code: string;
  message: string;
  details?: unknown;
}

export function sendError(reply: FastifyReply, status: number, code: string, message: string, details?: unknown) {
  const error: ApiError = { status, code, message, ...(details === undefined ? {} : { details }) };
  return reply.code(status).type('application/json').send({ error });
}
