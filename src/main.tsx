import '@digital-go-jp/design-tokens/dist/tokens.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ContentProvider } from './app/content/ContentProvider.tsx';
import { DataProvider } from './app/data/DataProvider.tsx';
import { registerServiceWorker } from './app/pwa/service-worker-bridge.ts';
import { AppRoutes } from './app/routes.tsx';
import { startSync } from './sync/request-sync.ts';
import { applySettings, readSettings } from './app/settings/settings-store.ts';
import { initI18n } from './i18n/index.ts';
import './app/styles.css';

applySettings(readSettings());
await initI18n();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DataProvider>
      <ContentProvider>
        <AppRoutes />
      </ContentProvider>
    </DataProvider>
  </StrictMode>,
);
void registerServiceWorker();
startSync();
