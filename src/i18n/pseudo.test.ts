import { describe, expect, it } from 'vitest';
import { pseudoBundle, pseudoString } from './pseudo.ts';

describe('the pseudo-locale', () => {
  it('marks every string and keeps placeholders', () => {
    expect(pseudoString('Plan period: {{printed}}')).toBe('⟦Pláñ péríód: {{printed}}⟧');
    expect(pseudoBundle({ a: { b: '計画 {{count}}' } })).toEqual({ a: { b: '⟦計画 {{count}}⟧' } });
  });
});
