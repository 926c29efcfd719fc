import { createBrowserRouter } from 'react-router';
import { AppLayout } from './layout/AppLayout.tsx';
import { HomePage } from './reader/HomePage.tsx';
import { PlanPage } from './reader/PlanPage.tsx';

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/:city/:plan', element: <PlanPage /> },
    ],
  },
]);
