/**
 * The staff console at /staff: a desktop tool for city staff to read, triage, answer and export
 * residents' opinions. Loaded as its own chunk (React.lazy in routes.tsx) with its own strings and
 * styles, and left out of the service worker's precache, so residents never download it.
 */
import { useEffect } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { CountsPage } from './CountsPage.tsx';
import { InboxPage } from './InboxPage.tsx';
import { LoginPage } from './LoginPage.tsx';
import { OpinionPage } from './OpinionPage.tsx';
import { StaffLayout } from './StaffLayout.tsx';
import { StaffSessionProvider, useStaffSession } from './StaffSession.tsx';
import { useStaffText } from './staff-text.ts';
import './staff.css';

export default function StaffConsole() {
  const t = useStaffText();
  useEffect(() => {
    const before = document.title;
    document.title = t('title');
    return () => {
      document.title = before;
    };
  }, [t]);
  return (
    <div className="staff" lang="ja">
      <StaffSessionProvider>
        <Gate />
      </StaffSessionProvider>
    </div>
  );
}

function Gate() {
  const t = useStaffText();
  const { state } = useStaffSession();
  if (state.status === 'loading') return <p role="status" className="staff-main">{t('loading')}</p>;
  if (state.status === 'out') return <LoginPage />;
  return (
    <StaffLayout>
      <Routes>
        <Route index element={<InboxPage />} />
        <Route path="counts" element={<CountsPage />} />
        {/* /staff/<id>, not /staff/opinions/<id>: three segments would rank below the reader's /:city/:plan/:node. */}
        <Route path=":id" element={<OpinionPage />} />
        <Route path="*" element={<Navigate to="/staff" replace />} />
      </Routes>
    </StaffLayout>
  );
}
