/// <reference lib="WebWorker" />
/**
 * The service worker: precaches the app shell, route chunks and plan data bundles (the list is
 * injected at build time), answers navigations with the app shell offline, and never lets that
 * fallback swallow /api (vite-plugin-pwa #218, #546). It waits for the page to say "update" before
 * taking over, so a new version never reloads under a half-written opinion.
 */
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//, /^\/open-data\//] }));

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
