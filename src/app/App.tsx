import { StrictMode, useEffect } from 'react';
import { ContentProvider } from './content/ContentProvider.tsx';
import { DataProvider } from './data/DataProvider.tsx';
import type { Snapshot } from './prerender/snapshot.ts';
import { AppRoutes } from './routes.tsx';

/** The resident's app, in the browser or rendered by the server; `snapshot` is the page's data when it must draw at once. */
export function App({ snapshot }: { snapshot?: Snapshot }) {
  // Until now a prepared page was only painted; from here its buttons work (tests wait for this mark).
  useEffect(() => void performance.mark('machiplan:app-ready'), []);
  return (
    <StrictMode>
      <DataProvider snapshot={snapshot}>
        <ContentProvider snapshot={snapshot}>
          <AppRoutes />
        </ContentProvider>
      </DataProvider>
    </StrictMode>
  );
}
