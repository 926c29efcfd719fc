import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AsyncState } from './use-async.ts';

/** Shows loading and error states of a data load, with a retry button; renders children when ready. */
export function LoadState<T>({ state, retry, children }: { state: AsyncState<T>; retry: () => void; children: (value: T) => ReactNode }) {
  const { t } = useTranslation();
  if (state.status === 'loading') return <p role="status">{t('data.loading')}</p>;
  if (state.status === 'error') {
    return (
      <div role="alert" className="notice notice--error">
        <p>{t('data.error')}</p>
        <button type="button" onClick={retry}>{t('data.retry')}</button>
      </div>
    );
  }
  return <>{children(state.value)}</>;
}
