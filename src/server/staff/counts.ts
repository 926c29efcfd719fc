/**
 * Where residents care: opinions and reactions per plan node, for every plan of the city, in plan
 * order, nodes without any included (a measure nobody mentions is worth seeing too). Hidden
 * opinions (spam, abuse) are not counted.
 */
import type { PlanCounts } from '../../model/staff.ts';
import type { PlanCatalogue } from '../plan-catalogue.ts';
import type { Database } from '../storage/database.ts';

const key = (planId: string, nodeId: string | null) => `${planId}/${nodeId ?? ''}`;

export async function countsPerNode(db: Database, catalogue: PlanCatalogue, municipality: string, planId?: string): Promise<PlanCounts[]> {
  let opinionQuery = db
    .selectFrom('opinions')
    .select(['plan_id', 'node_id', (eb) => eb.fn.countAll().as('n')])
    .where('municipality', '=', municipality)
    .where('hidden_reason', 'is', null)
    .groupBy(['plan_id', 'node_id']);
  let reactionQuery = db
    .selectFrom('reactions')
    .select(['plan_id', 'node_id', 'kind', (eb) => eb.fn.countAll().as('n')])
    .where('municipality', '=', municipality)
    .groupBy(['plan_id', 'node_id', 'kind']);
  if (planId) {
    opinionQuery = opinionQuery.where('plan_id', '=', planId);
    reactionQuery = reactionQuery.where('plan_id', '=', planId);
  }
  const opinions = new Map((await opinionQuery.execute()).map((r) => [key(r.plan_id, r.node_id), Number(r.n)]));
  const reactions = new Map((await reactionQuery.execute()).map((r) => [`${key(r.plan_id, r.node_id)}#${r.kind}`, Number(r.n)]));
  const figures = (p: string, n: string | null) => ({
    opinions: opinions.get(key(p, n)) ?? 0,
    support: reactions.get(`${key(p, n)}#support`) ?? 0,
    interest: reactions.get(`${key(p, n)}#interest`) ?? 0,
  });

  return catalogue
    .plans()
    .filter((p) => p.municipality === municipality && (!planId || p.planId === planId))
    .map((p) => {
      const nodeIds = [...(catalogue.plan(municipality, p.planId)?.nodes ?? [])];
      // Opinions on nodes a later data release dropped still count: listed last, under their id.
      const dropped = [...opinions.keys(), ...[...reactions.keys()].map((k) => k.split('#')[0]!)]
        .filter((k) => k.startsWith(`${p.planId}/`) && k !== `${p.planId}/`)
        .map((k) => k.slice(p.planId.length + 1))
        .filter((n, i, all) => !nodeIds.includes(n) && all.indexOf(n) === i);
      return {
        planId: p.planId,
        title: p.title,
        status: p.status,
        nodes: [
          { nodeId: null, title: '', ...figures(p.planId, null) },
          ...[...nodeIds, ...dropped].map((n) => ({ nodeId: n, title: catalogue.nodeTitle(municipality, p.planId, n) ?? n, ...figures(p.planId, n) })),
        ],
      };
    });
}
