import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { router } from './app/routes.tsx';
import { registerServiceWorker } from './app/pwa/service-worker-bridge.ts';
import { initI18n } from './i18n/index.ts';
import './app/styles.css';

await initI18n();
registerServiceWorker();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
