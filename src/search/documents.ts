/** What search finds: plan nodes, indicators and glossary terms, in official Japanese and in translations. */
import { allNodes, nodeUrl, planUrl } from '../model/plan-query.ts';
import type { Plan, PlanNode } from '../model/plan-data.ts';
import type { PlanTranslation } from '../model/translation.ts';

export interface SearchDocument {
  id: string;
  kind: 'node' | 'indicator' | 'term';
  plan: string; // `${municipality}/${planId}`
  url: string;
  title: string;
  body: string;
  /** BCP 47 tag of the title, for the `lang` attribute of the result. */
  lang: string;
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
    docs.push({ id: `${key}/${node.id}`, kind: 'node', plan: key, url: nodeUrl(plan.municipality, plan.id, node.id), title: node.title, body: nodeBody(node), lang: 'ja' });
    for (const i of node.indicators ?? []) {
      docs.push({ id: `${key}/${i.id}`, kind: 'indicator', plan: key, url: `${nodeUrl(plan.municipality, plan.id, node.id)}#indicators`, title: i.name, body: i.rationale ?? '', lang: 'ja' });
    }
  }
  for (const g of plan.glossary) {
    docs.push({ id: `${key}/term/${g.term}`, kind: 'term', plan: key, url: `${planUrl(plan.municipality, plan.id)}/glossary#${encodeURIComponent(g.term)}`, title: g.term, body: g.definition ?? '', lang: 'ja' });
  }
  return docs;
}

/**
 * Documents from a language's translations. `summary` adds only plain summaries (for Japanese,
 * whose titles are the official ones); `all` indexes translated titles, summaries and text.
 */
export function translatedDocuments(plans: Plan[], byPlan: Record<string, PlanTranslation>, what: 'summary' | 'all', lang = 'ja'): SearchDocument[] {
  const docs: SearchDocument[] = [];
  for (const plan of plans) {
    const key = `${plan.municipality}/${plan.id}`;
    const t = byPlan[key];
    if (!t) continue;
    for (const node of allNodes(plan.nodes)) {
      const tn = t.nodes[node.id];
      if (!tn) continue;
      const url = nodeUrl(plan.municipality, plan.id, node.id);
      if (what === 'summary') {
        if (tn.summary) docs.push({ id: `${key}/${node.id}#summary`, kind: 'node', plan: key, url, title: node.title, body: tn.summary, lang: 'ja' });
        continue;
      }
      const body = [tn.summary ?? '', ...(tn.text ?? []), ...(tn.sections ?? []).flatMap((s) => s.blocks.flatMap((b) => [b.heading ?? '', ...b.text]))].join(' ');
      docs.push({ id: `${key}/${node.id}`, kind: 'node', plan: key, url, title: tn.title ?? node.title, body, lang: tn.title ? lang : 'ja' });
      for (const i of node.indicators ?? []) {
        const ti = t.indicators[i.id];
        if (ti?.name) docs.push({ id: `${key}/${i.id}`, kind: 'indicator', plan: key, url: `${url}#indicators`, title: ti.name, body: ti.rationale ?? '', lang });
      }
    }
    for (const g of plan.glossary) {
      const tg = t.glossary[g.term];
      if (tg) docs.push({ id: `${key}/term/${g.term}`, kind: 'term', plan: key, url: `${planUrl(plan.municipality, plan.id)}/glossary#${encodeURIComponent(g.term)}`, title: tg.term, body: tg.definition ?? '', lang });
    }
  }
  return docs;
}
