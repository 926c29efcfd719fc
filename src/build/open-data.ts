/**
 * Open data: every plan as JSON (valid against the published JSON Schema) and all indicators as one
 * CSV — UTF-8 with a BOM so Excel opens the Japanese correctly, one row per indicator.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { Indicator, Municipality, Plan, Value } from '../model/plan-data.ts';
import { walkNodes } from './translation-coverage.ts';

export const INDICATOR_CSV_HEADER = [
  '市区町村', '計画', '計画ID', '施策ID', '施策名', '指標ID', '指標区分', '指標名', '単位',
  '基準値', '基準値（数値）', '基準年', '目標値', '目標値（数値）', '目標年', '実績値', '実績値（数値）', '実績年', '達成', '出典',
];

const KIND_LABELS: Record<Indicator['kind'], string> = {
  outcome: '成果指標', kpi: 'KPI', 'numeric-target': '数値目標', achievement: '達成指標',
  activity: '活動指標', administrative: '行政指標', citizen: '市民指標',
};

const value = (v: Value | undefined) => [v?.printed ?? '', v?.value ?? '', v?.year?.year ?? ''];

export function indicatorRows(municipalities: Municipality[], plans: Plan[]): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (const plan of plans) {
    const city = municipalities.find((m) => m.id === plan.municipality)?.name ?? plan.municipality;
    const add = (code: string, title: string, i: Indicator) =>
      rows.push([
        city, plan.title, plan.id, code, title, i.id, KIND_LABELS[i.kind], i.name, i.unit ?? '',
        ...value(i.baseline), ...value(i.target), ...value(i.actual),
        i.valuesNotGiven ? '値なし（抽出元に記載なし）' : i.achieved === undefined ? '' : i.achieved ? '達成' : '未達',
        plan.sources.join(' '),
      ]);
    for (const { node } of walkNodes(plan.nodes)) for (const i of node.indicators ?? []) add(node.id, node.title, i);
    for (const review of plan.reviews) for (const g of review.groups) for (const i of g.indicators) add(`${review.title} ${g.code}`, g.title, i);
  }
  return rows;
}

export function writeOpenData(municipalities: Municipality[], plans: Plan[], outDir: string): string[] {
  const written: string[] = [];
  for (const plan of plans) {
    const name = `${plan.municipality}.${plan.id}.json`;
    writeFileSync(join(outDir, name), JSON.stringify({ $schema: './plan.schema.json', ...plan }, null, 1));
    written.push(name);
  }
  const csv = stringify([INDICATOR_CSV_HEADER, ...indicatorRows(municipalities, plans)], { record_delimiter: '\r\n' });
  writeFileSync(join(outDir, 'indicators.csv'), `\uFEFF${csv}`);
  written.push('indicators.csv');
  return written;
}
