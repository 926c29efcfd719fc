import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { planUrl } from '../../model/plan-query.ts';
import { useData } from '../data/DataProvider.tsx';
import { usePlan } from '../data/use-plan.ts';
import { Breadcrumbs } from './Breadcrumbs.tsx';
import { DataError } from './DataError.tsx';
import { Loading, NotFound } from './Loading.tsx';
import { PlanStatus } from './PlanStatus.tsx';
import { PageTitle } from '../layout/PageTitle.tsx';

/** A city's home: its plans, each with its vision, period and status. */
export function CityPage() {
  const { t } = useTranslation();
  const { city = '' } = useParams();
  const data = useData();
  if (data.status === 'loading') return <Loading />;
  if (data.status === 'error') return <DataError />;
  const municipality = data.index.municipalities.find((m) => m.id === city);
  if (!municipality) return <NotFound message="plan.notFound" />;
  return (
    <>
      <Breadcrumbs items={[{ label: municipality.name, lang: 'ja' }]} />
      <PageTitle parts={[municipality.name]} />
      <h1 lang="ja">{municipality.name}</h1>
      <h2>{t('city.plans', { city: municipality.name })}</h2>
      <ul className="card-list">
        {data.index.plans
          .filter((p) => p.municipality === city)
          .map((p) => (
            <CityPlanCard key={p.key} municipality={city} planId={p.id} />
          ))}
      </ul>
    </>
  );
}

function CityPlanCard({ municipality, planId }: { municipality: string; planId: string }) {
  const { t } = useTranslation();
  const plan = usePlan(municipality, planId);
  if (!plan) return null;
  return (
    <li className="card">
      <h3>
        <Link to={planUrl(municipality, planId)} lang="ja">{plan.title}</Link>
      </h3>
      <PlanStatus status={plan.status} period={plan.period?.printed} />
      {plan.vision && (
        <p>
          <span className="label">{t('plan.vision')}</span>{' '}
          <span lang="ja">{plan.vision.title}</span>
        </p>
      )}
    </li>
  );
}
