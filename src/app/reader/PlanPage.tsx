import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PlanNode } from '../../model/plan-data.ts';
import { LoadState } from './LoadState.tsx';
import { loadPlan } from './plan-data.ts';
import { PlanStatus } from './PlanStatus.tsx';
import { useAsync } from './use-async.ts';

/** A plan's table of contents: its goals and measures, down to the level above actions. */
export function PlanPage() {
  const { t } = useTranslation();
  const { city = '', plan: planId = '' } = useParams();
  const [state, retry] = useAsync(() => loadPlan(city, planId), `${city}/${planId}`);
  return (
    <LoadState state={state} retry={retry}>
      {(plan) =>
        plan ? (
          <article lang="ja">
            <h1>{plan.title}</h1>
            <PlanStatus status={plan.status} period={plan.period?.printed} />
            {plan.vision && <p className="vision">{plan.vision.title}</p>}
            <nav aria-label={t('plan.contents')}>
              <NodeList nodes={plan.nodes} depth={0} />
            </nav>
          </article>
        ) : (
          <div role="alert">
            <p>{t('plan.notFound')}</p>
            <Link to="/">{t('plan.backToCity')}</Link>
          </div>
        )
      }
    </LoadState>
  );
}

function NodeList({ nodes, depth }: { nodes: PlanNode[]; depth: number }) {
  if (nodes.length === 0 || depth > 2) return null;
  return (
    <ul className={`node-list node-list--${depth}`}>
      {nodes.map((node) => (
        <li key={node.id}>
          <span className="node-code">{node.code}</span> <span className="node-title">{node.title}</span>
          <NodeList nodes={node.children ?? []} depth={depth + 1} />
        </li>
      ))}
    </ul>
  );
}
