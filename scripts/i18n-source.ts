/**
 * Writes var/i18n-source/<city>.<plan>.json: every string of a plan that a translation covers, keyed
 * as the translation files key them, for translators to work from. Needs no network.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadAll } from '../src/build/load-plans.ts';
import { needsSummary, walkNodes } from '../src/build/translation-coverage.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, 'var/i18n-source');
mkdirSync(outDir, { recursive: true });
const { plans } = loadAll(resolve(root, 'data'));
for (const { plan } of plans) {
  const nodes: Record<string, unknown> = {};
  const indicators: Record<string, unknown> = {};
  for (const { node, depth } of walkNodes(plan.nodes)) {
    nodes[node.id] = {
      level: plan.levels.find((l) => l.key === node.level)?.label,
      depth,
      code: node.code,
      title: node.title,
      subtitle: node.subtitle,
      needsSummary: needsSummary(node),
      text: node.text,
      sections: node.sections,
    };
    for (const i of node.indicators ?? []) indicators[i.id] = { name: i.name, unit: i.unit, rationale: i.rationale, baseline: i.baseline?.printed, target: i.target?.printed };
  }
  for (const review of plan.reviews) for (const g of review.groups) for (const i of g.indicators) indicators[i.id] = { name: i.name, unit: i.unit };
  const source = {
    municipality: plan.municipality,
    plan: plan.id,
    title: plan.title,
    vision: plan.vision,
    levels: Object.fromEntries(plan.levels.map((l) => [l.key, l.label])),
    nodes,
    indicators,
    glossary: Object.fromEntries(plan.glossary.map((g) => [g.term, g.definition ?? null])),
  };
  writeFileSync(resolve(outDir, `${plan.municipality}.${plan.id}.json`), JSON.stringify(source, null, 1));
  console.log(`var/i18n-source/${plan.municipality}.${plan.id}.json: ${Object.keys(nodes).length} nodes, ${Object.keys(indicators).length} indicators, ${plan.glossary.length} terms`);
}
