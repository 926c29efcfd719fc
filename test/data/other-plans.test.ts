import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAll } from '../../src/build/load-plans.ts';
import { walkNodes } from '../../src/build/translation-coverage.ts';
import type { Plan } from '../../src/model/plan-data.ts';

const { plans, municipalities } = loadAll(resolve(import.meta.dirname, '../../data'));
const plan = (city: string, id: string): Plan => plans.find((p) => p.plan.municipality === city && p.plan.id === id)!.plan;
const nodesAt = (p: Plan, level: string) => [...walkNodes(p.nodes)].filter(({ node }) => node.level === level).map(({ node }) => node);
const indicatorsPerNode = (p: Plan) =>
  Object.fromEntries([...walkNodes(p.nodes)].filter(({ node }) => node.indicators?.length).map(({ node }) => [node.id, node.indicators!.length]));

describe('the four plans of three cities', () => {
  it('lists three cities and four plans', () => {
    expect(municipalities.map((m) => m.name)).toEqual(['小美玉市', 'かすみがうら市', '下妻市']);
    expect(plans.map((p) => `${p.plan.municipality}/${p.plan.id}`).sort()).toEqual([
      'kasumigaura/sogo-keikaku', 'omitama/sogo-keikaku-2', 'omitama/sogo-senryaku-3', 'shimotsuma/sogo-keikaku',
    ]);
  });
});

describe('小美玉市 第3期総合戦略（案） (seed 001)', () => {
  const p = plan('omitama', 'sogo-senryaku-3');

  it('is a draft for 2025–2029 with its vision', () => {
    expect(p.status).toBe('draft');
    expect(p.period).toMatchObject({ from: 2025, to: 2029 });
    expect(p.vision?.title).toBe('輝く小美玉 創造ビジョン');
  });

  it('has 16 施策 in 政策分野1–4 and 3 in the デジタル theme', () => {
    const measures = nodesAt(p, 'measure').map((n) => n.id);
    expect(measures.filter((id) => /^\d{3}$/.test(id))).toHaveLength(16);
    expect(measures.filter((id) => id.startsWith('D-'))).toEqual(['D-1', 'D-2', 'D-3']);
  });

  it('has every KPI row of every 施策', () => {
    const kpis = Object.fromEntries(nodesAt(p, 'measure').map((n) => [n.id, n.indicators?.filter((i) => i.kind === 'kpi').length ?? 0]));
    expect(kpis).toMatchObject({ 101: 3, 102: 3, 103: 3, 104: 2, 201: 2, 202: 2, 203: 2, 204: 3, 301: 2, 302: 2, 303: 2, 304: 2, 401: 3, 402: 2, 403: 4, 404: 3 });
    const fieldTargets = nodesAt(p, 'field').map((n) => n.indicators?.filter((i) => i.kind === 'numeric-target').length);
    expect(fieldTargets).toEqual([2, 2, 2, 2]);
  });

  it('has the 第2期 achievement table with 達成/未達 derived only where values decide it', () => {
    const groups = p.reviews[0]!.groups;
    expect(groups.map((g) => g.indicators.length)).toEqual([5, 2, 3, 4]);
    const birthRate = groups[0]!.indicators.find((i) => i.name === '合計特殊出生率')!;
    expect([birthRate.baseline?.value, birthRate.target?.value, birthRate.actual?.value, birthRate.achieved]).toEqual([1.51, 1.8, 1.4, false]);
    for (const i of groups.flatMap((g) => g.indicators)) if (i.achieved !== undefined) expect(i.achievedBasis).toBe('derived');
  });

  it('has a glossary with definitions', () => {
    expect(p.glossary.length).toBeGreaterThanOrEqual(19);
    expect(p.glossary.every((g) => g.definition)).toBe(true);
  });
});

describe('かすみがうら市 総合計画 基本目標7 (seed 002)', () => {
  const p = plan('kasumigaura', 'sogo-keikaku');

  it('has 施策 1–5 and their sub-themes', () => {
    expect(nodesAt(p, 'measure').map((n) => n.title)).toHaveLength(5);
    expect(nodesAt(p, 'theme').map((n) => n.id)).toEqual(['7-1-1', '7-1-2', '7-2-1', '7-2-2', '7-3-1', '7-4-1', '7-5-1', '7-5-2']);
  });

  it('keeps 達成指標 whose values the extract lost, marked and never filled in', () => {
    const lost = [...walkNodes(p.nodes)].flatMap(({ node }) => node.indicators ?? []).filter((i) => i.valuesNotGiven);
    expect(lost.length).toBeGreaterThan(0);
    for (const i of lost) expect([i.baseline, i.target, i.actual]).toEqual([undefined, undefined, undefined]);
  });

  it('re-pairs the column-wise 活動指標 tables (令和2年度 → 令和8年度)', () => {
    const activity = [...walkNodes(p.nodes)].flatMap(({ node }) => node.indicators ?? []).filter((i) => i.kind === 'activity');
    expect(activity).toHaveLength(17);
    const dv = activity.find((i) => i.name.startsWith('DV'))!;
    expect([dv.baseline?.printed, dv.target?.printed, dv.baseline?.year?.year, dv.target?.year?.year]).toEqual(['3回', '4回', 2020, 2026]);
  });

  it('has the 歳入/歳出 tables 平成28–令和2 in 百万円', () => {
    expect(p.tables).toHaveLength(2);
    for (const t of p.tables) {
      expect(t.unit).toBe('百万円');
      expect(t.columnYears).toEqual([2016, 2017, 2018, 2019, 2020]);
    }
  });
});

describe('下妻市 総合計画 まちづくりの目標6 (seed 004)', () => {
  const p = plan('shimotsuma', 'sogo-keikaku');

  it('has 2 基本施策 with 3 and 7 分野施策 and 35 取り組み', () => {
    expect(nodesAt(p, 'policy').map((n) => n.children?.length)).toEqual([3, 7]);
    expect(nodesAt(p, 'action')).toHaveLength(35);
  });

  it('has every 目標指標 (行政指標 / 市民指標, 令和4年 → 令和9年)', () => {
    expect(indicatorsPerNode(p)).toEqual({ '6-1': 9, '6-2': 14 });
    const all = [...walkNodes(p.nodes)].flatMap(({ node }) => node.indicators ?? []);
    expect(all.filter((i) => i.kind === 'administrative')).toHaveLength(13);
    expect(all.filter((i) => i.kind === 'citizen')).toHaveLength(10);
  });

  it('has the ロードマップ 令和5–9年度 with ★ leading projects', () => {
    const rows = nodesAt(p, 'field').flatMap((n) => n.roadmap ?? []);
    expect(rows).toHaveLength(24);
    expect(rows.filter((r) => r.leading)).toHaveLength(7);
    expect(rows[0]!.years.map((y) => y.year.year)).toEqual([2023, 2024, 2025, 2026, 2027]);
  });
});
