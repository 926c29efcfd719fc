/** What search finds: plan nodes, indicators and glossary terms, in official Japanese (and translations). */
import { allNodes, nodeUrl, planUrl } from '../model/plan-query.ts';
import type { Plan, PlanNode } from '../model/plan-data.ts';

export interface SearchDocument {
  id: string;
  kind: 'node' | 'indicator' | 'term';
  plan: string; // `${municipality}/${planId}`
  url: string;
  title: string;
  body: string;
}

function nodeBody(node: PlanNode): string {
  return [
    node.code ?? '',
    ...(node.text ?? []),
    ...(node.departments ?? []),
    ...(node.sections ?? []).flatMap((s) => s.blocks.flatMap((b) => [b.heading ?? '', ...b.text])),
  ].join(' ');
}

export function planDocuments(plan: Plan): SearchDocument[] {
  const key = `${plan.municipality}/${plan.id}`;
  const docs: SearchDocument[] = [];
  for (const node of allNodes(plan.nodes)) {
    docs.push({ id: `${key}/${node.id}`, kind: 'node', plan: key, url: nodeUrl(plan.municipality, plan.id, node.id), title: node.title, body: nodeBody(node) });
    for (const i of node.indicators ?? []) {
      docs.push({ id: `${key}/${i.id}`, kind: 'indicator', plan: key, url: `${nodeUrl(plan.municipality, plan.id, node.id)}#indicators`, title: i.name, body: i.rationale ?? '' });
    }
  }
  for (const g of plan.glossary) {
    docs.push({ id: `${key}/term/${g.term}`, kind: 'term', plan: key, url: `${planUrl(plan.municipality, plan.id)}/glossary#${encodeURIComponent(g.term)}`, title: g.term, body: g.definition ?? '' });
  }
  return docs;
}
