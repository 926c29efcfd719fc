import { z } from 'zod';
import { Municipality, PlanKind } from './plan-data.ts';

/** /data/index.json: which plan bundles exist, and the data version the app compares. */
export const DataIndex = z.object({
  version: z.string().min(1),
  municipalities: z.array(Municipality),
  plans: z.array(
    z.object({
      key: z.string(),
      municipality: z.string(),
      id: z.string(),
      kind: PlanKind,
      title: z.string(),
      status: z.enum(['adopted', 'draft']),
      period: z.object({ from: z.number(), to: z.number(), printed: z.string() }).optional(),
      url: z.string(),
      hash: z.string(),
      bytes: z.number(),
      nodeCounts: z.record(z.string(), z.number()),
      indicatorCount: z.number(),
    }),
  ),
  /** Prebuilt search index per content language. */
  search: z.record(z.string(), z.object({ url: z.string(), bytes: z.number(), documents: z.number() })),
});
export type DataIndex = z.infer<typeof DataIndex>;
