/** Builds the HTTP server: the API under /api/v1 and the built PWA. */
import Fastify, { type FastifyInstance } from 'fastify';
import type { ServerConfig } from './config.ts';
import { sendError } from './errors.ts';
import { healthRoutes } from './routes/health.ts';
import { staticFiles } from './static-files.ts';
import type { OpenDatabase } from './storage/database.ts';

export async function buildServer(config: ServerConfig, store: OpenDatabase): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie'] },
    bodyLimit: 64 * 1024,
  });
  app.setErrorHandler((error: { statusCode?: number; code?: string; message: string }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    return sendError(reply, status, error.code ?? 'error', status >= 500 ? 'Internal server error' : error.message);
  });
  healthRoutes(app, store);
  await staticFiles(app, config.staticDir);
  return app;
}
