/// <reference lib="WebWorker" />
/**
 * The service worker: precaches the app shell, route chunks and plan data bundles (the list is
 * injected at build time), answers navigations with the app shell offline, and never lets that
 * fallback swallow /api (vite-plugin-pwa #218, #546). It waits for the page to say "update" before
 * taking over, so a new version never reloads under a half-written opinion.
 */
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { ExpirationPlugin } from 'workbox-expiration';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { SYNC_TAG, flush } from '../sync/sync-engine.ts';

declare const self: ServiceWorkerGlobalScope;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Other languages' texts, search indexes and furigana: content-hashed, cached on first use.
registerRoute(
  ({ url }) => url.pathname.startsWith('/data/lang/'),
  new CacheFirst({ cacheName: 'machiplan-languages', plugins: [new ExpirationPlugin({ maxEntries: 60 })] }),
);

registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//, /^\/open-data\//] }));

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Background Sync (Chromium only): deliver queued opinions even after the page was closed.
// The same flush as the page's, under the same lock, so a tab and the worker never send twice at once.
self.addEventListener('sync', (event: Event) => {
  const e = event as Event & { tag: string; waitUntil(p: Promise<unknown>): void };
  if (e.tag === SYNC_TAG) e.waitUntil(flush({ force: true }));
});
