import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useContent } from '../content/ContentProvider.tsx';
import { useData } from '../data/DataProvider.tsx';
import { LanguageMenu } from '../content/LanguageMenu.tsx';
import { SyncStatus } from '../feedback/SyncStatus.tsx';
import { UpdatePrompt } from '../pwa/UpdatePrompt.tsx';

/** Page frame: skip link, header with the main menu, main landmark, notices, update prompt. */
export function AppLayout() {
  const { t } = useTranslation();
  const data = useData();
  const location = useLocation();
  const navigate = useNavigate();
  const { language } = useContent();
  const [dbClosed, setDbClosed] = useState(false);
  useEffect(() => {
    // The language travels in the address, so a shared link opens in the same language.
    const params = new URLSearchParams(location.search);
    if ((params.get('lang') ?? 'ja') === language) return;
    if (language === 'ja') params.delete('lang');
    else params.set('lang', language);
    const search = params.toString();
    navigate({ pathname: location.pathname, search: search ? `?${search}` : '', hash: location.hash }, { replace: true });
  }, [language, location, navigate]);
  useEffect(() => {
    const onClosed = () => setDbClosed(true);
    window.addEventListener('machiplan:db-closed', onClosed);
    return () => window.removeEventListener('machiplan:db-closed', onClosed);
  }, []);
  const shownPath = useRef(location.pathname);
  useEffect(() => {
    // Move focus to the new page's main content, so screen readers announce the navigation — but
    // not on the first page: a reader may already be reading (and scrolling) a prepared page.
    if (shownPath.current === location.pathname) return;
    shownPath.current = location.pathname;
    document.getElementById('main')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [location.pathname]);
  return (
    <>
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <header className="site-header">
        <Link to="/" className="site-name">{t('app.name')}</Link>
        <nav aria-label={t('app.mainNav')} className="main-nav">
          <ul>
            <li><NavLink to="/" end>{t('nav.home')}</NavLink></li>
            <li><NavLink to="/search">{t('nav.search')}</NavLink></li>
            <li><NavLink to="/shelf">{t('nav.shelf')}</NavLink></li>
            <li><NavLink to="/opinions">{t('nav.opinions')}</NavLink></li>
            <li><NavLink to="/settings">{t('nav.settings')}</NavLink></li>
          </ul>
        </nav>
        <SyncStatus />
        <LanguageMenu />
      </header>
      {data.status === 'ready' && data.mode === 'memory' && (
        <p className="notice notice--warning" role="status">{t('data.cannotSave')}</p>
      )}
      {dbClosed && (
        <p className="notice notice--warning" role="alert">
          {t('data.dbClosed')} <button type="button" onClick={() => window.location.reload()}>{t('data.reload')}</button>
        </p>
      )}
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <UpdatePrompt />
    </>
  );
}
