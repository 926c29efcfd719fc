import { useCallback, useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import type { OpinionDetail } from '../../model/staff.ts';
import { nodeUrl, planUrl } from '../../model/plan-query.ts';
import { LANGUAGES } from '../../i18n/languages.ts';
import { usePlan } from '../data/use-plan.ts';
import { formatTime, planDepartments } from './format.ts';
import { HideForm } from './HideForm.tsx';
import { History } from './History.tsx';
import { StaffApiError, staffApi } from './staff-api.ts';
import { labelOf, useStaffText } from './staff-text.ts';
import { WorkflowForm } from './WorkflowForm.tsx';

/**
 * One opinion: what the resident wrote (always as text), where in the plan it belongs, their
 * contact (the only screen that shows it), and what staff do about it.
 */
export function OpinionPage() {
  const t = useStaffText();
  const { id = '' } = useParams();
  const back = (useLocation().state as { back?: string } | null)?.back ?? '';
  const [opinion, setOpinion] = useState<OpinionDetail | null>(null);
  const [error, setError] = useState<StaffApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const load = useCallback(() => {
    setError(null);
    setSaved(false);
    staffApi.opinion(id).then(setOpinion, (e: StaffApiError) => setError(e));
  }, [id]);
  const onSaved = (o: OpinionDetail) => {
    setOpinion(o);
    setSaved(true);
  };
  useEffect(load, [load]);
  const plan = usePlan(opinion?.municipality ?? '-', opinion?.planId ?? '-');
  return (
    <>
      <p><Link to={`/staff${back ? `?${back}` : ''}`}>{t('detail.back')}</Link></p>
      {error && <p className="notice notice--error" role="alert">{error.status === 404 ? t('detail.notFound') : t('detail.error', { message: error.message })}</p>}
      {!opinion && !error && <p role="status">{t('loading')}</p>}
      {opinion && (
        <div className="staff-detail">
          <article className="staff-detail__opinion">
            <p>
              <span className={`badge staff-status staff-status--${opinion.status}`}>{labelOf(t, 'status', opinion.status)}</span>{' '}
              <span className="staff-nowrap">{opinion.receiptNumber}</span>
              {opinion.hiddenReason && <> <span className="badge">{t('inbox.hiddenBadge')}</span></>}
            </p>
            <h1 className="staff-opinion-title">{opinion.title}</h1>
            <Facts opinion={opinion} />
            <h2>{t('detail.body')}</h2>
            {/* Residents' words, shown as text: React escapes them; never dangerouslySetInnerHTML. */}
            <p className="opinion-body staff-body" data-testid="staff-opinion-body">{opinion.body}</p>
            <Personal opinion={opinion} />
            <History entries={opinion.history} />
          </article>
          <aside className="staff-detail__work">
            <WorkflowForm key={`w${opinion.version}`} opinion={opinion} departments={planDepartments(plan)} saved={saved} onSaved={onSaved} onReload={load} />
            <HideForm key={`h${opinion.version}`} opinion={opinion} onSaved={onSaved} onReload={load} />
          </aside>
        </div>
      )}
    </>
  );
}

function Facts({ opinion }: { opinion: OpinionDetail }) {
  const t = useStaffText();
  const none = t('detail.none');
  return (
    <dl className="staff-facts" aria-label={t('detail.facts')}>
      <dt>{t('detail.received')}</dt>
      <dd>{formatTime(opinion.receivedAt)}</dd>
      <dt>{t('detail.written')}</dt>
      <dd>{formatTime(opinion.writtenAt)}</dd>
      <dt>{t('detail.kind')}</dt>
      <dd>{labelOf(t, 'kinds', opinion.kind)}</dd>
      <dt>{t('detail.plan')}</dt>
      <dd><a href={planUrl(opinion.municipality, opinion.planId)} target="_blank" rel="noopener">{opinion.planTitle ?? opinion.planId}</a></dd>
      <dt>{t('detail.node')}</dt>
      <dd>
        {opinion.nodeId ? (
          <a href={nodeUrl(opinion.municipality, opinion.planId, opinion.nodeId)} target="_blank" rel="noopener" title={t('detail.openNode')}>
            {opinion.nodeTitle ?? opinion.nodeId}
          </a>
        ) : (
          t('inbox.planWhole')
        )}
      </dd>
      <dt>{t('detail.language')}</dt>
      <dd>{LANGUAGES.find((l) => l.code === opinion.language)?.name ?? opinion.language}</dd>
      <dt>{t('detail.ageGroup')}</dt>
      <dd>{labelOf(t, 'ageGroups', opinion.ageGroup) || none}</dd>
      <dt>{t('detail.area')}</dt>
      <dd>{opinion.area ?? none}</dd>
    </dl>
  );
}

function Personal({ opinion }: { opinion: OpinionDetail }) {
  const t = useStaffText();
  const c = opinion.contact;
  return (
    <section className="staff-personal" aria-labelledby="personal-heading">
      <h2 id="personal-heading">{t('detail.personal')}</h2>
      <p className="note">{t('detail.personalNote')}</p>
      {c ? (
        <dl className="staff-facts">
          <dt>{t('detail.name')}</dt>
          <dd>{c.name ?? t('detail.none')}</dd>
          <dt>{t('detail.email')}</dt>
          <dd>{c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : t('detail.none')}</dd>
          <dt>{t('detail.phone')}</dt>
          <dd>{c.phone ?? t('detail.none')}</dd>
        </dl>
      ) : (
        <p>{t('detail.noContact')}</p>
      )}
    </section>
  );
}
