/** Small read-only helpers over a Plan, shared by the app, the search index and the server. */
import type { Plan, PlanNode } from './plan-data.ts';

export const planKey = (municipality: string, planId: string) => `${municipality}/${planId}`;
export const planUrl = (municipality: string, planId: string) => `/${municipality}/${planId}`;
export const nodeUrl = (municipality: string, planId: string, nodeId: string) => `/${municipality}/${planId}/${encodeURIComponent(nodeId)}`;

/** The node and its ancestors, top first; empty when the id is not in the plan. */
export function nodePath(nodes: PlanNode[], id: string): PlanNode[] {
  for (const node of nodes) {
    if (node.id === id) return [node];
    const inner = nodePath(node.children ?? [], id);
    if (inner.length) return [node, ...inner];
  }
  return [];
}

export function* allNodes(nodes: PlanNode[]): Generator<PlanNode> {
  for (const node of nodes) {
    yield node;
    yield* allNodes(node.children ?? []);
  }
}

export const levelLabel = (plan: Plan, level: string) => plan.levels.find((l) => l.key === level)?.label ?? level;

/** A node is a leaf action when it has no children, sections or indicators of its own. */
export const isLeaf = (node: PlanNode) => !node.children?.length && !node.sections?.length && !node.indicators?.length;
