import { describe, expect, it } from 'vitest';
import { combineFilters } from './combineFilters.js';

describe('combineFilters', () => {
  it('combineFilters(base, {}) is the base; ({}, extra) is the extra', () => {
    expect(combineFilters({ contains: ['A'] }, {})).toEqual({ contains: ['A'] });
    expect(combineFilters({}, { channels: ['Desk'] })).toEqual({ channels: ['Desk'] });
    expect(combineFilters({}, {})).toEqual({});
  });

  it('combineFilters narrows time ranges, case durations, channels and variants to their overlap', () => {
    expect(
      combineFilters(
        {
          from: '2011-01-01T00:00:00Z',
          to: '2011-12-01T00:00:00Z',
          channels: ['Internet', 'Desk'],
          caseDuration: { minSeconds: 60 },
          variants: [['A', 'B'], ['A']],
        },
        {
          from: '2011-03-01T00:00:00Z',
          channels: ['Desk', 'Post'],
          caseDuration: { minSeconds: 10, maxSeconds: 3600 },
          variants: [['A']],
        },
      ),
    ).toEqual({
      from: '2011-03-01T00:00:00Z',
      to: '2011-12-01T00:00:00Z',
      channels: ['Desk'],
      caseDuration: { minSeconds: 60, maxSeconds: 3600 },
      variants: [['A']],
    });
  });

  it('combineFilters adds up the case parts, without repeating one', () => {
    expect(
      combineFilters(
        { contains: ['A'], notContains: ['X'], edges: [{ from: 'A', to: 'B' }] },
        {
          contains: ['A', 'B'],
          notContains: ['Y'],
          edges: [{ from: 'A', to: 'B' }],
          attributes: [{ key: 'case:group', op: 'equals', value: 'G1' }],
        },
      ),
    ).toEqual({
      contains: ['A', 'B'],
      notContains: ['X', 'Y'],
      edges: [{ from: 'A', to: 'B' }],
      attributes: [{ key: 'case:group', op: 'equals', value: 'G1' }],
    });
  });

  it('combineFilters is null when no case can pass both', () => {
    expect(combineFilters({ channels: ['Internet'] }, { channels: ['Desk'] })).toBeNull();
    expect(combineFilters({ to: '2011-01-01T00:00:00Z' }, { from: '2011-02-01T00:00:00Z' })).toBeNull();
    expect(
      combineFilters({ caseDuration: { maxSeconds: 10 } }, { caseDuration: { minSeconds: 20 } }),
    ).toBeNull();
    expect(combineFilters({ contains: ['A'] }, { notContains: ['A'] })).toBeNull();
    expect(combineFilters({ variants: [['A']] }, { variants: [['B']] })).toBeNull();
  });
});
