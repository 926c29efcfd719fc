import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAll } from '../../src/build/load-plans.ts';
import type { PlanNode } from '../../src/model/plan-data.ts';

const { plans } = loadAll(resolve(import.meta.dirname, '../../data'));
const plan = plans.find((p) => p.plan.municipality === 'omitama' && p.plan.id === 'sogo-keikaku-2')!.plan;
const goal = (id: string) => plan.nodes.find((n) => n.id === id)!;
const ids = (nodes: PlanNode[] = []) => nodes.map((n) => n.id);

describe('小美玉市 第2次総合計画 as data (seeds 000 and 003)', () => {
  it('holds 基本目標1–3', () => {
    expect(ids(plan.nodes)).toEqual(['1', '2', '3']);
    expect(goal('1').title).toBe('みんなの力で磨くまちづくり');
  });

  it('has the 6 基本施策 of 基本目標1 with their 28 個別施策 1101–1602', () => {
    const policies = goal('1').children!;
    expect(ids(policies)).toEqual(['11', '12', '13', '14', '15', '16']);
    const measures = policies.flatMap((p) => ids(p.children));
    expect(measures).toEqual([
      '1101', '1102', '1103', '1104', '1105',
      '1201', '1202', '1203', '1204', '1205',
      '1301', '1302', '1303', '1304', '1305', '1306',
      '1401', '1402', '1403', '1404', '1405', '1406', '1407',
      '1501', '1502', '1503',
      '1601', '1602',
    ]);
  });

  it('has every row of each 主な成果指標 table, with 2016 実績値 and 2022 将来値', () => {
    const rows = Object.fromEntries(goal('1').children!.map((p) => [p.id, p.indicators?.length ?? 0]));
    expect(rows).toEqual({ 11: 3, 12: 3, 13: 3, 14: 2, 15: 4, 16: 4 });
    for (const indicator of goal('1').children!.flatMap((p) => p.indicators ?? [])) {
      expect(indicator.baseline?.year?.year).toBe(2016);
      expect(indicator.target?.year?.year).toBe(2022);
    }
  });

  it('gives every 個別施策 of 基本目標1 its 担当課, 基本方針 and 現状と課題 on each 基本施策, and numbered actions', () => {
    for (const policy of goal('1').children!) {
      expect(policy.sections?.map((s) => s.kind)).toEqual(['basic-policy', 'current-issues']);
      for (const measure of policy.children!) {
        expect(measure.departments?.length, measure.id).toBeGreaterThan(0);
        expect(measure.children?.length, measure.id).toBeGreaterThan(0);
        expect(measure.children![0]!.code).toBe('①');
      }
    }
  });

  it('has the skeleton of 基本目標2–3 by code, headings placed by code not by position', () => {
    const measureCounts = (g: string) => Object.fromEntries(goal(g).children!.map((p) => [p.id, p.children?.length ?? 0]));
    expect(measureCounts('2')).toEqual({ 21: 4, 22: 7, 23: 6, 24: 4, 25: 5 });
    expect(measureCounts('3')).toEqual({ 31: 4, 32: 3, 33: 7, 34: 5, 35: 3 });
    for (const policy of [...goal('2').children!, ...goal('3').children!]) {
      for (const measure of policy.children!) expect(measure.id.slice(0, 2)).toBe(policy.id);
    }
  });

  it('corrects the OCR errors of seed 003 and says why', () => {
    const corrected = plan.corrections.map((c) => `${c.source}→${c.corrected}`);
    expect(corrected).toEqual(expect.arrayContaining(['预防事業の推進→予防事業の推進', 'シックプライドの醸成→シビックプライドの醸成', '全序的な取組→全庁的な取組']));
    for (const c of plan.corrections) expect(c.reason.length).toBeGreaterThan(5);
  });
});
