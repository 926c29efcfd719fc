/**
 * The plan-data format: what a city's plan looks like as data.
 * One schema for the data scripts, the server and the app (types are inferred from it).
 * Every string marked "official" must be traceable to a source extract (see src/build/traceability.ts);
 * fields marked "ours" are derived or written by the project and are not checked against the source.
 * The format is documented for other cities in docs/plan-data.md.
 */
import { z } from 'zod';

/** URL-safe, readable id, unique within its plan: "1101", "6-2-1-1", "D-1". */
export const NodeId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'ids use letters, digits and "-" only');

/** A year as the source prints it ("2016年", "令和2年度") and as a Gregorian year (ours). */
export const Year = z.strictObject({
  year: z.number().int().min(1900).max(2100),
  printed: z.string().min(1), // official
});

/**
 * A value as printed ("58団体", "393,118件", "－", "現状維持") with the number read from it.
 * `value` is null where the printed form holds no single number (a dash, "現状維持", two figures).
 */
export const Value = z.strictObject({
  printed: z.string().min(1), // official
  value: z.number().nullable(), // ours: parsed from `printed`, checked against it
  year: Year.optional(),
});

export const IndicatorKind = z.enum([
  'outcome', // 成果指標 (小美玉市 総合計画 主な成果指標)
  'kpi', // 重要業績評価指標 KPI (総合戦略 施策)
  'numeric-target', // 数値目標 / 基本目標 of a 政策分野
  'achievement', // 達成指標 (かすみがうら市 目指す姿)
  'activity', // 活動指標 (かすみがうら市 施策の方向)
  'administrative', // 行政指標 (下妻市)
  'citizen', // 市民指標 (下妻市)
]);

export const Indicator = z.strictObject({
  id: NodeId,
  kind: IndicatorKind,
  name: z.string().min(1), // official
  rationale: z.string().min(1).optional(), // official: 指標の考え方 / 指標の説明・根拠
  unit: z.string().min(1).optional(), // official when given in the source
  direction: z.enum(['increase', 'decrease', 'maintain']).optional(), // ours, from baseline → target
  baseline: Value.optional(),
  target: Value.optional(),
  actual: Value.optional(),
  achieved: z.boolean().optional(), // 達成/未達
  achievedBasis: z.enum(['source', 'derived']).optional(), // printed in the source, or derived by us comparing values
  valuesNotGiven: z.literal(true).optional(), // the extract lost the values: never fill them in
  reappears: z.literal(true).optional(), // 再掲
  notes: z.array(z.string().min(1)).optional(), // official footnotes (※1 …)
});

/** A run of text: paragraphs, or list items when `list` is set; with an optional printed sub-heading. */
export const Block = z.strictObject({
  heading: z.string().min(1).optional(), // official
  text: z.array(z.string().min(1)).min(1), // official
  list: z.literal(true).optional(),
});

export const SectionKind = z.enum([
  'basic-policy', // 基本方針
  'current-issues', // 現状と課題 / 現況と課題
  'vision', // 目指す姿
  'achievements', // 5年間でできたこと
  'policy', // 取り組みの方針 / 施策の方向 (prose)
  'citizen-role', // 市民の役割
  'related-plans', // 関連する市の個別計画
  'related-initiatives', // 関連する取組
  'aim', // aims and lead text of a goal or policy field
  'background', // plan-level: 背景, 位置づけ, 期間 …
  'other',
]);

export const Section = z.strictObject({
  kind: SectionKind,
  heading: z.string().min(1), // official: the heading as printed (without ■ ● marks)
  blocks: z.array(Block).min(1),
});

export const Tag = z.enum([
  'priority', // 重点施策
  'sogo-senryaku', // 総合戦略
  'gyozaisei-kaikaku', // 行財政改革
  'leading', // ★ リーディングプロジェクト
  'reappear', // 再掲
]);

/** A code printed in the text that points at another node: in this plan, another plan, or nowhere we hold. */
export const CrossRef = z.strictObject({
  code: z.string().min(1), // official: as printed, e.g. "4-1-2"
  title: z.string().min(1).optional(), // official
  planId: z.string().optional(), // ours: the plan it points into, when we hold it
  nodeId: NodeId.optional(), // ours: the node it resolves to; absent = shown as plain code
});

export const RoadmapYear = z.strictObject({
  year: Year,
  // The extract shows every year as ▶▶▶▶▶: the cost-trend icons did not survive.
  trend: z.enum(['same', 'up', 'down', 'unknown']),
});

export const RoadmapRow = z.strictObject({
  project: z.string().min(1), // official
  leading: z.boolean(), // ★
  years: z.array(RoadmapYear),
});

export interface PlanNode {
  id: string;
  level: string;
  code?: string;
  title: string;
  subtitle?: string;
  doubtful?: string;
  departments?: string[];
  tags?: z.infer<typeof Tag>[];
  sdgs?: number[];
  text?: string[];
  sections?: z.infer<typeof Section>[];
  indicators?: z.infer<typeof Indicator>[];
  crossRefs?: z.infer<typeof CrossRef>[];
  roadmap?: z.infer<typeof RoadmapRow>[];
  children?: PlanNode[];
}

export const PlanNode: z.ZodType<PlanNode> = z.lazy(() =>
  z.strictObject({
    id: NodeId,
    level: z.string().min(1), // key into the plan's `levels`
    code: z.string().min(1).optional(), // official: printed code or number, "1101", "①", "施策 101"
    title: z.string().min(1), // official
    subtitle: z.string().min(1).optional(), // official: a printed sub-label, e.g. 《協働・行財政》
    doubtful: z.string().min(1).optional(), // ours: why the printed title is suspect (kept as printed)
    departments: z.array(z.string().min(1)).optional(), // official: 担当課
    tags: z.array(Tag).optional(),
    sdgs: z.array(z.number().int().min(1).max(17)).optional(),
    text: z.array(z.string().min(1)).optional(), // official: body of a short node (an action)
    sections: z.array(Section).optional(),
    indicators: z.array(Indicator).optional(),
    crossRefs: z.array(CrossRef).optional(),
    roadmap: z.array(RoadmapRow).optional(),
    children: z.array(PlanNode).optional(),
  }),
);

export const GlossaryTerm = z.strictObject({
  term: z.string().min(1), // official
  definition: z.string().min(1).optional(), // official; absent where the extract kept only the term
  nodeIds: z.array(NodeId).optional(), // ours: where the source marks the term
});

export const TableRow = z.strictObject({
  label: z.string().min(1), // official
  cells: z.array(Value.nullable()),
});

export const DataTable = z.strictObject({
  id: NodeId,
  title: z.string().min(1), // official
  unit: z.string().min(1).optional(), // official, e.g. "百万円"
  columns: z.array(z.string().min(1)), // official headers
  columnYears: z.array(z.number().int()).optional(), // ours: Gregorian year per column
  nodeId: NodeId.optional(), // ours: the node the table belongs to
  rows: z.array(TableRow),
  notes: z.array(z.string().min(1)).optional(),
});

/** A review of an earlier period's targets (e.g. 第2期 総合戦略 達成状況). */
export const Review = z.strictObject({
  id: NodeId,
  title: z.string().min(1), // official
  text: z.array(z.string().min(1)).optional(),
  groups: z.array(
    z.strictObject({
      code: z.string().min(1), // official
      title: z.string().min(1), // official
      indicators: z.array(Indicator),
    }),
  ),
  notes: z.array(z.string().min(1)).optional(),
});

/** A correction of OCR damage: the data holds `corrected` where the source prints `source`. */
export const Correction = z.strictObject({
  where: z.string().min(1), // node id or field
  source: z.string().min(1),
  corrected: z.string(),
  reason: z.string().min(1),
});

export const PlanLink = z.strictObject({
  title: z.string().min(1), // official
  planId: z.string().optional(), // ours: a plan we hold
  text: z.array(z.string().min(1)).optional(),
});

export const Level = z.strictObject({
  key: z.string().min(1),
  label: z.string().min(1), // official: 基本目標, 基本施策, 個別施策 …
});

/** A file that adds nodes (under `parent`, or at the top), glossary, sections … to a plan. */
export const PlanPart = z.strictObject({
  source: z.string().optional(), // the source extract its strings come from
  parent: NodeId.optional(),
  nodes: z.array(PlanNode).default([]),
  sections: z.array(Section).optional(),
  glossary: z.array(GlossaryTerm).optional(),
  tables: z.array(DataTable).optional(),
  reviews: z.array(Review).optional(),
  corrections: z.array(Correction).optional(),
});

export const PlanKind = z.enum(['sogo-keikaku', 'sogo-senryaku']);

export const Vision = z.strictObject({
  title: z.string().min(1), // official
  subtitle: z.string().min(1).optional(),
  text: z.array(z.string().min(1)).optional(),
});

const planFields = {
  id: NodeId,
  municipality: NodeId,
  kind: PlanKind,
  title: z.string().min(1), // official
  period: z.strictObject({ from: z.number().int(), to: z.number().int(), printed: z.string().min(1) }).optional(),
  status: z.enum(['adopted', 'draft']), // draft = 案, open for public comment
  scope: z.string().min(1).optional(), // ours: which part of the plan the data holds
  vision: Vision.optional(),
  levels: z.array(Level).min(1),
  sources: z.array(z.string().min(1)).min(1),
  links: z.array(PlanLink).optional(),
};

/** plan.json as written by hand: its own nodes plus the part files it lists. */
export const PlanFile = z.strictObject({
  ...planFields,
  parts: z.array(z.string().min(1)).default([]),
  nodes: z.array(PlanNode).default([]),
  sections: z.array(Section).default([]),
  glossary: z.array(GlossaryTerm).default([]),
  tables: z.array(DataTable).default([]),
  reviews: z.array(Review).default([]),
  corrections: z.array(Correction).default([]),
});

/** A whole plan after its parts are merged: what the app and server read. */
export const Plan = z.strictObject({
  ...planFields,
  nodes: z.array(PlanNode),
  sections: z.array(Section),
  glossary: z.array(GlossaryTerm),
  tables: z.array(DataTable),
  reviews: z.array(Review),
  corrections: z.array(Correction),
});

export const Municipality = z.strictObject({
  id: NodeId,
  name: z.string().min(1), // official
  prefecture: z.string().min(1),
  reading: z.string().min(1), // ours: かな
  nameEn: z.string().min(1), // ours
});

export type Year = z.infer<typeof Year>;
export type Value = z.infer<typeof Value>;
export type Indicator = z.infer<typeof Indicator>;
export type Section = z.infer<typeof Section>;
export type GlossaryTerm = z.infer<typeof GlossaryTerm>;
export type DataTable = z.infer<typeof DataTable>;
export type Review = z.infer<typeof Review>;
export type Correction = z.infer<typeof Correction>;
export type PlanPart = z.infer<typeof PlanPart>;
export type PlanFile = z.infer<typeof PlanFile>;
export type Plan = z.infer<typeof Plan>;
export type Municipality = z.infer<typeof Municipality>;
