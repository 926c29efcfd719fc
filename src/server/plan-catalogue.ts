/**
 * The plans the server knows, read from the compiled data it serves: which plans and nodes exist
 * (an opinion must concern a real one) and which plans are drafts open for public comment.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataIndex } from '../model/data-index.ts';
import type { Plan } from '../model/plan-data.ts';
import { allNodes } from '../model/plan-query.ts';

export interface PlanCatalogue {
  plan(municipality: string, planId: string): { status: 'adopted' | 'draft'; title: string; nodes: Set<string> } | undefined;
  plans(): { municipality: string; planId: string; status: 'adopted' | 'draft'; title: string }[];
  nodeTitle(municipality: string, planId: string, nodeId: string): string | undefined;
}

export function loadPlanCatalogue(dirs: string[]): PlanCatalogue {
  const dir = dirs.find((d) => existsSync(join(d, 'data/index.json')));
  const entries = new Map<string, { status: 'adopted' | 'draft'; title: string; nodes: Set<string>; titles: Map<string, string>; municipality: string; planId: string }>();
  if (dir) {
    const index = JSON.parse(readFileSync(join(dir, 'data/index.json'), 'utf8')) as DataIndex;
    for (const p of index.plans) {
      const plan = JSON.parse(readFileSync(join(dir, p.url), 'utf8')) as Plan;
      const titles = new Map([...allNodes(plan.nodes)].map((n) => [n.id, n.code && !n.title.startsWith(n.code) ? `${n.code} ${n.title}` : n.title]));
      entries.set(p.key, { status: plan.status, title: plan.title, nodes: new Set(titles.keys()), titles, municipality: p.municipality, planId: p.id });
    }
  }
  return {
    plan: (m, p) => entries.get(`${m}/${p}`),
    plans: () => [...entries.values()].map(({ municipality, planId, status, title }) => ({ municipality, planId, status, title })),
    nodeTitle: (m, p, n) => entries.get(`${m}/${p}`)?.titles.get(n),
  };
}
