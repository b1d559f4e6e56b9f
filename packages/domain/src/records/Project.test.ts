import { describe, expect, it } from 'vitest';
import { countsAsChosen, PROJECT_LIMITS, projectFieldsSchema, startOfDate } from './Project.js';

const journeyId = 'jrn_abcdef123456';

describe('projectFieldsSchema', () => {
  it('projectFieldsSchema.parse fills the defaults: proposed, no ideas, owner, start date or note', () => {
    expect(projectFieldsSchema.parse({ journeyId, title: '  Size advice  ' })).toEqual({
      journeyId,
      title: 'Size advice',
      ideaIds: [],
      ownerId: null,
      status: 'proposed',
      startDate: null,
      customerCheck: { assumption: '', how: '', learned: '' },
    });
  });

  it('projectFieldsSchema keeps a partial note, filling the rest', () => {
    const parsed = projectFieldsSchema.parse({
      journeyId,
      title: 'Size advice',
      customerCheck: { assumption: 'People return shoes for size' },
      startDate: '2025-03-01',
    });
    expect(parsed.customerCheck).toEqual({
      assumption: 'People return shoes for size',
      how: '',
      learned: '',
    });
    expect(parsed.startDate).toBe('2025-03-01');
  });

  it('projectFieldsSchema refuses what is out of bounds, naming the field', () => {
    const paths = (input: object) => {
      const result = projectFieldsSchema.safeParse({ journeyId, title: 'T', ...input });
      return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
    };
    expect(paths({ title: '' })).toEqual(['title']);
    expect(paths({ status: 'finished' })).toEqual(['status']);
    expect(paths({ startDate: '2025-02-30' })).toEqual(['startDate']);
    expect(paths({ startDate: '2025-03-01T00:00:00Z' })).toEqual(['startDate']);
    expect(paths({ ownerId: 'prs_abcdef123456' })).toEqual(['ownerId']);
    expect(paths({ ideaIds: ['ida_abcdef123456', 'ida_abcdef123456'] })).toEqual(['ideaIds']);
    expect(
      paths({ ideaIds: Array.from({ length: PROJECT_LIMITS.ideaIds + 1 }, (_, i) => `ida_idea${i}xx`) }),
    ).toEqual(['ideaIds']);
    expect(paths({ customerCheck: { learned: 'x'.repeat(PROJECT_LIMITS.checkText + 1) } })).toEqual([
      'customerCheck.learned',
    ]);
    expect(paths({ journeyId: undefined })).toEqual(['journeyId']);
  });
});

describe('countsAsChosen', () => {
  it('countsAsChosen(status) is true for chosen and in-progress only', () => {
    expect(
      ['proposed', 'chosen', 'in-progress', 'done', 'dropped'].map((s) => countsAsChosen(s as never)),
    ).toEqual([false, true, true, false, false]);
  });
});

describe('startOfDate', () => {
  it('startOfDate(date) is 00:00 UTC of that day', () => {
    expect(startOfDate('2025-03-01')).toBe('2025-03-01T00:00:00.000Z');
  });
});
