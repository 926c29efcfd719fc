import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePlan } from '../data/use-plan.ts';
import { ContentTools } from '../content/ContentTools.tsx';
import { L } from '../content/L.tsx';
import { OfficialTitle } from '../content/OfficialTitle.tsx';
import { ReferenceNotice } from '../content/ReferenceNotice.tsx';
import { usePlanText } from '../content/use-plan-text.ts';
import { useData } from '../data/DataProvider.tsx';
import { Breadcrumbs } from './Breadcrumbs.tsx';
import { DataTableView } from './DataTableView.tsx';
import { GlossaryScope } from './GlossaryText.tsx';
import { Loading, NotFound } from './Loading.tsx';
import { NodeList } from './NodeList.tsx';
import { PlanStatus } from './PlanStatus.tsx';
import { ReviewView } from './ReviewView.tsx';
import { SectionView } from './SectionView.tsx';
import { PageTitle } from '../layout/PageTitle.tsx';

/** A plan's front page: status, vision, its goals and measures, background, tables and reviews. */
export function PlanPage() {
  const { t } = useTranslation();
  const { city = '', plan: planId = '' } = useParams();
  const data = useData();
  const plan = usePlan(city, planId);
  const text = usePlanText(plan);
  if (plan === undefined) return <Loading />;
  if (plan === null) return <NotFound message="plan.notFound" />;
  const cityName = data.status === 'ready' ? (data.index.municipalities.find((m) => m.id === city)?.name ?? city) : city;
  return (
    <GlossaryScope terms={plan.glossary}>
      <Breadcrumbs items={[{ label: cityName, to: `/${city}`, lang: 'ja' }, { label: text.planTitle(plan).text, lang: text.planTitle(plan).lang }]} />
      <article>
        <PageTitle parts={[text.planTitle(plan).text, cityName]} />
        <h1><L value={text.planTitle(plan)} /></h1>
        <OfficialTitle shown={text.planTitle(plan)} official={plan.title} />
        <PlanStatus status={plan.status} period={plan.period?.printed} />
        <ReferenceNotice hasTranslation={text.hasTranslation} />
        <ContentTools />
        {plan.scope && <p className="scope">{t('plan.scope', { scope: plan.scope })}</p>}
        {plan.vision && (
          <section className="vision" aria-labelledby="vision">
            <h2 id="vision">{t('plan.vision')}</h2>
            <L value={text.visionTitle(plan.vision.title)} as="p" className="vision-title" />
            {plan.vision.subtitle && <L value={text.visionSubtitle(plan.vision.subtitle)} as="p" />}
            {text.visionText(plan.vision.text ?? []).map((p) => (
              <L key={p.text} value={p} as="p" />
            ))}
          </section>
        )}
        <p>
          <Link className="button-link" to={`/opinions/new?city=${city}&plan=${planId}${plan.status === 'draft' ? '&kind=public-comment' : ''}`}>
            {plan.status === 'draft' ? t('feedback.publicComment') : t('feedback.write')}
          </Link>
        </p>
        <section aria-labelledby="contents" data-read-aloud>
          <h2 id="contents">{t('plan.contents')}</h2>
          <NodeList nodes={plan.nodes} plan={plan} />
        </section>
        {plan.glossary.length > 0 && (
          <p>
            <Link to={`/${city}/${planId}/glossary`}>{t('plan.glossary')}</Link>
          </p>
        )}
        {plan.reviews.map((r) => (
          <ReviewView key={r.id} review={r} plan={plan} />
        ))}
        {plan.tables.filter((tb) => !tb.nodeId).map((tb) => (
          <DataTableView key={tb.id} table={tb} />
        ))}
        {plan.sections.length > 0 && (
          <details className="plan-about">
            <summary>{t('plan.about')}</summary>
            {plan.sections.map((s, i) => (
              <SectionView key={i} section={s} headingLevel={3} />
            ))}
          </details>
        )}
        {plan.links && plan.links.length > 0 && (
          <section aria-labelledby="related-plans">
            <h2 id="related-plans">{t('plan.relatedPlans')}</h2>
            <ul lang="ja">
              {plan.links.map((l) => (
                <li key={l.title}>{l.planId ? <Link to={`/${city}/${l.planId}`}>{l.title}</Link> : l.title}</li>
              ))}
            </ul>
          </section>
        )}
      </article>
    </GlossaryScope>
  );
}
