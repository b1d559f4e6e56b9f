import { describe, expect, it } from 'vitest';
import { journeyMapSchema } from '../records/JourneyMap.js';
import { diffJourneys, matchPhases } from './diffJourneys.js';
import { makeTestMap, phaseByName, touchpointByTitle } from './testMap.js';

describe('diffJourneys', () => {
  describe('current vs desired (shared ids)', () => {
    const current = makeTestMap({
      phases: [
        {
          name: 'Orientation',
          touchpoints: [
            { title: 'A', channel: 'web', emotion: 0 },
            { title: 'B', channel: 'web', emotion: -1 },
          ],
        },
        {
          name: 'Purchase',
          touchpoints: [
            { title: 'C', channel: 'app', emotion: -2 },
            { title: 'D', channel: 'phone', emotion: 1 },
          ],
        },
        { name: 'Service', touchpoints: [{ title: 'E', channel: 'phone', emotion: -3 }] },
      ],
    });
    const tp = (title: string) => touchpointByTitle(current, title);
    const ph = (name: string) => phaseByName(current, name);
    // Desired: A happier and described; C moved to a new phase Love and happier; F added; Service and E removed.
    const desired = makeTestMap({
      state: 'desired',
      phases: [
        {
          name: 'Orientation',
          id: ph('Orientation').id,
          touchpoints: [
            { title: 'A', id: tp('A').id, channel: 'web', emotion: 2, customerAction: 'Finds it at once' },
            { title: 'B', id: tp('B').id, channel: 'web', emotion: -1 },
          ],
        },
        {
          name: 'Purchase',
          id: ph('Purchase').id,
          touchpoints: [
            { title: 'D', id: tp('D').id, channel: 'phone', emotion: 1 },
            { title: 'F', channel: 'app', emotion: 3 },
          ],
        },
        { name: 'Love', touchpoints: [{ title: 'C', id: tp('C').id, channel: 'app', emotion: 1 }] },
      ],
    });
    const diff = diffJourneys(current, desired);

    it('diffJourneys(current, desired) lists added and removed touchpoints', () => {
      expect(diff.added).toEqual([
        {
          touchpointId: touchpointByTitle(desired, 'F').id,
          phaseId: ph('Purchase').id,
          title: 'F',
          channel: 'app',
        },
      ]);
      expect(diff.removed).toEqual([
        { touchpointId: tp('E').id, phaseId: ph('Service').id, title: 'E', channel: 'phone' },
      ]);
    });

    it('diffJourneys(current, desired) lists changed fields with old and new values, in after-map order', () => {
      expect(diff.changed).toEqual([
        {
          beforeTouchpointId: tp('A').id,
          afterTouchpointId: tp('A').id,
          title: 'A',
          matchedBy: 'id',
          changes: [
            { field: 'customerAction', before: '', after: 'Finds it at once' },
            { field: 'emotion', before: 0, after: 2 },
          ],
        },
        {
          beforeTouchpointId: tp('C').id,
          afterTouchpointId: tp('C').id,
          title: 'C',
          matchedBy: 'id',
          changes: [
            { field: 'phase', before: ph('Purchase').id, after: phaseByName(desired, 'Love').id },
            { field: 'emotion', before: -2, after: 1 },
          ],
        },
      ]);
    });

    it('diffJourneys(current, desired) counts B and D as unchanged (F added before nobody, C leaving moves nobody)', () => {
      expect(diff.unchangedCount).toBe(2);
    });

    it('diffJourneys(current, desired) gives per-phase mean emotions in after order, then the removed phases', () => {
      expect(diff.phases).toEqual([
        {
          beforePhaseId: ph('Orientation').id,
          afterPhaseId: ph('Orientation').id,
          name: 'Orientation',
          status: 'kept',
          matchedBy: 'id',
          renamed: false,
          beforeTouchpointCount: 2,
          afterTouchpointCount: 2,
          beforeMeanEmotion: -0.5, // (0 − 1) / 2
          afterMeanEmotion: 0.5, // (2 − 1) / 2
          meanEmotionDelta: 1,
        },
        {
          beforePhaseId: ph('Purchase').id,
          afterPhaseId: ph('Purchase').id,
          name: 'Purchase',
          status: 'kept',
          matchedBy: 'id',
          renamed: false,
          beforeTouchpointCount: 2,
          afterTouchpointCount: 2,
          beforeMeanEmotion: -0.5, // (−2 + 1) / 2
          afterMeanEmotion: 2, // (1 + 3) / 2
          meanEmotionDelta: 2.5,
        },
        {
          beforePhaseId: null,
          afterPhaseId: phaseByName(desired, 'Love').id,
          name: 'Love',
          status: 'added',
          matchedBy: null,
          renamed: false,
          beforeTouchpointCount: 0,
          afterTouchpointCount: 1,
          beforeMeanEmotion: null,
          afterMeanEmotion: 1,
          meanEmotionDelta: null,
        },
        {
          beforePhaseId: ph('Service').id,
          afterPhaseId: null,
          name: 'Service',
          status: 'removed',
          matchedBy: null,
          renamed: false,
          beforeTouchpointCount: 1,
          afterTouchpointCount: 0,
          beforeMeanEmotion: -3,
          afterMeanEmotion: null,
          meanEmotionDelta: null,
        },
      ]);
    });

    it('diffJourneys(current, desired) gives the overall mean emotion delta −1 → 1.2', () => {
      expect(diff.beforeMeanEmotion).toBe(-1); // (0 − 1 − 2 + 1 − 3) / 5
      expect(diff.afterMeanEmotion).toBeCloseTo(1.2, 10); // (2 − 1 + 1 + 3 + 1) / 5
      expect(diff.meanEmotionDelta).toBeCloseTo(2.2, 10);
    });

    it('diffJourneys(map, map) of a map with itself changes nothing', () => {
      const same = diffJourneys(current, current);
      expect(same.added).toEqual([]);
      expect(same.removed).toEqual([]);
      expect(same.changed).toEqual([]);
      expect(same.unchangedCount).toBe(5);
      expect(same.phases.map((p) => p.meanEmotionDelta)).toEqual([0, 0, 0]);
      expect(same.meanEmotionDelta).toBe(0);
    });
  });

  it('diffJourneys(before, after) reports a swap within a phase as a position change of both', () => {
    const before = makeTestMap({
      phases: [{ name: 'Do', touchpoints: [{ title: 'X' }, { title: 'Y' }, { title: 'Z' }] }],
    });
    const id = (t: string) => touchpointByTitle(before, t).id;
    const after = journeyMapSchema.parse({
      ...before,
      touchpoints: before.touchpoints.map((t) => ({ ...t, order: { X: 1, Y: 0, Z: 2 }[t.title] ?? t.order })),
    });
    const diff = diffJourneys(before, after);
    expect(diff.changed.map((c) => [c.title, c.changes])).toEqual([
      ['Y', [{ field: 'position', before: 1, after: 0 }]],
      ['X', [{ field: 'position', before: 0, after: 1 }]],
    ]);
    expect(diff.changed.map((c) => c.afterTouchpointId)).toEqual([id('Y'), id('X')]);
    expect(diff.unchangedCount).toBe(1);
  });

  it('diffJourneys(before, after) does not move touchpoints when one is inserted before them', () => {
    const before = makeTestMap({ phases: [{ name: 'Do', touchpoints: [{ title: 'X' }, { title: 'Y' }] }] });
    const after = makeTestMap({
      phases: [{ name: 'Do', touchpoints: [{ title: 'New' }, { title: 'X' }, { title: 'Y' }] }],
    });
    const diff = diffJourneys(before, after);
    expect(diff.changed).toEqual([]);
    expect(diff.unchangedCount).toBe(2);
    expect(diff.added.map((a) => a.title)).toEqual(['New']);
  });

  it('diffJourneys(then, now) matches independently built maps by title, with phases renamed in case only', () => {
    const then = makeTestMap({
      phases: [
        {
          name: 'Orientation',
          touchpoints: [
            { title: 'Search online', channel: 'web', emotion: 0 },
            { title: 'Read reviews', channel: 'social', emotion: 1 },
          ],
        },
        {
          name: 'Purchase  Online',
          touchpoints: [{ title: 'Pay', channel: 'web', emotion: -1, expectation: null }],
        },
      ],
    });
    const now = makeTestMap({
      phases: [
        {
          name: 'ORIENTATION',
          touchpoints: [
            { title: 'search   online', channel: 'web', emotion: 1 },
            { title: 'Read reviews', channel: 'web', emotion: 1 },
          ],
        },
        {
          name: 'purchase online',
          touchpoints: [{ title: 'Pay', channel: 'web', emotion: -1, expectation: 7 }],
        },
      ],
    });
    const diff = diffJourneys(then, now);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.unchangedCount).toBe(0);
    expect(diff.changed.map((c) => [c.title, c.matchedBy, c.changes])).toEqual([
      [
        'search   online',
        'title-channel',
        [
          { field: 'title', before: 'Search online', after: 'search   online' },
          { field: 'emotion', before: 0, after: 1 },
        ],
      ],
      ['Read reviews', 'title', [{ field: 'channel', before: 'social', after: 'web' }]],
      ['Pay', 'title-channel', [{ field: 'expectation', before: null, after: 7 }]],
    ]);
    expect(diff.changed[2]?.beforeTouchpointId).toBe(touchpointByTitle(then, 'Pay').id);
    expect(diff.changed[2]?.afterTouchpointId).toBe(touchpointByTitle(now, 'Pay').id);
    expect(diff.phases.map((p) => [p.name, p.status, p.matchedBy, p.renamed, p.meanEmotionDelta])).toEqual([
      // unrelated maps with as many phases pair them by position
      ['ORIENTATION', 'kept', 'position', true, 0.5], // 0.5 → 1
      ['purchase online', 'kept', 'position', true, 0], // −1 → −1
    ]);
    expect(diff.beforeMeanEmotion).toBe(0); // (0 + 1 − 1) / 3
    expect(diff.afterMeanEmotion).toBeCloseTo(1 / 3, 10); // (1 + 1 − 1) / 3
    expect(diff.meanEmotionDelta).toBeCloseTo(1 / 3, 10);
  });

  it('matchPhases keeps a renamed phase of an unrelated map in its place (by position), and pairs by name when the counts differ', () => {
    const then = makeTestMap({
      phases: [
        { name: 'Orientation', touchpoints: [] },
        { name: 'Purchase', touchpoints: [] },
        { name: 'Delivery', touchpoints: [] },
      ],
    });
    const renamed = makeTestMap({
      phases: [
        { name: 'Orientation', touchpoints: [] },
        { name: 'Checkout', touchpoints: [] },
        { name: 'Delivery', touchpoints: [] },
      ],
    });
    const diff = diffJourneys(then, renamed);
    // the renamed phase stays second, not last as a removed + added pair
    expect(diff.phases.map((p) => [p.name, p.status, p.matchedBy])).toEqual([
      ['Orientation', 'kept', 'position'],
      ['Checkout', 'kept', 'position'],
      ['Delivery', 'kept', 'position'],
    ]);
    const longer = makeTestMap({
      phases: [
        { name: 'Orientation', touchpoints: [] },
        { name: 'Inspiration', touchpoints: [] },
        { name: 'purchase', touchpoints: [] },
        { name: 'Delivery', touchpoints: [] },
      ],
    });
    // a phase inserted: names pair the rest, the new one is added
    expect(diffJourneys(then, longer).phases.map((p) => [p.name, p.status, p.matchedBy])).toEqual([
      ['Orientation', 'kept', 'name'],
      ['Inspiration', 'added', null],
      ['purchase', 'kept', 'name'],
      ['Delivery', 'kept', 'name'],
    ]);
    const inserted = makeTestMap({
      phases: [
        { name: 'Orientation', touchpoints: [] },
        { name: 'Inspiration', touchpoints: [] },
        { name: 'Checkout', touchpoints: [] },
        { name: 'Delivery', touchpoints: [] },
      ],
    });
    // names pair Orientation and Delivery; one phase left against two cannot pair by position
    const m = matchPhases(then.phases, inserted.phases);
    expect(
      [...m.entries()].map(([b, { after, by }]) => [
        then.phases.find((p) => p.id === b)!.name,
        after.name,
        by,
      ]),
    ).toEqual([
      ['Orientation', 'Orientation', 'name'],
      ['Delivery', 'Delivery', 'name'],
    ]);
  });

  it('diffJourneys(before, after) prefers a match by id over a match by title', () => {
    const before = makeTestMap({
      phases: [{ name: 'Care', touchpoints: [{ title: 'Call', channel: 'phone' }] }],
    });
    const callId = touchpointByTitle(before, 'Call').id;
    const after = makeTestMap({
      phases: [
        {
          name: 'Care',
          id: before.phases[0]?.id,
          touchpoints: [
            { title: 'Call', channel: 'phone' },
            { title: 'Phone call', id: callId, channel: 'phone' },
          ],
        },
      ],
    });
    const diff = diffJourneys(before, after);
    expect(diff.changed.map((c) => [c.afterTouchpointId, c.matchedBy, c.changes[0]])).toEqual([
      [callId, 'id', { field: 'title', before: 'Call', after: 'Phone call' }],
    ]);
    // Its position among the shared touchpoints (only itself) stays 0, so no position change.
    expect(diff.changed[0]?.changes).toHaveLength(1);
    expect(diff.added.map((a) => a.title)).toEqual(['Call']);
    expect(diff.removed).toEqual([]);
  });

  it('diffJourneys(before, after) prefers title + channel within matched phases over an earlier title match', () => {
    const before = makeTestMap({
      phases: [
        { name: 'Support', touchpoints: [{ title: 'Ask', channel: 'email', emotion: 0 }] },
        { name: 'Billing', touchpoints: [{ title: 'Ask', channel: 'chat', emotion: -2 }] },
      ],
    });
    const after = makeTestMap({
      phases: [
        {
          name: 'Support',
          touchpoints: [
            { title: 'Ask', channel: 'chat', emotion: -2 },
            { title: 'Ask', channel: 'email', emotion: 0 },
          ],
        },
      ],
    });
    const diff = diffJourneys(before, after);
    const support = phaseByName(after, 'Support').id;
    // Support/Ask/email pairs with the second Ask (same channel); Billing/Ask/chat moves to Support.
    expect(diff.unchangedCount).toBe(1);
    expect(diff.changed.map((c) => [c.matchedBy, c.changes])).toEqual([
      ['title', [{ field: 'phase', before: phaseByName(before, 'Billing').id, after: support }]],
    ]);
    expect(diff.phases.map((p) => [p.name, p.status, p.beforeMeanEmotion, p.afterMeanEmotion])).toEqual([
      ['Support', 'kept', 0, -1],
      ['Billing', 'removed', -2, null],
    ]);
  });

  it('diffJourneys(before, after) pairs duplicate titles in journey order', () => {
    const before = makeTestMap({
      phases: [
        {
          name: 'Care',
          touchpoints: [
            { title: 'Call', emotion: -1 },
            { title: 'Call', emotion: -3 },
          ],
        },
      ],
    });
    const after = makeTestMap({
      phases: [
        {
          name: 'Care',
          touchpoints: [
            { title: 'Call', emotion: -1 },
            { title: 'Call', emotion: -2 },
          ],
        },
      ],
    });
    const diff = diffJourneys(before, after);
    expect(diff.unchangedCount).toBe(1);
    expect(diff.changed.map((c) => c.changes)).toEqual([[{ field: 'emotion', before: -3, after: -2 }]]);
  });

  it('diffJourneys(before, after) reports a phase matched by id but renamed', () => {
    const before = makeTestMap({ phases: [{ name: 'Buy', touchpoints: [{ title: 'Pay', emotion: 1 }] }] });
    const after = journeyMapSchema.parse({
      ...before,
      phases: before.phases.map((p) => ({ ...p, name: 'Purchase' })),
    });
    const diff = diffJourneys(before, after);
    expect(diff.phases.map((p) => [p.name, p.matchedBy, p.renamed])).toEqual([['Purchase', 'id', true]]);
    expect(diff.changed).toEqual([]);
    expect(diff.unchangedCount).toBe(1);
  });

  it('diffJourneys(empty, empty) is empty with null means', () => {
    const empty = makeTestMap({ phases: [] });
    expect(diffJourneys(empty, empty)).toEqual({
      added: [],
      removed: [],
      changed: [],
      unchangedCount: 0,
      phases: [],
      beforeMeanEmotion: null,
      afterMeanEmotion: null,
      meanEmotionDelta: null,
    });
  });

  it('diffJourneys(empty, map) adds everything and has a null delta where the before side has no touchpoints', () => {
    const before = makeTestMap({ phases: [{ name: 'See' }] });
    const after = makeTestMap({ phases: [{ name: 'see', touchpoints: [{ title: 'Only', emotion: 2 }] }] });
    const diff = diffJourneys(before, after);
    expect(diff.added.map((a) => a.title)).toEqual(['Only']);
    expect(
      diff.phases.map((p) => [p.status, p.beforeMeanEmotion, p.afterMeanEmotion, p.meanEmotionDelta]),
    ).toEqual([['kept', null, 2, null]]);
    expect([diff.beforeMeanEmotion, diff.afterMeanEmotion, diff.meanEmotionDelta]).toEqual([null, 2, null]);
  });
});
