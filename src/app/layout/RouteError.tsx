import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A page failed to render. After a deploy, an old page may ask for a code chunk that no longer
 * exists (vite-plugin-pwa #778): offer a reload rather than a blank screen.
 */
export class RouteErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <RouteError error={this.state.error} /> : this.props.children;
  }
}

function RouteError({ error }: { error: Error }) {
  const { t } = useTranslation();
  const chunk = /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(error.message);
  return (
    <main id="main" className="notice notice--error" role="alert">
      <p>{chunk ? t('update.chunkFailed') : t('data.error')}</p>
      <button type="button" onClick={() => window.location.reload()}>{t('data.reload')}</button>
    </main>
  );
}
