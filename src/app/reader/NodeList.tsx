import { Link } from 'react-router';
import type { Plan, PlanNode } from '../../model/plan-data.ts';
import { isLeaf, nodeUrl } from '../../model/plan-query.ts';
import { L } from '../content/L.tsx';
import { usePlanText } from '../content/use-plan-text.ts';
import { GlossaryText } from './GlossaryText.tsx';

/**
 * Children of a node: those with a page of their own as links (with their own children one level
 * down), leaf actions inline with their number and full text.
 */
export function NodeList({ nodes, plan, depth = 1 }: { nodes: PlanNode[]; plan: Plan; depth?: number }) {
  const text = usePlanText(plan);
  return (
    <ul className={`node-list node-list--${depth}`}>
      {nodes.map((node) => {
        const title = text.title(node);
        if (isLeaf(node)) {
          const body = text.text(node) ?? node.text;
          return (
            <li key={node.id} id={`n-${node.id}`} className="action">
              {node.code && <span className="node-code" lang="ja">{node.code}</span>}
              <span lang={title.lang}>
                {title.translated ? <L value={title} /> : <GlossaryText text={node.title} />}
                {body?.map((p) => (
                  <span key={p} className="action-text">{title.translated ? p : <GlossaryText text={p} />}</span>
                ))}
              </span>
            </li>
          );
        }
        return (
          <li key={node.id}>
            <Link to={nodeUrl(plan.municipality, plan.id, node.id)}>
              {node.code && <span className="node-code" lang="ja">{node.code}</span>} <L value={title} />
            </Link>
            {depth < 2 && node.children && !node.children.every(isLeaf) && <NodeList nodes={node.children} plan={plan} depth={depth + 1} />}
          </li>
        );
      })}
    </ul>
  );
}
