import { touchpointMatcherSchema } from '@trailmap/domain';
import { describe, expect, it } from 'vitest';
import { addSuggestion, addsChannel, type MatcherSuggestion } from './addSuggestion.js';

const call: MatcherSuggestion = {
  activity: 'Inbound Call',
  channel: 'phone',
  events: 40,
  journeys: 30,
  otherChannelEvents: 5,
};

describe('addSuggestion', () => {
  it('addSuggestion: a first activity that happens elsewhere too comes with its channel', () => {
    expect(addSuggestion(null, call)).toEqual({ activities: ['Inbound Call'], channels: ['phone'] });
    expect(addSuggestion(null, { ...call, otherChannelEvents: 0 })).toEqual({ activities: ['Inbound Call'] });
  });

  it('addSuggestion: channel conditions already there take the channel too; none there stay none', () => {
    const properties = [{ key: 'topic', op: 'eq' as const, value: 'billing' }];
    expect(addSuggestion({ activities: ['Chat Started'], channels: ['chat'], properties }, call)).toEqual({
      activities: ['Chat Started', 'Inbound Call'],
      channels: ['chat', 'phone'],
      properties,
    });
    expect(addSuggestion({ activities: ['Chat Started'] }, call)).toEqual({
      activities: ['Chat Started', 'Inbound Call'],
    });
    expect(addsChannel({ activities: ['A'], channels: ['phone'] }, call)).toBe(false);
    for (const matcher of [null, { activities: ['Chat Started'], channels: ['chat'] }])
      expect(touchpointMatcherSchema.safeParse(addSuggestion(matcher, call)).success).toBe(true);
  });
});
