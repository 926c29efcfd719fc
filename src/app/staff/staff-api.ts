/**
 * The console's calls to /api/v1/staff. The session cookie travels by itself (HttpOnly: scripts
 * never see it); the CSRF token from login or /me goes in a header on every change. A 401 anywhere
 * means the session ended (expired, logged out elsewhere): the console shows the login form.
 */
import type { OpinionChange, OpinionDetail, OpinionPage, PlanCounts, StaffSessionInfo } from '../../model/staff.ts';

export const STAFF_API = '/api/v1/staff';
export const SESSION_ENDED = 'machiplan:staff-session-ended';

export class StaffApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

let csrfToken = '';
export const rememberCsrf = (token: string) => {
  csrfToken = token;
};

async function call<T>(method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`${STAFF_API}${path}`, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (error) {
    throw new StaffApiError(0, 'network', String((error as Error)?.message ?? error));
  }
  if (response.ok) return (await response.json()) as T;
  const problem = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string; details?: unknown } };
  if (response.status === 401 && path !== '/login') window.dispatchEvent(new Event(SESSION_ENDED));
  throw new StaffApiError(response.status, problem.error?.code ?? 'http_error', problem.error?.message ?? response.statusText, problem.error?.details);
}

export const staffApi = {
  me: () => call<StaffSessionInfo>('GET', '/me'),
  login: (login: string, password: string) => call<StaffSessionInfo>('POST', '/login', { login, password }),
  logout: () => call<{ ok: true }>('POST', '/logout'),
  opinions: (query: string) => call<OpinionPage>('GET', `/opinions?${query}`),
  opinion: (id: string) => call<OpinionDetail>('GET', `/opinions/${encodeURIComponent(id)}`),
  change: (id: string, change: OpinionChange) => call<OpinionDetail>('PATCH', `/opinions/${encodeURIComponent(id)}`, change),
  counts: () => call<{ plans: PlanCounts[] }>('GET', '/counts'),
};
