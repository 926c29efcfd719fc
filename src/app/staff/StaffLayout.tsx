import { useEffect, type ReactNode } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useData } from '../data/DataProvider.tsx';
import { useStaffSession, useStaffUser } from './StaffSession.tsx';
import { labelOf, useStaffText } from './staff-text.ts';

/** The city's name as the plan data prints it (小美玉市), or its id before the data has loaded. */
export function useCityName(municipality: string): string {
  const data = useData();
  return data.status === 'ready' ? (data.index.municipalities.find((m) => m.id === municipality)?.name ?? municipality) : municipality;
}

/** Header with the city, the staff member, the console's two pages and logout. */
export function StaffLayout({ children }: { children: ReactNode }) {
  const t = useStaffText();
  const user = useStaffUser();
  const { logOut } = useStaffSession();
  const city = useCityName(user.municipality);
  const { pathname } = useLocation();
  useEffect(() => {
    // A new page: move focus to its content, so screen readers announce it (as the resident app does).
    document.getElementById('staff-main')?.focus({ preventScroll: true });
  }, [pathname]);
  return (
    <>
      <a className="skip-link" href="#staff-main">{t('skipToMain')}</a>
      <header className="staff-header">
        <p className="staff-name">
          {t('title')} <span className="staff-city">{city}</span>
        </p>
        <nav aria-label={t('header.nav')}>
          <ul>
            <li><NavLink to="/staff" end>{t('header.inbox')}</NavLink></li>
            <li><NavLink to="/staff/counts">{t('header.counts')}</NavLink></li>
          </ul>
        </nav>
        <p className="staff-user">
          {t('header.user', { login: user.login, role: labelOf(t, 'roles', user.role) })}{' '}
          <button type="button" className="button--secondary" onClick={() => void logOut()}>{t('header.logout')}</button>
        </p>
      </header>
      <main id="staff-main" className="staff-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
