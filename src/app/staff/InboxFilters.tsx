import { useState, type FormEvent } from 'react';
import { OPINION_KINDS, OPINION_STATUSES } from '../../model/opinion.ts';
import { SORTS } from '../../model/staff.ts';
import { LANGUAGES } from '../../i18n/languages.ts';
import { useData } from '../data/DataProvider.tsx';
import { usePlan } from '../data/use-plan.ts';
import { nodeLabel, nodesWithDepth } from './format.ts';
import { useStaffUser } from './StaffSession.tsx';
import { labelOf, useStaffText } from './staff-text.ts';

/** Fields of the filter form, named as the API's query parameters, so the form maps onto the URL. */
export const FILTER_FIELDS = ['q', 'planId', 'nodeId', 'kind', 'status', 'language', 'from', 'to', 'hasContact', 'hidden', 'sort'] as const;

/**
 * The inbox filters. They live in the address (?status=new&planId=…), so a filtered view can be
 * bookmarked, survives opening an opinion and coming back, and feeds the export links.
 */
export function InboxFilters({ params, onApply }: { params: URLSearchParams; onApply(next: URLSearchParams): void }) {
  const t = useStaffText();
  const user = useStaffUser();
  const data = useData();
  const [planId, setPlanId] = useState(params.get('planId') ?? '');
  const plan = usePlan(user.municipality, planId || '-');
  const plans = data.status === 'ready' ? data.index.plans.filter((p) => p.municipality === user.municipality) : [];
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of FILTER_FIELDS) {
      const value = String(form.get(name) ?? '').trim();
      if (value) next.set(name, value);
    }
    onApply(next);
  };
  const value = (name: string) => params.get(name) ?? '';
  return (
    <form className="staff-filters" onSubmit={submit} aria-label={t('inbox.filters')}>
      <div className="field staff-filters__q">
        <label htmlFor="f-q">{t('inbox.q')}</label>
        <input id="f-q" name="q" type="search" defaultValue={value('q')} />
      </div>
      <div className="field">
        <label htmlFor="f-plan">{t('inbox.plan')}</label>
        <select id="f-plan" name="planId" value={planId} onChange={(e) => setPlanId(e.target.value)}>
          <option value="">{t('inbox.any')}</option>
          {plans.map((p) => <option key={p.id} value={p.id}>{p.title}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-node">{t('inbox.node')}</label>
        <select id="f-node" name="nodeId" defaultValue={value('nodeId')} disabled={!plan} key={planId}>
          <option value="">{plan ? t('inbox.any') : t('inbox.choosePlanFirst')}</option>
          {plan && nodesWithDepth(plan).map(({ node, depth }) => <option key={node.id} value={node.id}>{`${'　'.repeat(depth)}${nodeLabel(node)}`}</option>)}
        </select>
      </div>
      <SelectFilter name="kind" label={t('inbox.kind')} defaultValue={value('kind')} first={['', t('inbox.any')]} options={OPINION_KINDS.map((k) => [k, labelOf(t, 'kinds', k)])} />
      <SelectFilter name="status" label={t('inbox.status')} defaultValue={value('status')} first={['', t('inbox.any')]} options={OPINION_STATUSES.map((v) => [v, labelOf(t, 'status', v)])} />
      <SelectFilter name="language" label={t('inbox.language')} defaultValue={value('language')} first={['', t('inbox.any')]} options={LANGUAGES.map((l) => [l.code, l.name])} />
      <div className="field">
        <label htmlFor="f-from">{t('inbox.from')}</label>
        <input id="f-from" name="from" type="date" defaultValue={value('from')} />
      </div>
      <div className="field">
        <label htmlFor="f-to">{t('inbox.to')}</label>
        <input id="f-to" name="to" type="date" defaultValue={value('to')} />
      </div>
      <SelectFilter name="hasContact" label={t('inbox.hasContact')} defaultValue={value('hasContact')} first={['', t('inbox.any')]} options={[['1', t('inbox.contactYes')], ['0', t('inbox.contactNo')]]} />
      <SelectFilter name="hidden" label={t('inbox.hidden')} defaultValue={value('hidden')} first={['', t('inbox.hiddenExclude')]} options={[['include', t('inbox.hiddenInclude')], ['only', t('inbox.hiddenOnly')]]} />
      <div className="field">
        <label htmlFor="f-sort">{t('inbox.sort')}</label>
        <select id="f-sort" name="sort" defaultValue={value('sort')}>
          {SORTS.map((s) => <option key={s} value={s === 'newest' ? '' : s}>{t(`inbox.sorts.${s}`)}</option>)}
        </select>
      </div>
      <div className="staff-filters__actions">
        <button type="submit">{t('inbox.apply')}</button>
        <button type="button" className="button--secondary" onClick={() => onApply(new URLSearchParams())}>{t('inbox.clear')}</button>
      </div>
    </form>
  );
}

/** One labelled select of the filter form; `options` are [value, label] pairs after the first. */
function SelectFilter({ name, label, defaultValue, first, options }: { name: string; label: string; defaultValue: string; first: [string, string]; options: [string, string][] }) {
  return (
    <div className="field">
      <label htmlFor={`f-${name}`}>{label}</label>
      <select id={`f-${name}`} name={name} defaultValue={defaultValue}>
        {[first, ...options].map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </div>
  );
}
