/**
 * Reads plan files from data/, validates them against the shared schema and merges each plan's
 * parts into one Plan. Errors name the file and the node (by id) they concern.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { z } from 'zod';
import { Municipality, Plan, PlanFile, PlanPart, type PlanNode } from '../model/plan-data.ts';
import { SourceText } from './source-text.ts';
import { checkTraceability, type TraceFailure } from './traceability.ts';

export interface DataProblem {
  file: string;
  where: string;
  message: string;
}

export interface LoadedPlan {
  file: string;
  plan: Plan;
}

export interface LoadResult {
  municipalities: Municipality[];
  plans: LoadedPlan[];
  problems: DataProblem[];
}

/** Path of a zod issue, told by the ids of the nodes it passes through: "1 › 11 › 1101.title". */
export function describePath(data: unknown, path: readonly PropertyKey[]): string {
  const nodes: string[] = [];
  let tail = '';
  let cursor: unknown = data;
  for (const key of path) {
    cursor = cursor && typeof cursor === 'object' ? (cursor as Record<PropertyKey, unknown>)[key] : undefined;
    const id = cursor && typeof cursor === 'object' ? (cursor as { id?: unknown }).id : undefined;
    if (typeof id === 'string') {
      nodes.push(`node ${id}`);
      tail = '';
    } else {
      tail += typeof key === 'string' ? `.${key}` : `[${String(key)}]`;
    }
  }
  tail = tail.replace(/^\./, '');
  if (nodes.length === 0) return tail || '(top)';
  // "children" and "indicators" between two nodes say nothing the ids do not.
  return `${nodes.join(' › ')}${tail ? `: ${tail}` : ''}`;
}

export function validate<T>(schema: z.ZodType<T>, data: unknown, file: string, problems: DataProblem[]): T | null {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({ file, where: describePath(data, issue.path), message: issue.message });
  }
  return null;
}

function readJson(file: string, problems: DataProblem[]): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push({ file, where: '(file)', message: (error as Error).message });
    return null;
  }
}

export function findPlanFiles(dataDir: string): string[] {
  const plansDir = join(dataDir, 'plans');
  if (!existsSync(plansDir)) return [];
  return readdirSync(plansDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('plan.json'))
    .map((f) => join(plansDir, f))
    .sort();
}

function allNodeIds(nodes: PlanNode[], out: string[] = []): string[] {
  for (const node of nodes) {
    out.push(node.id);
    for (const indicator of node.indicators ?? []) out.push(indicator.id);
    allNodeIds(node.children ?? [], out);
  }
  return out;
}

function findNode(nodes: PlanNode[], id: string): PlanNode | undefined {
  for (const node of nodes) {
    if (node.id === id) return node;
    const inner = findNode(node.children ?? [], id);
    if (inner) return inner;
  }
  return undefined;
}

export function loadPlan(planFile: string, dataDir: string, problems: DataProblem[]): Plan | null {
  const rel = (f: string) => relative(dataDir, f);
  const before = problems.length;
  const head = validate(PlanFile, readJson(planFile, problems), rel(planFile), problems);
  if (!head) return null;
  const sourceFor = (name: string) => loadSource(dataDir, name, rel(planFile), problems);
  const planSources = head.sources.map(sourceFor).filter((s): s is SourceText => !!s);
  const { parts, ...rest } = head;
  const plan: Plan = { ...rest, nodes: structuredClone(head.nodes) };
  const trace: TraceFailure[] = checkTraceability({
    file: rel(planFile),
    data: { ...head, corrections: undefined },
    sources: planSources,
    corrections: head.corrections,
  });

  for (const partName of parts) {
    const partFile = join(dirname(planFile), partName);
    const part = validate(PlanPart, readJson(partFile, problems), rel(partFile), problems);
    if (!part) continue;
    const sources = part.source ? [sourceFor(part.source)].filter((s): s is SourceText => !!s) : planSources;
    const corrections = [...head.corrections, ...(part.corrections ?? [])];
    trace.push(...checkTraceability({ file: rel(partFile), data: { ...part, corrections: undefined }, sources, corrections, declared: part.corrections ?? [] }));
    if (part.parent) {
      const parent = findNode(plan.nodes, part.parent);
      if (!parent) problems.push({ file: rel(partFile), where: 'parent', message: `no node ${part.parent} in the plan` });
      else parent.children = [...(parent.children ?? []), ...part.nodes];
    } else {
      plan.nodes.push(...part.nodes);
    }
    plan.sections.push(...(part.sections ?? []));
    plan.glossary.push(...(part.glossary ?? []));
    plan.tables.push(...(part.tables ?? []));
    plan.reviews.push(...(part.reviews ?? []));
    plan.corrections.push(...(part.corrections ?? []));
  }
  problems.push(...trace);

  const seen = new Set<string>();
  for (const id of allNodeIds(plan.nodes)) {
    if (seen.has(id)) problems.push({ file: rel(planFile), where: `node ${id}`, message: 'id is used twice in the plan' });
    seen.add(id);
  }
  const levels = new Set(plan.levels.map((l) => l.key));
  const checkLevels = (nodes: PlanNode[]) =>
    nodes.forEach((n) => {
      if (!levels.has(n.level)) problems.push({ file: rel(planFile), where: `node ${n.id}`, message: `level "${n.level}" is not one of the plan's levels` });
      checkLevels(n.children ?? []);
    });
  checkLevels(plan.nodes);
  if (problems.length > before) return null;
  return Plan.parse(plan);
}

const sourceCache = new Map<string, SourceText>();
function loadSource(dataDir: string, name: string, file: string, problems: DataProblem[]): SourceText | null {
  const path = join(dataDir, 'sources', name);
  const cached = sourceCache.get(path);
  if (cached) return cached;
  if (!existsSync(path)) {
    problems.push({ file, where: 'sources', message: `no source extract data/sources/${name}` });
    return null;
  }
  const source = new SourceText(name, readFileSync(path, 'utf8'));
  sourceCache.set(path, source);
  return source;
}

export function loadMunicipalities(dataDir: string, problems: DataProblem[]): Municipality[] {
  const file = join(dataDir, 'municipalities.json');
  const list = validate(Municipality.array(), readJson(file, problems), 'municipalities.json', problems) ?? [];
  const sources = readdirSync(join(dataDir, 'sources'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => loadSource(dataDir, f, 'municipalities.json', problems))
    .filter((s): s is SourceText => !!s);
  problems.push(...checkTraceability({ file: 'municipalities.json', data: list, sources, corrections: [] }));
  return list;
}

export function loadAll(dataDir: string, only?: string[]): LoadResult {
  const problems: DataProblem[] = [];
  const municipalities = loadMunicipalities(dataDir, problems);
  const files = only?.length ? only : findPlanFiles(dataDir);
  const plans: LoadedPlan[] = [];
  for (const file of files) {
    const plan = loadPlan(file, dataDir, problems);
    if (!plan) continue;
    if (!municipalities.some((m) => m.id === plan.municipality)) {
      problems.push({ file: relative(dataDir, file), where: 'municipality', message: `unknown municipality ${plan.municipality}` });
    }
    plans.push({ file, plan });
  }
  return { municipalities, plans, problems };
}
