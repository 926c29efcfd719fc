import { useTranslation } from 'react-i18next';

/** The plan's status (案 = draft, open for comment) and period, always shown with the plan. */
export function PlanStatus({ status, period }: { status: 'adopted' | 'draft'; period?: string }) {
  const { t } = useTranslation();
  return (
    <p className="plan-status">
      <span className={`badge badge--${status}`}>{t(`plan.status.${status}`)}</span>
      {period && <span> {t('plan.period', { printed: period })}</span>}
    </p>
  );
}
