/**
 * How far an indicator has come, respecting its direction: for "increase" more is better, for
 * "decrease" less is better, "maintain" means holding the baseline. Only from parsed numbers.
 */
import type { Indicator } from './plan-data.ts';

export type Direction = 'increase' | 'decrease' | 'maintain';

export function directionOf(i: Indicator): Direction | null {
  if (i.direction) return i.direction;
  const b = i.baseline?.value;
  const t = i.target?.value;
  if (b == null || t == null) return null;
  return t > b ? 'increase' : t < b ? 'decrease' : 'maintain';
}

export interface Progress {
  direction: Direction;
  /** 0–1 share of the way from baseline to target; null when it cannot be computed. */
  ratio: number | null;
  /** The actual value has reached the target (by direction). */
  reached: boolean | null;
}

export function progressOf(i: Indicator): Progress | null {
  const direction = directionOf(i);
  if (!direction) return null;
  const b = i.baseline?.value;
  const t = i.target?.value;
  const a = i.actual?.value;
  if (a == null || t == null) return { direction, ratio: null, reached: null };
  const reached = direction === 'increase' ? a >= t : direction === 'decrease' ? a <= t : b == null ? null : a >= b;
  if (b == null || b === t) return { direction, ratio: reached ? 1 : null, reached };
  const raw = direction === 'increase' ? (a - b) / (t - b) : (b - a) / (b - t);
  return { direction, ratio: Math.min(1, Math.max(0, raw)), reached };
}
