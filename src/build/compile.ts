/**
 * Compiles validated plans into what the app ships: one content-hashed JSON bundle per plan and an
 * index naming them with a data version the app compares to decide whether to reload its copy.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Municipality, Plan, PlanNode } from '../model/plan-data.ts';
import type { DataIndex } from '../model/data-index.ts';
import { planDocuments } from '../search/documents.ts';
import { buildIndex } from '../search/search-index.ts';

function countNodes(nodes: PlanNode[], counts: Record<string, number> = {}): Record<string, number> {
  for (const node of nodes) {
    counts[node.level] = (counts[node.level] ?? 0) + 1;
    countNodes(node.children ?? [], counts);
  }
  return counts;
}

function countIndicators(nodes: PlanNode[]): number {
  return nodes.reduce((sum, n) => sum + (n.indicators?.length ?? 0) + countIndicators(n.children ?? []), 0);
}

export function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

export function compilePlans(municipalities: Municipality[], plans: Plan[], outDir: string): DataIndex {
  mkdirSync(outDir, { recursive: true });
  for (const old of readdirSync(outDir)) rmSync(join(outDir, old), { recursive: true, force: true });
  const entries = plans.map((plan) => {
    const json = JSON.stringify(plan);
    const hash = hashOf(json);
    const fileName = `${plan.municipality}.${plan.id}.${hash}.json`;
    writeFileSync(join(outDir, fileName), json);
    return {
      key: `${plan.municipality}/${plan.id}`,
      municipality: plan.municipality,
      id: plan.id,
      kind: plan.kind,
      title: plan.title,
      status: plan.status,
      period: plan.period,
      url: `/data/${fileName}`,
      hash,
      bytes: Buffer.byteLength(json),
      nodeCounts: countNodes(plan.nodes),
      indicatorCount: countIndicators(plan.nodes),
    };
  });
  const docs = plans.flatMap(planDocuments);
  const searchJson = JSON.stringify(buildIndex(docs));
  const searchFile = `search-ja.${hashOf(searchJson)}.json`;
  writeFileSync(join(outDir, searchFile), searchJson);
  const search = { ja: { url: `/data/${searchFile}`, bytes: Buffer.byteLength(searchJson), documents: docs.length } };
  const index: DataIndex = {
    version: hashOf(entries.map((e) => e.hash).join('|') + JSON.stringify(municipalities) + searchFile),
    municipalities,
    plans: entries,
    search,
  };
  writeFileSync(join(outDir, 'index.json'), JSON.stringify(index, null, 1));
  return index;
}
