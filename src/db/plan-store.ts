/**
 * Plan data on the device: loaded from the compiled bundles on first run and whenever the data
 * version changes, atomically — a failed load leaves the previous data (or none), never half a plan.
 */
import type { DataIndex } from '../model/data-index.ts';
import type { Plan } from '../model/plan-data.ts';
import { db } from './database.ts';

const VERSION_KEY = 'dataVersion';

export async function storedDataVersion(): Promise<string | null> {
  const entry = await db.meta.get(VERSION_KEY);
  return typeof entry?.value === 'string' ? entry.value : null;
}

/** Fetches every bundle first, then replaces all plans and the version in one transaction. */
export async function hydratePlans(index: DataIndex, fetchPlan: (url: string) => Promise<Plan>): Promise<'unchanged' | 'updated'> {
  if ((await storedDataVersion()) === index.version) return 'unchanged';
  const plans = await Promise.all(index.plans.map(async (entry) => ({ entry, plan: await fetchPlan(entry.url) })));
  await db.transaction('rw', db.plans, db.meta, async () => {
    await db.plans.clear();
    await db.plans.bulkPut(plans.map(({ entry, plan }) => ({ key: entry.key, municipality: entry.municipality, plan, hash: entry.hash })));
    await db.meta.put({ key: VERSION_KEY, value: index.version });
    await db.meta.put({ key: 'dataIndex', value: index });
  });
  return 'updated';
}

export async function storedIndex(): Promise<DataIndex | null> {
  const entry = await db.meta.get('dataIndex');
  return (entry?.value as DataIndex | undefined) ?? null;
}

export function getStoredPlan(key: string) {
  return db.plans.get(key).then((row) => row?.plan ?? null);
}
