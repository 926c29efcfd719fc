import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { recordVisit } from '../../db/shelf.ts';
import { allNodes, levelLabel, nodePath, nodeUrl, planUrl } from '../../model/plan-query.ts';
import { ContentTools } from '../content/ContentTools.tsx';
import { L } from '../content/L.tsx';
import { OfficialTitle } from '../content/OfficialTitle.tsx';
import { ReferenceNotice } from '../content/ReferenceNotice.tsx';
import { usePlanText } from '../content/use-plan-text.ts';
import { useData } from '../data/DataProvider.tsx';
import { usePlan } from '../data/use-plan.ts';
import { ReactionButtons } from '../feedback/ReactionButtons.tsx';
import { BookmarkButton } from '../shelf/BookmarkButton.tsx';
import { Breadcrumbs } from './Breadcrumbs.tsx';
import { DataTableView } from './DataTableView.tsx';
import { GlossaryScope } from './GlossaryText.tsx';
import { IndicatorCard } from './IndicatorCard.tsx';
import { Loading, NotFound } from './Loading.tsx';
import { NodeList } from './NodeList.tsx';
import { PlanStatus } from './PlanStatus.tsx';
import { RoadmapView } from './RoadmapView.tsx';
import { SectionView } from './SectionView.tsx';
import { Summary } from './Summary.tsx';
import { PageTitle } from '../layout/PageTitle.tsx';

/** One goal or measure: everything the plan says about it, in the reader's language where we have it. */
export function NodePage() {
  const { t } = useTranslation();
  const { city = '', plan: planId = '', node: nodeId = '' } = useParams();
  const data = useData();
  const plan = usePlan(city, planId);
  const text = usePlanText(plan);
  const path = plan ? nodePath(plan.nodes, nodeId) : [];
  const node = path.at(-1);
  useEffect(() => {
    if (node && data.status === 'ready' && data.mode === 'device') void recordVisit({ municipality: city, planId, nodeId: node.id, title: node.title }).catch(() => undefined);
  }, [city, planId, node, data]);
  if (plan === undefined) return <Loading />;
  if (plan === null) return <NotFound message="plan.notFound" />;
  if (!node) return <NotFound message="plan.nodeNotFound" />;
  const cityName = data.status === 'ready' ? (data.index.municipalities.find((m) => m.id === city)?.name ?? city) : city;
  const ids = new Set([...allNodes(plan.nodes)].map((n) => n.id));
  const tables = plan.tables.filter((tb) => tb.nodeId === node.id);
  const title = text.title(node);
  const level = text.levelLabel(node.level, levelLabel(plan, node.level));
  const sections = text.sections(node);
  const body = text.text(node);
  const planTitle = text.planTitle(plan);
  return (
    <GlossaryScope terms={plan.glossary}>
      <Breadcrumbs
        items={[
          { label: cityName, to: `/${city}`, lang: 'ja' },
          { label: planTitle.text, to: planUrl(city, planId), lang: planTitle.lang },
          ...path.map((n) => {
            const nt = text.title(n);
            return { label: n.code && !nt.text.startsWith(n.code) ? `${n.code} ${nt.text}` : nt.text, to: nodeUrl(city, planId, n.id), lang: nt.lang };
          }),
        ]}
      />
      <article className="node-page">
        <p className="node-level">
          {!node.code?.startsWith(levelLabel(plan, node.level)) && <L value={level} />} <span className="node-code" lang="ja">{node.code}</span>
        </p>
        <PageTitle parts={[node.code && !title.text.startsWith(node.code) ? `${node.code} ${title.text}` : title.text, planTitle.text]} />
        <h1>
          <L value={title} />
          {node.subtitle && <small lang="ja"> {node.subtitle}</small>}
        </h1>
        <OfficialTitle shown={title} official={node.title} />
        <PlanStatus status={plan.status} period={plan.period?.printed} />
        <ReferenceNotice hasTranslation={text.hasTranslation} />
        <ContentTools />
        {node.doubtful && <p className="notice">{t('node.doubtful', { reason: node.doubtful })}</p>}
        <div className="node-meta">
          {node.departments && node.departments.length > 0 && (
            <p>
              <span className="label">{t('node.departments')}</span> <span lang="ja">{node.departments.join('・')}</span>
            </p>
          )}
          {(node.tags?.length ?? 0) > 0 && (
            <ul className="tags" aria-label={t('node.tagsLabel')}>
              {node.tags!.map((tag) => (
                <li key={tag} className="badge">{t(`node.tags.${tag}`)}</li>
              ))}
            </ul>
          )}
          {(node.sdgs?.length ?? 0) > 0 && (
            <p>
              <span className="label">{t('node.sdgs')}</span>{' '}
              {node.sdgs!.map((g) => (
                <span key={g} className={`sdg sdg-${g}`}>{t('node.sdgGoal', { goal: g })}</span>
              ))}
            </p>
          )}
          <BookmarkButton municipality={city} planId={planId} nodeId={node.id} title={node.title} />
        </div>
        <div data-read-aloud>
          <Summary summary={text.summary(node)} />
          {(body ?? node.text)?.map((p) => (
            <p key={p} lang={body ? title.lang : 'ja'}>{p}</p>
          ))}
          {node.sections?.map((s, i) => (
            <SectionView key={i} section={s} translated={sections?.[i]} />
          ))}
          {(node.indicators?.length ?? 0) > 0 && (
            <section aria-labelledby="indicators">
              <h2 id="indicators">{t('node.indicators')}</h2>
              <ul className="indicator-list">
                {node.indicators!.map((i) => (
                  <IndicatorCard key={i.id} indicator={i} plan={plan} />
                ))}
              </ul>
            </section>
          )}
          {(node.children?.length ?? 0) > 0 && (
            <section aria-labelledby="children">
              <h2 id="children"><L value={text.levelLabel(node.children![0]!.level, levelLabel(plan, node.children![0]!.level))} /></h2>
              <NodeList nodes={node.children!} plan={plan} />
            </section>
          )}
        </div>
        {(node.crossRefs?.length ?? 0) > 0 && (
          <section aria-labelledby="crossrefs">
            <h2 id="crossrefs">{t('node.crossRefs')}</h2>
            <ul lang="ja">
              {node.crossRefs!.map((ref) => (
                <li key={ref.code + (ref.title ?? '')}>
                  {ref.nodeId && ids.has(ref.nodeId) ? (
                    <Link to={nodeUrl(city, ref.planId ?? planId, ref.nodeId)}>{ref.code} {ref.title}</Link>
                  ) : (
                    <>
                      <span className="node-code">{ref.code}</span> {ref.title}
                      <span className="visually-hidden">{t('node.crossRefOutside')}</span>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}
        {(node.roadmap?.length ?? 0) > 0 && <RoadmapView rows={node.roadmap!} />}
        {tables.map((tb) => (
          <DataTableView key={tb.id} table={tb} />
        ))}
        <section className="voice" aria-labelledby="voice">
          <h2 id="voice">{t('feedback.write')}</h2>
          <p>
            <Link className="button-link" to={`/opinions/new?city=${city}&plan=${planId}&node=${encodeURIComponent(node.id)}${plan.status === 'draft' ? '&kind=public-comment' : ''}`}>
              {plan.status === 'draft' ? t('feedback.publicComment') : t('feedback.writeAbout')}
            </Link>
          </p>
          {data.status === 'ready' && data.mode !== 'memory' && <ReactionButtons municipality={city} planId={planId} nodeId={node.id} />}
        </section>
      </article>
    </GlossaryScope>
  );
}
