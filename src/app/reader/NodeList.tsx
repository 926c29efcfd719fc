import { Link } from 'react-router';
import type { PlanNode } from '../../model/plan-data.ts';
import { isLeaf, nodeUrl } from '../../model/plan-query.ts';
import { GlossaryText } from './GlossaryText.tsx';

/**
 * Children of a node: those with a page of their own as links (with their own children one level
 * down), leaf actions inline with their number and full text.
 */
export function NodeList({ nodes, municipality, planId, depth = 1 }: { nodes: PlanNode[]; municipality: string; planId: string; depth?: number }) {
  return (
    <ul className={`node-list node-list--${depth}`} lang="ja">
      {nodes.map((node) =>
        isLeaf(node) ? (
          <li key={node.id} id={`n-${node.id}`} className="action">
            {node.code && <span className="node-code">{node.code}</span>}
            <span>
              <GlossaryText text={node.title} />
              {node.text?.map((t) => (
                <span key={t} className="action-text"><GlossaryText text={t} /></span>
              ))}
            </span>
          </li>
        ) : (
          <li key={node.id}>
            <Link to={nodeUrl(municipality, planId, node.id)}>
              {node.code && <span className="node-code">{node.code}</span>} {node.title}
            </Link>
            {depth < 2 && node.children && !node.children.every(isLeaf) && (
              <NodeList nodes={node.children} municipality={municipality} planId={planId} depth={depth + 1} />
            )}
          </li>
        ),
      )}
    </ul>
  );
}
