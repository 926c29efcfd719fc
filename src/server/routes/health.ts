import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { OpenDatabase } from '../storage/database.ts';

/** GET /api/v1/health: the server answers and its database does too. */
export function healthRoutes(app: FastifyInstance, store: OpenDatabase) {
  app.get('/api/v1/health', async (_request, reply) => {
    try {
      await sql`select 1`.execute(store.db);
      return { status: 'ok', database: store.kind };
    } catch {
      return reply.code(503).send({ status: 'unavailable', database: store.kind });
    }
  });
}
