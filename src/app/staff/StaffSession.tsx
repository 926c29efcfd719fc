import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { StaffSessionInfo } from '../../model/staff.ts';
import { SESSION_ENDED, rememberCsrf, staffApi } from './staff-api.ts';

type SessionState = { status: 'loading' } | { status: 'out' } | { status: 'in'; info: StaffSessionInfo };

interface SessionApi {
  state: SessionState;
  logIn(login: string, password: string): Promise<void>;
  logOut(): Promise<void>;
}

const SessionContext = createContext<SessionApi | null>(null);

/** Who is logged in: asked of the server on load (the cookie is invisible to scripts), then kept here. */
export function StaffSessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const enter = useCallback((info: StaffSessionInfo) => {
    rememberCsrf(info.csrfToken);
    setState({ status: 'in', info });
  }, []);
  useEffect(() => {
    staffApi.me().then(enter, () => setState({ status: 'out' }));
    const ended = () => setState({ status: 'out' });
    window.addEventListener(SESSION_ENDED, ended);
    return () => window.removeEventListener(SESSION_ENDED, ended);
  }, [enter]);
  const api = useMemo<SessionApi>(
    () => ({
      state,
      logIn: async (login, password) => enter(await staffApi.login(login, password)),
      logOut: async () => {
        await staffApi.logout().catch(() => undefined);
        rememberCsrf('');
        setState({ status: 'out' });
      },
    }),
    [state, enter],
  );
  return <SessionContext.Provider value={api}>{children}</SessionContext.Provider>;
}

export function useStaffSession(): SessionApi {
  const api = useContext(SessionContext);
  if (!api) throw new Error('useStaffSession outside StaffSessionProvider');
  return api;
}

/** The logged-in staff member; only for pages shown after login. */
export function useStaffUser() {
  const { state } = useStaffSession();
  if (state.status !== 'in') throw new Error('no staff session');
  return state.info.user;
}
