/**
 * Reader pages prepared on the server: the first visit on a slow phone shows the page's text as
 * soon as the HTML arrives, before any script, and the app then takes it over in place. Pages are
 * drawn from the built data (dist/data), in the language the reader asked for, and kept in memory.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { Negotiator } from '@fastify/accept-negotiator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { LANGUAGES, htmlLang, type LanguageCode } from '../i18n/languages.ts';
import { pageLanguage } from './page-language.ts';
import { DataIndex } from '../model/data-index.ts';
import type { Plan } from '../model/plan-data.ts';
import type { LanguageBundle } from '../model/translation.ts';
import { renderPage } from '../app/prerender/render-page.tsx';
import { readerRoute } from '../app/prerender/snapshot.ts';
import { TAKING_OVER } from '../app/prerender/taking-over.ts';

const LOCALES = resolve(import.meta.dirname, '../../locales');
const MAX_PAGES = 600;
const PAGE_SLOT = /<div id="root"><!--page-->[\s\S]*<!--\/page--><\/div>/;
const encodings = new Negotiator({ supportedValues: ['br', 'gzip'] });

interface PreparedPage {
  status: number;
  html: Buffer;
  br?: Buffer;
  gzip?: Buffer;
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A prepared page is readable without its scripts: they are fetched once it has been painted, so on
 * a slow link the text does not wait behind 150 KB of JavaScript competing for the same bandwidth.
 */
export function scriptsAfterPaint(html: string, alsoPreload: string[] = []): string {
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/.exec(html);
  if (!entry) return html;
  const preloads = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g)];
  let out = html.replace(entry[0], '');
  for (const p of preloads) out = out.replace(p[0], '');
  const urls = JSON.stringify([...preloads.map((p) => p[1]), ...alsoPreload]);
  // Until the app has taken the page over, choosing a language simply asks the server for the page
  // in that language (a reader on a slow link may reach for the menu before the scripts arrive).
  const earlyLanguage =
    `const early = (e) => { if (e.target.id !== 'language-select') return; const u = new URL(location.href); u.searchParams.set('lang', e.target.value); location.assign(u); };` +
    `document.addEventListener('change', early);` +
    `document.addEventListener('${TAKING_OVER}', () => document.removeEventListener('change', early), { once: true });`;
  const loader =
    `<script>${earlyLanguage}requestAnimationFrame(() => setTimeout(() => {` +
    `const add = (tag, props) => document.head.append(Object.assign(document.createElement(tag), { crossOrigin: '' }, props));` +
    `for (const href of ${urls}) add('link', { rel: 'modulepreload', href });` +
    `add('script', { type: 'module', src: ${JSON.stringify(entry[1])} });` +
    `}));</script>`;
  return out.replace('</body>', `  ${loader}\n  </body>`);
}

/** What the pages are drawn from: one build of the app and its data. */
function loadBuild(staticDir: string) {
  // The code that takes a prepared page over is loaded only by prepared pages: fetch it with the rest.
  const takeOver = readdirSync(join(staticDir, 'assets')).filter((f) => /^take-over-[\w-]+\.js$/.test(f)).map((f) => `/assets/${f}`);
  const template = scriptsAfterPaint(readFileSync(join(staticDir, 'index.html'), 'utf8'), takeOver);
  if (!PAGE_SLOT.test(template)) throw new Error('index.html has no <!--page--> … <!--/page--> slot for prepared pages');
  const index = DataIndex.parse(JSON.parse(readFileSync(join(staticDir, 'data', 'index.json'), 'utf8')));
  const files = new Map<string, unknown>();
  const readJson = <T>(path: string): T => {
    if (!files.has(path)) files.set(path, JSON.parse(readFileSync(path, 'utf8')));
    return files.get(path) as T;
  };
  const strings = (code: LanguageCode) => readJson<Record<string, unknown>>(join(LOCALES, code, 'common.json'));
  const pages = new Map<string, PreparedPage>();

  return function prepare(pathname: string, language: LanguageCode): PreparedPage | null {
    const route = readerRoute(pathname, index);
    if (!route) return null;
    const key = `${language} ${pathname}`;
    const kept = pages.get(key);
    if (kept) {
      pages.delete(key); // most recently used last
      pages.set(key, kept);
      return kept;
    }
    const plans = new Map(route.plan ? [[route.plan.key, readJson<Plan>(join(staticDir, `.${route.plan.url}`))]] : []);
    const bundleUrl = index.languages[language]?.url;
    const bundle = bundleUrl ? readJson<LanguageBundle>(join(staticDir, `.${bundleUrl}`)) : null;
    const { html: body, head } = renderPage(pathname, { index, plans, language, bundle }, { ja: strings('ja'), own: language === 'ja' ? undefined : strings(language) });
    const dir = LANGUAGES.find((l) => l.code === language)?.dir ?? 'ltr';
    const html = template
      .replace(/<title>[^<]*<\/title>/, (shell) => (head.title ? `<title>${escapeHtml(head.title)}</title>` : shell))
      .replace('<html lang="ja">', `<html lang="${htmlLang(language)}" dir="${dir}" data-language="${language}">`)
      .replace(PAGE_SLOT, () => `<div id="root" data-prerendered="${language}">${body}</div>`);
    const page = { status: head.notFound ? 404 : 200, html: Buffer.from(html) };
    if (head.notFound) return page; // any address can be asked for: keep only real pages
    if (pages.size >= MAX_PAGES) pages.delete(pages.keys().next().value!);
    pages.set(key, page);
    return page;
  };
}

export function createPrerenderer(staticDir: string) {
  const watched = [join(staticDir, 'index.html'), join(staticDir, 'data', 'index.json')];
  if (!watched.every((f) => existsSync(f))) return null;
  // A new build in place (npm run build while serving) is picked up instead of pointing at old files.
  let stamp = '';
  let prepare: ReturnType<typeof loadBuild> = () => null;

  /** Sends the prepared page, or returns false when this address is not a reader page. */
  return function sendPrepared(request: FastifyRequest, reply: FastifyReply): boolean {
    const now = watched.map((f) => statSync(f, { throwIfNoEntry: false })?.mtimeMs).join();
    let page: PreparedPage | null;
    try {
      if (now !== stamp) [prepare, stamp] = [loadBuild(staticDir), now];
      page = prepare(request.url.split('?')[0]!, pageLanguage(request));
    } catch (error) {
      // The app shell still works: the browser draws the page itself.
      request.log.error({ err: { message: (error as Error).message } }, 'could not prepare page');
      return false;
    }
    if (!page) return false;
    const encoding = encodings.negotiate(request.headers['accept-encoding'] ?? '');
    let body = page.html;
    if (encoding === 'br') body = page.br ??= brotliCompressSync(page.html, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } });
    if (encoding === 'gzip') body = page.gzip ??= gzipSync(page.html, { level: 9 });
    if (encoding) reply.header('Content-Encoding', encoding);
    void reply
      .code(page.status)
      .header('Content-Type', 'text/html; charset=utf-8')
      .header('Vary', 'Accept-Encoding, Accept-Language, Cookie')
      .send(body);
    return true;
  };
}
