import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

/**
 * A route failed to render. After a deploy, an old page may ask for a code chunk that no longer
 * exists (vite-plugin-pwa #778): offer a reload rather than a blank screen.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError() as Error | undefined;
  const chunk = /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(error?.message ?? '');
  return (
    <main id="main" className="notice notice--error" role="alert">
      <p>{chunk ? t('update.chunkFailed') : t('data.error')}</p>
      <button type="button" onClick={() => window.location.reload()}>{t('data.reload')}</button>
    </main>
  );
}
