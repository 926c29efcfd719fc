import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { NodeCounts, PlanCounts } from '../../model/staff.ts';
import type { Plan, PlanNode } from '../../model/plan-data.ts';
import { nodeUrl } from '../../model/plan-query.ts';
import { usePlan } from '../data/use-plan.ts';
import { nodeLabel, nodesWithDepth } from './format.ts';
import { STAFF_API, staffApi } from './staff-api.ts';
import { useStaffUser } from './StaffSession.tsx';
import { useStaffText } from './staff-text.ts';

/** Where residents care: opinions and reactions on every node of each plan, laid over the plan tree. */
export function CountsPage() {
  const t = useStaffText();
  const [plans, setPlans] = useState<PlanCounts[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [chosen, setChosen] = useState('');
  useEffect(() => {
    staffApi.counts().then(
      (r) => setPlans(r.plans),
      (e: Error) => setError(e.message),
    );
  }, []);
  const current = plans?.find((p) => p.planId === chosen) ?? plans?.[0];
  return (
    <>
      <h1>{t('counts.heading')}</h1>
      <p>{t('counts.intro')}</p>
      <p><a href={`${STAFF_API}/counts.csv`} download>{t('counts.csv')}</a></p>
      {error && <p className="notice notice--error" role="alert">{t('counts.error', { message: error })}</p>}
      {!plans && !error && <p role="status">{t('loading')}</p>}
      {plans && current && (
        <>
          <div className="field staff-narrow">
            <label htmlFor="counts-plan">{t('counts.plan')}</label>
            <select id="counts-plan" value={current.planId} onChange={(e) => setChosen(e.target.value)}>
              {plans.map((p) => <option key={p.planId} value={p.planId}>{p.title}</option>)}
            </select>
          </div>
          <CountsTree counts={current} />
        </>
      )}
    </>
  );
}

interface Row {
  id: string | null;
  label: string;
  depth: number;
  figures: NodeCounts;
  /** Opinions on this node and every node below it. */
  within: number;
}

function rowsOf(counts: PlanCounts, plan: Plan | null | undefined): Row[] {
  const byId = new Map(counts.nodes.map((n) => [n.nodeId, n]));
  const zero = (id: string | null): NodeCounts => ({ nodeId: id, title: '', opinions: 0, support: 0, interest: 0 });
  const whole = byId.get(null) ?? zero(null);
  if (!plan) {
    // The plan tree is not on this computer yet: the server's flat list, in plan order.
    return counts.nodes.map((n) => ({ id: n.nodeId, label: n.title, depth: 0, figures: n, within: n.opinions }));
  }
  const within = (node: PlanNode): number => (byId.get(node.id)?.opinions ?? 0) + (node.children ?? []).reduce((sum, c) => sum + within(c), 0);
  return [
    { id: null, label: '', depth: 0, figures: whole, within: whole.opinions },
    ...nodesWithDepth(plan).map(({ node, depth }) => ({ id: node.id, label: nodeLabel(node), depth, figures: byId.get(node.id) ?? zero(node.id), within: within(node) })),
  ];
}

function CountsTree({ counts }: { counts: PlanCounts }) {
  const t = useStaffText();
  const user = useStaffUser();
  const plan = usePlan(user.municipality, counts.planId);
  const rows = rowsOf(counts, plan);
  const most = Math.max(1, ...rows.map((r) => r.within));
  return (
    <div className="table-scroll">
      <table className="staff-table staff-counts">
        <thead>
          <tr>
            <th scope="col">{t('counts.node')}</th>
            <th scope="col">{t('counts.opinions')}</th>
            <th scope="col">{t('counts.opinionsWithin')}</th>
            <th scope="col">{t('counts.support')}</th>
            <th scope="col">{t('counts.interest')}</th>
            <th scope="col"><span className="visually-hidden">{t('counts.showOpinions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id ?? '-'} className={r.within === 0 && r.figures.support + r.figures.interest === 0 ? 'staff-row--quiet' : undefined}>
              <th scope="row" style={{ paddingInlineStart: `${0.5 + r.depth * 1.25}rem` }}>
                {r.id ? <a href={nodeUrl(user.municipality, counts.planId, r.id)} target="_blank" rel="noopener">{r.label}</a> : t('counts.whole')}
              </th>
              <td className="number">{r.figures.opinions}</td>
              <td className="number">
                <span className="staff-bar" style={{ inlineSize: `${(r.within / most) * 6}rem` }} aria-hidden="true" /> {r.within}
              </td>
              <td className="number">{r.figures.support}</td>
              <td className="number">{r.figures.interest}</td>
              <td>
                {/* The inbox filters by one node: link where this node itself has opinions. */}
                {r.figures.opinions > 0 && <Link to={`/staff?planId=${encodeURIComponent(counts.planId)}${r.id ? `&nodeId=${encodeURIComponent(r.id)}` : ''}`}>{t('counts.showOpinions')}</Link>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
