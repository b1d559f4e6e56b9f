// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readProcessMapParams, toShares, writeProcessMapParams } from './processMapParams.js';

const read = (query: string) => readProcessMapParams(new URLSearchParams(query));

describe('the process map’s URL', () => {
  it('readProcessMapParams() gives the defaults for a bare URL: 100 % activities, 20 % paths, events', () => {
    expect(read('')).toEqual({
      activities: 100,
      paths: 20,
      measure: { view: 'frequency', metric: 'events' },
      focus: null,
    });
  });

  it('readProcessMapParams() reads sliders, view, metric and the activity or step in the panel', () => {
    expect(read('activities=80&paths=45&view=performance&metric=total&activity=Send+offer')).toEqual({
      activities: 80,
      paths: 45,
      measure: { view: 'performance', metric: 'total' },
      focus: { kind: 'activity', activity: 'Send offer' },
    });
    expect(read('stepFrom=A&stepTo=B%26C').focus).toEqual({ kind: 'edge', from: 'A', to: 'B&C' });
  });

  it('readProcessMapParams() takes anything unreadable as its default and keeps sliders within 0–100', () => {
    expect(read('activities=abc&paths=250&view=sideways&metric=median')).toMatchObject({
      activities: 100,
      paths: 100,
      measure: { view: 'frequency', metric: 'events' },
    });
    expect(read('paths=-5&view=performance&metric=events')).toMatchObject({
      paths: 0,
      measure: { view: 'performance', metric: 'median' },
    });
    expect(read('stepFrom=A').focus).toBeNull();
  });

  it('writeProcessMapParams() keeps the filter and other parameters, and leaves defaults out', () => {
    const start = new URLSearchParams({ filter: '{"channels":["Web"]}', paths: '60' });
    const next = writeProcessMapParams(start, {
      activities: 100,
      paths: 20,
      measure: { view: 'performance', metric: 'mean' },
      focus: { kind: 'edge', from: 'A', to: 'B' },
    });
    expect(Object.fromEntries(next)).toEqual({
      filter: '{"channels":["Web"]}',
      view: 'performance',
      metric: 'mean',
      stepFrom: 'A',
      stepTo: 'B',
    });
    const back = writeProcessMapParams(next, {
      measure: { view: 'frequency', metric: 'events' },
      focus: null,
    });
    expect(Object.fromEntries(back)).toEqual({ filter: '{"channels":["Web"]}' });
    expect(start.get('paths')).toBe('60'); // the input is not changed
  });

  it('round-trips every state through the URL', () => {
    const state = {
      activities: 35,
      paths: 0,
      measure: { view: 'frequency' as const, metric: 'cases' as const },
      focus: { kind: 'activity' as const, activity: 'W_Completeren aanvraag' },
    };
    expect(readProcessMapParams(writeProcessMapParams(new URLSearchParams(), state))).toEqual(state);
  });

  it('toShares() turns percentages into the shares selectProcessMap takes', () => {
    expect(toShares(100, 20)).toEqual({ activityShare: 1, pathShare: 0.2 });
  });
});
