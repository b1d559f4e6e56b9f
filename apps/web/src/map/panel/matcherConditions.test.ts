import { MATCHER_LIMITS } from '@trailmap/domain';
import { describe, expect, it } from 'vitest';
import { collectConditions, readBound, readCondition, toDraft } from './matcherConditions.js';

describe('matcherConditions', () => {
  it('readCondition: text for eq/ne/contains, a list for in, a number or date-time for gt/lt', () => {
    expect(readCondition({ key: ' tier ', op: 'eq', value: 'gold' })).toEqual({
      condition: { key: 'tier', op: 'eq', value: 'gold' },
    });
    expect(readCondition({ key: 'tier', op: 'in', value: 'gold, silver ,, ' })).toEqual({
      condition: { key: 'tier', op: 'in', value: ['gold', 'silver'] },
    });
    expect(readCondition({ key: 'amount', op: 'gt', value: ' 99.5 ' })).toEqual({
      condition: { key: 'amount', op: 'gt', value: 99.5 },
    });
    expect(readCondition({ key: 'paidAt', op: 'lt', value: '2024-07-01' })).toEqual({
      condition: { key: 'paidAt', op: 'lt', value: '2024-07-01T00:00:00Z' },
    });
    expect(readCondition({ key: 'paidAt', op: 'gt', value: '2024-07-01T10:00:00+02:00' })).toEqual({
      condition: { key: 'paidAt', op: 'gt', value: '2024-07-01T10:00:00+02:00' },
    });
  });

  it('readCondition: says what is missing or wrong', () => {
    expect(readCondition({ key: ' ', op: 'eq', value: 'x' })).toEqual({ error: 'key' });
    expect(readCondition({ key: 'k', op: 'contains', value: '  ' })).toEqual({ error: 'value' });
    expect(readCondition({ key: 'k', op: 'in', value: ' , ' })).toEqual({ error: 'value' });
    expect(readCondition({ key: 'k', op: 'gt', value: 'soon' })).toEqual({ error: 'bound' });
    expect(readCondition({ key: 'k', op: 'lt', value: '2024-13-45' })).toEqual({ error: 'bound' });
    expect(readCondition({ key: 'k'.repeat(201), op: 'eq', value: 'x' })).toEqual({ error: 'keyLength' });
    expect(readCondition({ key: 'k', op: 'eq', value: 'x'.repeat(1001) })).toEqual({ error: 'valueLength' });
    const many = Array.from({ length: MATCHER_LIMITS.inValues + 1 }, (_, i) => `v${i}`).join(',');
    expect(readCondition({ key: 'k', op: 'in', value: many })).toEqual({ error: 'values' });
  });

  it('readBound: numbers, date-times with an offset, dates at midnight UTC', () => {
    expect(readBound('-3')).toBe(-3);
    expect(readBound('1e3')).toBe(1000);
    expect(readBound('2024-07-01T00:00:00')).toBeNull();
    expect(readBound('2024-07-01')).toBe('2024-07-01T00:00:00Z');
  });

  it('toDraft and collectConditions: a stored condition reads back as itself; incomplete rows wait', () => {
    const stored = [
      { key: 'tier', op: 'in' as const, value: ['gold', 'silver'] },
      { key: 'amount', op: 'gt' as const, value: 100 },
    ];
    const drafts = [...stored.map(toDraft), { key: 'channel_detail', op: 'eq' as const, value: '' }];
    expect(drafts[0]).toEqual({ key: 'tier', op: 'in', value: 'gold, silver' });
    expect(collectConditions(drafts)).toEqual(stored);
  });
});
