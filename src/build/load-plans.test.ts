import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadAll, type DataProblem } from './load-plans.ts';

const dataDir = resolve(import.meta.dirname, '../../data');
const omitama = 'plans/omitama/sogo-keikaku-2';
const temporary: string[] = [];
afterEach(() => temporary.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of data/ with one JSON file changed by `edit`; returns the problems `npm run data` would report. */
function problemsAfter(file: string, edit: (json: any) => void): DataProblem[] {
  const copy = mkdtempSync(join(tmpdir(), 'machiplan-data-'));
  temporary.push(copy);
  cpSync(dataDir, copy, { recursive: true });
  const path = join(copy, file);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  edit(json);
  writeFileSync(path, JSON.stringify(json));
  return loadAll(copy).problems;
}

function findNode(nodes: any[], id: string): any {
  for (const node of nodes) {
    if (node.id === id) return node;
    const inner = findNode(node.children ?? [], id);
    if (inner) return inner;
  }
}

describe('loading plan data', () => {
  it('accepts every plan in data/ with no problems', () => {
    const { problems, plans } = loadAll(dataDir);
    expect(problems).toEqual([]);
    expect(plans.map((p) => `${p.plan.municipality}/${p.plan.id}`)).toContain('omitama/sogo-keikaku-2');
  });

  it('rejects a node without a title and names the node', () => {
    const problems = problemsAfter(`${omitama}/goal-1-a.json`, (part) => delete findNode(part.nodes, '1102').title);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe(`${omitama}/goal-1-a.json`);
    expect(problems[0]!.where).toContain('node 1102');
    expect(problems[0]!.where).toContain('title');
  });

  it('rejects an unknown field and a malformed indicator, naming the node and indicator', () => {
    const problems = problemsAfter(`${omitama}/goal-1-a.json`, (part) => {
      findNode(part.nodes, '1101').colour = 'blue';
      findNode(part.nodes, '11').indicators[0].baseline.value = 'fifty-eight';
    });
    const wheres = problems.map((p) => p.where).join('\n');
    expect(wheres).toMatch(/node 1101/);
    expect(wheres).toMatch(/node 11 › node 11-k1: baseline\.value/);
  });

  it('rejects an id used twice in a plan', () => {
    const problems = problemsAfter(`${omitama}/goal-1-b.json`, (part) => (findNode(part.nodes, '1401').id = '1101'));
    expect(problems.map((p) => p.message)).toContain('id is used twice in the plan');
  });
});

describe('the traceability check', () => {
  it('fails when a printed number is changed by one digit, naming the file and the string', () => {
    const problems = problemsAfter(`${omitama}/goal-1-a.json`, (part) => {
      const baseline = findNode(part.nodes, '11').indicators[0].baseline;
      baseline.printed = baseline.printed.replace(/\d/, (d: string) => String((Number(d) + 1) % 10));
      baseline.value = Number(baseline.printed.replace(/[^\d.]/g, ''));
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe(`${omitama}/goal-1-a.json`);
    expect(problems[0]!.message).toMatch(/not in 000_56925088ffa0b97d\.txt: 「\d+団体」/);
  });

  it('fails when a parsed value disagrees with its printed form', () => {
    const problems = problemsAfter(`${omitama}/goal-1-a.json`, (part) => (findNode(part.nodes, '11').indicators[0].target.value += 1));
    expect(problems.map((p) => p.message).join()).toMatch(/is not the number printed in/);
  });

  it('fails on a sentence that is not in the source, and on a year that is not the printed one', () => {
    const problems = problemsAfter(`${omitama}/goal-1-b.json`, (part) => {
      findNode(part.nodes, '1401').title = '行政改革の推進と市民サービスの向上';
      findNode(part.nodes, '14').indicators[1].baseline.year.year = 2017;
    });
    const messages = problems.map((p) => `${p.where} ${p.message}`).join('\n');
    expect(messages).toMatch(/1401\.title not in .*行政改革の推進と市民サービスの向上/);
    expect(messages).toMatch(/year 2017 does not match printed 「2016年」/);
  });

  it('accepts an OCR correction only when it is listed with its reason', () => {
    const planFile = `${omitama}/plan.json`;
    const withoutCorrections = problemsAfter(planFile, (plan) => (plan.corrections = []));
    expect(withoutCorrections.length).toBeGreaterThan(0);
    expect(withoutCorrections.map((p) => p.message).join()).toMatch(/not in/);
  });
});
