import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { planUrl } from '../../model/plan-query.ts';
import { useData } from '../data/DataProvider.tsx';
import { usePlan } from '../data/use-plan.ts';
import { Breadcrumbs } from './Breadcrumbs.tsx';
import { Loading, NotFound } from './Loading.tsx';
import { PageTitle } from '../layout/PageTitle.tsx';

/** 用語集: every term the plan marks, with its definition where the source gives one. */
export default function GlossaryPage() {
  const { t } = useTranslation();
  const { city = '', plan: planId = '' } = useParams();
  const data = useData();
  const plan = usePlan(city, planId);
  if (plan === undefined) return <Loading />;
  if (plan === null) return <NotFound message="plan.notFound" />;
  const cityName = data.status === 'ready' ? (data.index.municipalities.find((m) => m.id === city)?.name ?? city) : city;
  const terms = [...plan.glossary].sort((a, b) => a.term.localeCompare(b.term, 'ja'));
  return (
    <>
      <Breadcrumbs items={[{ label: cityName, to: `/${city}`, lang: 'ja' }, { label: plan.title, to: planUrl(city, planId), lang: 'ja' }, { label: t('glossary.title') }]} />
      <PageTitle parts={[t('glossary.title'), plan.title]} />
      <h1>{t('glossary.title')}</h1>
      <p lang="ja">{plan.title}</p>
      {terms.length === 0 ? (
        <p>{t('glossary.empty')}</p>
      ) : (
        <dl className="glossary">
          {terms.map((g) => (
            <div key={g.term} id={encodeURIComponent(g.term)}>
              <dt lang="ja">{g.term}</dt>
              <dd>{g.definition ? <span lang="ja">{g.definition}</span> : t('glossary.noDefinition')}</dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}
