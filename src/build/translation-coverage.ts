/** Which pieces of a plan a translation must cover, and how much of them it does. */
import type { Plan, PlanNode } from '../model/plan-data.ts';
import type { PlanTranslation } from '../model/translation.ts';

export function* walkNodes(nodes: PlanNode[], depth = 0): Generator<{ node: PlanNode; depth: number }> {
  for (const node of nodes) {
    yield { node, depth };
    yield* walkNodes(node.children ?? [], depth + 1);
  }
}

/** Goals and measures get a plain summary; leaf actions and initiatives only a title. */
export function needsSummary(node: PlanNode): boolean {
  return (node.children?.length ?? 0) > 0 || (node.sections?.length ?? 0) > 0 || (node.indicators?.length ?? 0) > 0;
}

export interface Coverage {
  titles: [done: number, total: number];
  summaries: [number, number];
  indicators: [number, number];
  glossary: [number, number];
  sections: [number, number];
}

export function coverageOf(plan: Plan, translation: PlanTranslation | undefined): Coverage {
  const c: Coverage = { titles: [0, 0], summaries: [0, 0], indicators: [0, 0], glossary: [0, 0], sections: [0, 0] };
  const count = (slot: [number, number], done: boolean) => {
    slot[1]++;
    if (done) slot[0]++;
  };
  const isPlain = translation?.language === 'ja';
  if (!isPlain) count(c.titles, !!translation?.title);
  if (!isPlain && plan.vision?.text?.length) count(c.sections, !!translation?.vision?.text?.length);
  for (const { node } of walkNodes(plan.nodes)) {
    const t = translation?.nodes[node.id];
    if (!isPlain) count(c.titles, !!t?.title);
    if (needsSummary(node)) count(c.summaries, !!t?.summary);
    if (!isPlain) for (const _ of node.sections ?? []) count(c.sections, !!t?.sections?.length);
    if (!isPlain) for (const i of node.indicators ?? []) count(c.indicators, !!translation?.indicators[i.id]?.name);
  }
  if (!isPlain) for (const g of plan.glossary) count(c.glossary, !!translation?.glossary[g.term]?.term);
  return c;
}
