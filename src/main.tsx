import '@digital-go-jp/design-tokens/dist/tokens.css';
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/App.tsx';
import { registerServiceWorker } from './app/pwa/service-worker-bridge.ts';
import { startSync } from './sync/request-sync.ts';
import { applySettings, readSettings } from './app/settings/settings-store.ts';
import { currentLanguage, initI18n } from './i18n/index.ts';
import type { Snapshot } from './app/prerender/snapshot.ts';
import { TAKING_OVER } from './app/prerender/taking-over.ts';
import './app/styles.css';

applySettings(readSettings());
await initI18n();
const container = document.getElementById('root')!;
// A page the server prepared stays on screen while its data (the snapshot) arrives, then comes alive
// in place. On a very slow link that can take a while: the service worker, which makes the next visit
// work offline, is not kept waiting for it.
const stalled = setTimeout(() => void registerServiceWorker(), 8000);
let snapshot: Snapshot | null = null;
let keepAsIs = false;
if (container.dataset.prerendered === currentLanguage()) {
  try {
    snapshot = await import('./app/prerender/take-over.ts').then((m) => m.loadSnapshot(window.location.pathname, currentLanguage()));
  } catch {
    // The link dropped: the prepared page is still worth reading; try again once back online.
    keepAsIs = true;
    performance.mark('machiplan:kept-as-prepared');
    window.addEventListener('online', () => window.location.reload(), { once: true });
  }
}
clearTimeout(stalled);
const app = (
  <BrowserRouter>
    <App snapshot={snapshot ?? undefined} />
  </BrowserRouter>
);
if (snapshot) {
  document.dispatchEvent(new Event(TAKING_OVER));
  // As a transition, taking the page over yields to the reader's taps and scrolling between pieces.
  startTransition(() => {
    hydrateRoot(container, app, {
      onRecoverableError(error) {
        // The server's page and the browser's differ: React redraws that part; tests look for this mark.
        performance.mark('machiplan:hydration-mismatch');
        console.error('hydration mismatch', error);
      },
    });
  });
} else if (!keepAsIs) {
  createRoot(container).render(app);
}
void registerServiceWorker();
startSync();
