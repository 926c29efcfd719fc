import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../layout/PageTitle.tsx';

export function Loading() {
  const { t } = useTranslation();
  return <p role="status" className="loading">{t('data.loading')}</p>;
}

export function NotFound({ message }: { message: 'plan.notFound' | 'plan.nodeNotFound' }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="notice">
      <PageTitle parts={[t(message)]} notFound />
      <h1>{t(message)}</h1>
      <Link to="/">{t('plan.backToHome')}</Link>
    </div>
  );
}
