/** Builds the HTTP server: the API under /api/v1 and the built PWA. */
import { resolve } from 'node:path';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import type { ServerConfig } from './config.ts';
import { sendError } from './errors.ts';
import { openApiRoute } from './openapi.ts';
import { opinionRoutes } from './opinions/opinion-routes.ts';
import { loadPlanCatalogue } from './plan-catalogue.ts';
import { healthRoutes } from './routes/health.ts';
import { staffRoutes } from './staff/staff-routes.ts';
import { staticFiles } from './static-files.ts';
import type { OpenDatabase } from './storage/database.ts';

export async function buildServer(config: ServerConfig, store: OpenDatabase): Promise<FastifyInstance> {
  const app = Fastify({
    // Request bodies are never logged: they may hold a resident's name and contact.
    logger: { level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie'] },
    bodyLimit: 64 * 1024,
    trustProxy: false,
  });
  app.setErrorHandler((error: { statusCode?: number; code?: string; message: string; error?: { message: string; details?: unknown } }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status === 429) return sendError(reply, 429, 'rate_limited', error.error?.message ?? 'Too many requests.', error.error?.details);
    if (status >= 500) request.log.error({ err: { message: error.message, code: error.code } }, 'request failed');
    if (status === 413) return sendError(reply, 413, 'too_large', 'The request is too large.');
    if (status === 415) return sendError(reply, 415, 'unsupported_media_type', 'Send JSON.');
    return sendError(reply, status, status >= 500 ? 'internal' : 'bad_request', status >= 500 ? 'Internal server error' : error.message);
  });
  await app.register(rateLimit, {
    global: true,
    max: config.rateLimitPerMinute,
    timeWindow: '1 minute',
    allowList: (request) => !request.url.startsWith('/api/'),
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      error: { status: 429, code: 'rate_limited', message: `Too many requests. Try again in ${Math.ceil(context.ttl / 1000)} seconds.`, details: { retryAfterSeconds: Math.ceil(context.ttl / 1000) } },
    }),
  });
  const catalogue = loadPlanCatalogue([config.staticDir, resolve('public')]);
  healthRoutes(app, store);
  opinionRoutes(app, { db: store.db, catalogue, opinionsPerDevicePerHour: config.opinionsPerDevicePerHour, groupCommit: store.kind === 'sqlite' });
  await app.register(staffRoutes, { db: store.db, catalogue });
  openApiRoute(app);
  await staticFiles(app, config.staticDir);
  return app;
}
