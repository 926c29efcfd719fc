import { createBrowserRouter } from 'react-router';
import { AppLayout } from './layout/AppLayout.tsx';
import { RouteError } from './layout/RouteError.tsx';
import { CityPage } from './reader/CityPage.tsx';
import { HomePage } from './reader/HomePage.tsx';
import { NodePage } from './reader/NodePage.tsx';
import { PlanPage } from './reader/PlanPage.tsx';

const lazyPage = (load: () => Promise<{ default: React.ComponentType }>) => async () => ({ Component: (await load()).default });

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/search', lazy: lazyPage(() => import('./search/SearchPage.tsx')) },
      { path: '/shelf', lazy: lazyPage(() => import('./shelf/ShelfPage.tsx')) },
      { path: '/settings', lazy: lazyPage(() => import('./settings/SettingsPage.tsx')) },
      { path: '/:city', element: <CityPage /> },
      { path: '/:city/:plan', element: <PlanPage /> },
      { path: '/:city/:plan/glossary', lazy: lazyPage(() => import('./reader/GlossaryPage.tsx')) },
      { path: '/:city/:plan/:node', element: <NodePage /> },
    ],
  },
]);
