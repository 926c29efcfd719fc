import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { AppLayout } from './layout/AppLayout.tsx';
import { RouteErrorBoundary } from './layout/RouteError.tsx';
import { CityPage } from './reader/CityPage.tsx';
import { HomePage } from './reader/HomePage.tsx';
import { Loading } from './reader/Loading.tsx';
import { NodePage } from './reader/NodePage.tsx';
import { PlanPage } from './reader/PlanPage.tsx';

// Pages most visits never need load as their own chunks.
const SearchPage = lazy(() => import('./search/SearchPage.tsx'));
const ShelfPage = lazy(() => import('./shelf/ShelfPage.tsx'));
const SettingsPage = lazy(() => import('./settings/SettingsPage.tsx'));
const GlossaryPage = lazy(() => import('./reader/GlossaryPage.tsx'));
const OpinionFormPage = lazy(() => import('./feedback/OpinionFormPage.tsx'));
const MyOpinionsPage = lazy(() => import('./feedback/MyOpinionsPage.tsx'));
// The staff console: its own chunk and layout, never part of what residents download.
const StaffConsole = lazy(() => import('./staff/StaffConsole.tsx'));

/** Every page; the router around it is the browser's, or the server's when it prepares a page. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/staff/*" element={<RouteErrorBoundary><Suspense fallback={<Loading />}><StaffConsole /></Suspense></RouteErrorBoundary>} />
      <Route
        element={
          <RouteErrorBoundary>
            <Suspense fallback={<Loading />}>
              <AppLayout />
            </Suspense>
          </RouteErrorBoundary>
        }
      >
        <Route path="/" element={<HomePage />} />
        <Route path="/search" element={<SearchPage />} />
        <Route path="/shelf" element={<ShelfPage />} />
        <Route path="/settings" element={<SettingsPage />} />
        <Route path="/opinions" element={<MyOpinionsPage />} />
        <Route path="/opinions/new" element={<OpinionFormPage />} />
        <Route path="/opinions/:id/edit" element={<OpinionFormPage />} />
        <Route path="/:city" element={<CityPage />} />
        <Route path="/:city/:plan" element={<PlanPage />} />
        <Route path="/:city/:plan/glossary" element={<GlossaryPage />} />
        <Route path="/:city/:plan/:node" element={<NodePage />} />
      </Route>
    </Routes>
  );
}
