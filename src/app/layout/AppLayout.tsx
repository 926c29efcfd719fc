import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { UpdatePrompt } from '../pwa/UpdatePrompt.tsx';

/** Page frame: skip link, header, main landmark, update prompt. */
export function AppLayout() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <header className="site-header">
        <Link to="/" className="site-name">{t('app.name')}</Link>
        <span className="site-tagline">{t('app.tagline')}</span>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <UpdatePrompt />
    </>
  );
}
