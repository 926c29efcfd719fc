import '@digital-go-jp/design-tokens/dist/tokens.css';
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/App.tsx';
import { registerServiceWorker } from './app/pwa/service-worker-bridge.ts';
import { startSync } from './sync/request-sync.ts';
import { applySettings, readSettings } from './app/settings/settings-store.ts';
import { currentLanguage, initI18n } from './i18n/index.ts';
import { TAKING_OVER, type Snapshot } from './app/prerender/snapshot.ts';
import './app/styles.css';

applySettings(readSettings());
await initI18n();
const container = document.getElementById('root')!;
// A page the server prepared stays on screen while its data arrives, then comes alive in place.
// (Only prepared pages need the code that gathers their snapshot.)
const snapshot: Snapshot | null =
  container.dataset.prerendered === currentLanguage()
    ? await Promise.race([
        import('./app/prerender/take-over.ts').then((m) => m.loadSnapshot(window.location.pathname, currentLanguage())).catch(() => null),
        // A stalled link must not keep the app from starting (and its service worker from installing).
        new Promise<null>((resolve) => setTimeout(() => resolve(null), 8000)),
      ])
    : null;
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
} else {
  createRoot(container).render(app);
}
void registerServiceWorker();
startSync();
