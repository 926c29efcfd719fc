import { describe, expect, it } from 'vitest';
import { progressOf } from './indicator-progress.ts';
import type { Indicator } from './plan-data.ts';

const v = (value: number | null) => ({ printed: String(value ?? '－'), value });
const indicator = (b: number | null, t: number | null, a?: number | null, direction?: Indicator['direction']): Indicator => ({
  id: 'k1', kind: 'kpi', name: 'x', baseline: v(b), target: v(t), ...(a === undefined ? {} : { actual: v(a) }), ...(direction ? { direction } : {}),
});

describe('indicator progress', () => {
  it('measures the way from baseline to target for an indicator that should rise', () => {
    expect(progressOf(indicator(58, 84, 71))).toEqual({ direction: 'increase', ratio: 0.5, reached: false });
    expect(progressOf(indicator(58, 84, 90))).toEqual({ direction: 'increase', ratio: 1, reached: true });
  });

  it('counts a fall as progress for an indicator that should fall', () => {
    expect(progressOf(indicator(30, 28, 31))).toEqual({ direction: 'decrease', ratio: 0, reached: false });
    expect(progressOf(indicator(-0.35, -0.18, 0.38, 'increase'))).toMatchObject({ ratio: 1, reached: true });
    expect(progressOf(indicator(109829, 83194, 96511))!.ratio).toBeCloseTo(0.5, 2);
  });

  it('gives a direction but no ratio when there is no actual value, and nothing without numbers', () => {
    expect(progressOf(indicator(6, 15))).toEqual({ direction: 'increase', ratio: null, reached: null });
    expect(progressOf(indicator(null, 25))).toBeNull();
    expect(progressOf(indicator(10, 10, 10))).toEqual({ direction: 'maintain', ratio: 1, reached: true });
  });
});
