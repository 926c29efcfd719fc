import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { planUrl } from '../../model/plan-query.ts';
import { useData } from '../data/DataProvider.tsx';
import { DataError } from './DataError.tsx';
import { Loading } from './Loading.tsx';
import { PlanStatus } from './PlanStatus.tsx';
import { PageTitle } from '../layout/PageTitle.tsx';

/** The start page: every city, its plans, and the open data downloads. */
export function HomePage() {
  const { t } = useTranslation();
  const data = useData();
  if (data.status === 'loading') return <Loading />;
  if (data.status === 'error') return <DataError />;
  const { index } = data;
  return (
    <>
      <PageTitle parts={[t('home.title')]} />
      <h1>{t('home.title')}</h1>
      <p>{t('home.intro')}</p>
      <ul className="card-list">
        {index.municipalities.map((city) => (
          <li key={city.id} className="card">
            <h2>
              <Link to={`/${city.id}`} lang="ja">{city.name}</Link>
            </h2>
            <h3 className="visually-hidden">{t('home.plans')}</h3>
            <ul className="plan-list">
              {index.plans
                .filter((p) => p.municipality === city.id)
                .map((plan) => (
                  <li key={plan.key}>
                    <Link to={planUrl(plan.municipality, plan.id)} lang="ja">{plan.title}</Link>
                    <PlanStatus status={plan.status} period={plan.period?.printed} />
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ul>
      <section aria-labelledby="open-data">
        <h2 id="open-data">{t('home.openData')}</h2>
        <p>{t('home.openDataIntro')}</p>
        <ul>
          <li><a href="/open-data/indicators.csv" download>{t('home.openDataCsv')}</a></li>
          {index.plans.map((p) => (
            <li key={p.key}>
              <a href={`/open-data/${p.municipality}.${p.id}.json`} download>
                {t('home.openDataJson', { plan: `${index.municipalities.find((m) => m.id === p.municipality)?.name ?? ''} ${p.title}` })}
              </a>
            </li>
          ))}
          <li><a href="/open-data/plan.schema.json">{t('home.openDataSchema')}</a></li>
        </ul>
      </section>
    </>
  );
}
