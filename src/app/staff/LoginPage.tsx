import { useState, type FormEvent } from 'react';
import { StaffApiError } from './staff-api.ts';
import { useStaffSession } from './StaffSession.tsx';
import { useStaffText, type StaffText } from './staff-text.ts';

function loginError(error: unknown, t: StaffText): string {
  if (!(error instanceof StaffApiError)) return t('login.failed', { message: String(error) });
  if (error.code === 'invalid_credentials') return t('login.invalid');
  if (error.code === 'account_locked') {
    const seconds = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds ?? 900;
    return t('login.locked', { minutes: Math.ceil(seconds / 60) });
  }
  if (error.code === 'rate_limited') return t('login.tooMany');
  if (error.code === 'network') return t('networkError');
  return t('login.failed', { message: error.message });
}

export function LoginPage() {
  const t = useStaffText();
  const { logIn } = useStaffSession();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await logIn(String(form.get('login') ?? ''), String(form.get('password') ?? ''));
    } catch (e) {
      setError(loginError(e, t));
      setBusy(false);
    }
  };
  return (
    <>
      <header className="staff-header">
        <p className="staff-name">{t('title')}</p>
      </header>
      <main id="staff-main" className="staff-main staff-login">
        <h1>{t('login.heading')}</h1>
        <p>{t('login.intro')}</p>
        <form onSubmit={(e) => void submit(e)}>
          <div className="field">
            <label htmlFor="staff-login">{t('login.login')}</label>
            <input id="staff-login" name="login" type="text" autoComplete="username" required autoFocus />
          </div>
          <div className="field">
            <label htmlFor="staff-password">{t('login.password')}</label>
            <input id="staff-password" name="password" type="password" autoComplete="current-password" required />
          </div>
          {error && <p className="notice notice--error" role="alert">{error}</p>}
          <button type="submit" disabled={busy}>{busy ? t('login.submitting') : t('login.submit')}</button>
        </form>
      </main>
    </>
  );
}
