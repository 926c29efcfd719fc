import { allNodes } from '../../model/plan-query.ts';
import type { Plan, PlanNode } from '../../model/plan-data.ts';

/** Times as staff read them: Japan time, whatever the computer's zone. */
const dateTime = new Intl.DateTimeFormat('ja-JP', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Tokyo' });
export const formatTime = (iso: string | null | undefined) => (iso ? dateTime.format(new Date(iso)) : '');

/** "1101 市民協働推進のための環境づくり", as the plan prints it. */
export const nodeLabel = (node: PlanNode) => (node.code && !node.title.startsWith(node.code) ? `${node.code} ${node.title}` : node.title);

/** Every node with its depth in the tree, in plan order. */
export function nodesWithDepth(plan: Plan): { node: PlanNode; depth: number }[] {
  const out: { node: PlanNode; depth: number }[] = [];
  const walk = (nodes: PlanNode[], depth: number) => {
    for (const node of nodes) {
      out.push({ node, depth });
      walk(node.children ?? [], depth + 1);
    }
  };
  walk(plan.nodes, 0);
  return out;
}

/** Departments the plan names (担当課), to suggest when assigning an opinion. */
export function planDepartments(plan: Plan | null | undefined): string[] {
  if (!plan) return [];
  return [...new Set([...allNodes(plan.nodes)].flatMap((n) => n.departments ?? []))].sort((a, b) => a.localeCompare(b, 'ja'));
}
