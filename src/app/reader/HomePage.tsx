import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { loadIndex } from './plan-data.ts';
import { LoadState } from './LoadState.tsx';
import { PlanStatus } from './PlanStatus.tsx';
import { useAsync } from './use-async.ts';

/** The start page: every city and its plans. */
export function HomePage() {
  const { t } = useTranslation();
  const [state, retry] = useAsync(loadIndex, 'index');
  return (
    <>
      <h1>{t('home.title')}</h1>
      <LoadState state={state} retry={retry}>
        {(index) => (
          <ul className="city-list">
            {index.municipalities.map((city) => (
              <li key={city.id} className="card">
                <h2 lang="ja">{city.name}</h2>
                <h3 className="visually-hidden">{t('home.plans')}</h3>
                <ul className="plan-list">
                  {index.plans
                    .filter((p) => p.municipality === city.id)
                    .map((plan) => (
                      <li key={plan.key}>
                        <Link to={`/${plan.municipality}/${plan.id}`} lang="ja">{plan.title}</Link>
                        <PlanStatus status={plan.status} period={plan.period?.printed} />
                      </li>
                    ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </LoadState>
    </>
  );
}
