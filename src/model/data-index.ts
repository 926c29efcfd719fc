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
  /** Plan translations (and furigana) per content language, loaded only for the language in use. */
  languages: z.record(z.string(), z.object({ url: z.string(), bytes: z.number() })),
  /** Furigana for the official Japanese text, loaded when the reader turns them on. */
  officialRuby: z.object({ url: z.string(), bytes: z.number() }).optional(),
});
export type DataIndex = z.infer<typeof DataIndex>;
