/**
 * npm run data: validate every plan (schema + traceability), then compile the bundles the app ships
 * and the JSON Schema of the format. `--check <plan.json>…` only validates the named plans.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { compilePlans } from '../src/build/compile.ts';
import { writeOpenData } from '../src/build/open-data.ts';
import { loadAll } from '../src/build/load-plans.ts';
import { PlanFile, PlanPart, Plan } from '../src/model/plan-data.ts';

const root = resolve(import.meta.dirname, '..');
const dataDir = resolve(root, 'data');
const args = process.argv.slice(2);
const checkOnly = args.includes('--check');
const only = args.filter((a) => !a.startsWith('--')).map((f) => resolve(f));

const { municipalities, plans, problems } = loadAll(dataDir, only);
for (const p of problems) console.error(`✗ data/${p.file} ${p.where}: ${p.message}`);
for (const { plan } of plans) console.log(`✓ ${plan.municipality}/${plan.id} (${plan.title})`);
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s) in plan data.`);
  process.exit(1);
}
if (!checkOnly) {
  const index = compilePlans(municipalities, plans.map((p) => p.plan), resolve(root, 'public/data'));
  const openData = resolve(root, 'public/open-data');
  mkdirSync(openData, { recursive: true });
  const schemas = { plan: Plan, 'plan-file': PlanFile, 'plan-part': PlanPart };
  for (const [name, schema] of Object.entries(schemas)) {
    writeFileSync(resolve(openData, `${name}.schema.json`), JSON.stringify(z.toJSONSchema(schema, { io: 'input' }), null, 1));
  }
  const files = writeOpenData(municipalities, plans.map((p) => p.plan), openData);
  console.log(`open data: ${files.map((f) => `open-data/${f}`).join(', ')}`);
  console.log(`data version ${index.version}: ${index.plans.map((p) => `${p.key} ${(p.bytes / 1024).toFixed(0)} KB`).join(', ')}`);
}
