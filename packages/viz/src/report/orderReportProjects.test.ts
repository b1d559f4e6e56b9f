import { describe, expect, it } from 'vitest';
import { outcomeOf, sortByOutcome } from './orderReportProjects.js';

describe('orderReportProjects', () => {
  it('outcomeOf(kpis) is the best verdict, or not measured without KPIs', () => {
    expect(outcomeOf([{ verdict: 'worsened' }, { verdict: 'too-few' }])).toBe('too-few');
    expect(outcomeOf([{ verdict: 'no-change' }, { verdict: 'improved' }])).toBe('improved');
    expect(outcomeOf([])).toBe('not-measured');
  });

  it('sortByOutcome puts successes first, then no change, too few, worsened, not measured; stable', () => {
    const items = [
      { id: 'a', o: 'worsened' },
      { id: 'b', o: 'not-measured' },
      { id: 'c', o: 'too-few' },
      { id: 'd', o: 'improved' },
      { id: 'e', o: 'no-change' },
      { id: 'f', o: 'improved' },
    ] as const;
    expect(sortByOutcome(items, (i) => i.o).map((i) => i.id)).toEqual(['d', 'f', 'e', 'c', 'a', 'b']);
  });
});
