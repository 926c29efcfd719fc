import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadAll } from '../../src/build/load-plans.ts';
import { INDICATOR_CSV_HEADER, writeOpenData } from '../../src/build/open-data.ts';
import { walkNodes } from '../../src/build/translation-coverage.ts';
import { Plan } from '../../src/model/plan-data.ts';

const { municipalities, plans } = loadAll(resolve(import.meta.dirname, '../../data'));
const outDir = mkdtempSync(join(tmpdir(), 'machiplan-open-data-'));
const files = writeOpenData(municipalities, plans.map((p) => p.plan), outDir);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const indicatorCount = plans
  .map(({ plan }) =>
    [...walkNodes(plan.nodes)].reduce((n, { node }) => n + (node.indicators?.length ?? 0), 0) +
    plan.reviews.flatMap((r) => r.groups).reduce((n, g) => n + g.indicators.length, 0),
  )
  .reduce((a, b) => a + b, 0);

describe('open data', () => {
  it('writes every plan as JSON that the published JSON Schema accepts', () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(z.toJSONSchema(Plan, { io: 'input' }));
    const planFiles = files.filter((f) => f.endsWith('.json'));
    expect(planFiles).toHaveLength(4);
    for (const file of planFiles) {
      const { $schema, ...json } = JSON.parse(readFileSync(join(outDir, file), 'utf8'));
      expect($schema).toBe('./plan.schema.json');
      expect(validate(json), `${file}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    }
    const broken = JSON.parse(readFileSync(join(outDir, 'omitama.sogo-keikaku-2.json'), 'utf8'));
    delete broken.nodes[0].title;
    expect(validate(broken)).toBe(false);
  });

  it('writes a CSV of every indicator that a spreadsheet opens with its Japanese intact', async () => {
    const bytes = readFileSync(join(outDir, 'indicators.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM: Excel reads UTF-8
    const workbook = new ExcelJS.Workbook();
    const sheet = await workbook.csv.readFile(join(outDir, 'indicators.csv'));
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push(Array.from((row.values as unknown[]).slice(1), (v) => (v === null || v === undefined ? '' : String(v)))));
    expect(rows[0]![0]!.replace(/^\uFEFF/, '')).toBe('市区町村');
    expect(rows[0]!.slice(1)).toEqual(INDICATOR_CSV_HEADER.slice(1));
    expect(rows).toHaveLength(indicatorCount + 1);
    const homepage = rows.find((r) => r[7] === 'ホームページアクセス件数' && r[0] === '小美玉市')!;
    expect(homepage.slice(0, 4)).toEqual(['小美玉市', '小美玉市第2次総合計画', 'sogo-keikaku-2', '13']);
    expect(homepage.slice(9, 15)).toEqual(['393,118件', '393118', '2016', '417,000件', '417000', '2022']);
    const birthRate = rows.find((r) => r[7] === '合計特殊出生率')!;
    // A spreadsheet reads 「1.40」 as the number 1.4, as Excel shows it.
    expect(birthRate.slice(15, 19)).toEqual(['1.4', '1.4', '', '未達']);
  });
});
