import { useTranslation } from 'react-i18next';

export function DataError() {
  const { t } = useTranslation();
  return (
    <div role="alert" className="notice notice--error">
      <p>{t('data.error')}</p>
      <button type="button" onClick={() => window.location.reload()}>{t('data.retry')}</button>
    </div>
  );
}
