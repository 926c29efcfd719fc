import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { DataIndex } from '../../src/model/data-index.ts';
import { readerRoute } from '../../src/app/prerender/snapshot.ts';
import { pageLanguage } from '../../src/server/page-language.ts';
import { scriptsAfterPaint } from '../../src/server/prerender.ts';
import { useTestServer } from './test-server.ts';

const dist = resolve(import.meta.dirname, '../../dist');
const index = DataIndex.parse(JSON.parse(readFileSync(resolve(dist, 'data/index.json'), 'utf8')));
const request = (headers: Record<string, string>, query: Record<string, string> = {}) => ({ headers, query }) as unknown as FastifyRequest;

describe('the language of a prepared page', () => {
  it('comes from the link, then the saved choice, then Accept-Language by weight, else Japanese', () => {
    expect(pageLanguage(request({ 'accept-language': 'en' }, { lang: 'vi' }))).toBe('vi');
    expect(pageLanguage(request({ 'accept-language': 'en', cookie: 'x=1; machiplan-lang=ja-easy' }))).toBe('ja-easy');
    expect(pageLanguage(request({ 'accept-language': 'fr;q=0.9, pt-PT;q=0.8, en;q=0.5' }))).toBe('pt-BR');
    expect(pageLanguage(request({ 'accept-language': 'en;q=0.2, zh-CN;q=0.7' }))).toBe('zh-Hans');
    expect(pageLanguage(request({ 'accept-language': 'fr-FR' }))).toBe('ja');
    expect(pageLanguage(request({}, { lang: 'klingon' }))).toBe('ja');
    expect(pageLanguage(request({ 'accept-language': 'fr ; Q=0.9, vi ;q=0.8' }))).toBe('vi');
    expect(pageLanguage(request({ 'accept-language': 'en;q=0, ko' }))).toBe('ko');
  });
});

describe('which addresses are prepared', () => {
  it('home, cities, plans, goals and measures — not the resident\'s own pages, glossaries or unknown places', () => {
    expect(readerRoute('/', index)).toEqual({ plan: null });
    expect(readerRoute('/omitama', index)).toEqual({ plan: null });
    expect(readerRoute('/omitama/sogo-keikaku-2/1101', index)?.plan).toBe(index.plans.find((p) => p.id === 'sogo-keikaku-2'));
    for (const path of ['/search', '/opinions/new', '/staff', '/omitama/sogo-keikaku-2/glossary', '/nowhere', '/omitama/no-plan', '/omitama/sogo-keikaku-2/1101/x', '/%E0%A4%A', '//omitama', '/omitama/']) {
      expect(readerRoute(path, index), path).toBeNull();
    }
  });

  it('moves the built scripts after the first paint and keeps every one of them', () => {
    const template = readFileSync(resolve(dist, 'index.html'), 'utf8');
    const scripts = [...template.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(1);
    const out = scriptsAfterPaint(template);
    expect(out).not.toMatch(/<script type="module"|rel="modulepreload"/);
    for (const s of scripts) expect(out).toContain(`"${s}"`);
    expect(out.indexOf('requestAnimationFrame')).toBeGreaterThan(out.indexOf('<div id="root">'));
  });
});

describe('serving prepared pages', () => {
  const server = useTestServer();

  it('sends a measure page with its text, compressed, varying by language', async () => {
    const res = await server.app.inject({ url: '/omitama/sogo-keikaku-2/1101', headers: { 'accept-language': 'ja', 'accept-encoding': 'gzip' } });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toMatch(/Accept-Language/);
    expect(res.headers['cache-control']).toContain('no-cache');
    const { gunzipSync } = await import('node:zlib');
    const html = gunzipSync(res.rawPayload).toString('utf8');
    expect(html).toContain('data-prerendered="ja"');
    expect(html).toContain('市民協働推進のための環境づくり');
    expect(html).toMatch(/"\/assets\/take-over-[\w-]+\.js"/); // preloaded with the other scripts
    expect(html).toContain('<title>1101 市民協働推進のための環境づくり — 小美玉市第2次総合計画 — まちプラン</title>');
  });

  it('shows the plan\'s vision in the reader\'s language, marked as such', async () => {
    const res = await server.app.inject({ url: '/omitama/sogo-senryaku-3?lang=en' });
    expect(res.body).toMatch(/<p lang="en">[^<]*20s and 30s[^<]*<\/p>/);
    const ja = await server.app.inject({ url: '/omitama/sogo-senryaku-3?lang=ja' });
    expect(ja.body).toContain('20～30歳代の流出を食い止め');
  });

  it('titles each page in its language, and answers 404 for a measure that is not in the plan', async () => {
    const plan = await server.app.inject({ url: '/omitama/sogo-keikaku-2?lang=en' });
    expect(plan.body).toMatch(/<title>[^<]*Omitama[^<]* — Machiplan<\/title>/);
    const missing = await server.app.inject({ url: '/omitama/sogo-keikaku-2/9999' });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('data-prerendered="ja"');
    expect(missing.body).toMatch(/<h1>[^<]+<\/h1>/);
    const again = await server.app.inject({ url: '/omitama/sogo-keikaku-2/9999' });
    expect(again.statusCode).toBe(404); // drawn each time, never kept: any address can be asked for
  });

  it('sends the plain app shell for pages drawn in the browser, and a JSON 404 under /api', async () => {
    const search = await server.app.inject({ url: '/search' });
    expect(search.statusCode).toBe(200);
    expect(search.body).not.toContain('data-prerendered');
    expect(search.body).toContain('<script type="module"');
    const api = await server.app.inject({ url: '/api/v1/nothing' });
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('not_found');
  });
});
