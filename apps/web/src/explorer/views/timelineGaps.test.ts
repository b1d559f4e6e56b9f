import { describe, expect, it } from 'vitest';
import { propertyText, withGaps, type TimelineEvent } from './timelineGaps.js';

const event = (eventId: string, caseId: string, tsMs: number): TimelineEvent => ({
  eventId,
  customerId: 'c1',
  anonymousId: null,
  caseId,
  tsMs,
  activity: `Activity ${eventId}`,
  channel: 'web',
  source: 'csv',
  properties: null,
  nps: null,
  csat: null,
  ces: null,
});

describe('timeline gaps', () => {
  it('withGaps gives each event the seconds since the one before; the first has none', () => {
    const entries = withGaps([event('1', 'k1', 1_000), event('2', 'k1', 61_000), event('3', 'k1', 61_000)]);
    expect(entries.map((e) => e.gapSeconds)).toEqual([null, 60, 0]);
    expect(entries.map((e) => e.newCase)).toEqual([false, false, false]);
  });

  it("withGaps marks where a customer's next case begins", () => {
    const entries = withGaps([
      event('1', 'k1', 0),
      event('2', 'k2', 86_400_000),
      event('3', 'k2', 86_460_000),
    ]);
    expect(entries.map((e) => [e.gapSeconds, e.newCase])).toEqual([
      [null, false],
      [86_400, true],
      [60, false],
    ]);
    expect(withGaps([])).toEqual([]);
  });

  it('propertyText shows strings as they are and other values as JSON', () => {
    expect(propertyText('Group 1')).toBe('Group 1');
    expect(propertyText(3)).toBe('3');
    expect(propertyText({ a: [1] })).toBe('{"a":[1]}');
    expect(propertyText(null)).toBe('—');
  });
});
