/**
 * Serves the built PWA. HTML and the service worker must always be revalidated, hashed assets are
 * immutable: wrong headers leave a blank app after a deploy (vite-plugin-pwa #770). Any GET that is
 * not a file and not /api gets a page: a reader page prepared with its text (prerender.ts), else the
 * app shell, so deep links work on reload.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from './errors.ts';
import { createPrerenderer } from './prerender.ts';

const REVALIDATE = 'no-cache, max-age=0, must-revalidate';

export async function staticFiles(app: FastifyInstance, staticDir: string) {
  const hasBuild = existsSync(join(staticDir, 'index.html'));
  if (hasBuild) {
    await app.register(fastifyStatic, {
      root: staticDir,
      wildcard: true,
      index: false, // "/" is a reader page: prepared below
      cacheControl: false,
      preCompressed: true, // the build writes .br and .gz copies (vite.config.ts)
      setHeaders(res, servedPath) {
        const path = servedPath.replace(/\.(br|gz)$/, ''); // the compressed copy stands for its original
        const immutable = /[/\\](assets|data)[/\\]/.test(path) && !path.endsWith('index.json');
        res.setHeader('Vary', 'Accept-Encoding');
        res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : REVALIDATE);
      },
    });
  }
  const sendPrepared = hasBuild ? createPrerenderer(staticDir) : null;
  const sendPage = (request: FastifyRequest, reply: FastifyReply) => {
    reply.header('Cache-Control', REVALIDATE);
    if (sendPrepared?.(request, reply)) return reply;
    return reply.sendFile('index.html');
  };
  if (hasBuild) app.get('/', sendPage);
  app.setNotFoundHandler((request, reply) => {
    const url = request.url;
    if (url.startsWith('/api/') || !['GET', 'HEAD'].includes(request.method) || !hasBuild || /\.[a-z0-9]+$/i.test(url.split('?')[0]!)) {
      return sendError(reply, 404, 'not_found', `Nothing at ${request.method} ${url.split('?')[0]}`);
    }
    return sendPage(request, reply);
  });
}
