import { describe, expect, test } from 'vitest';
import { summariseActualFlow } from './summariseActualFlow.js';
import type { MeasureTouchpoint } from './types.js';

// Designed order: ad (0), visit (1), note (2, no matcher), cart (3), pay (4).
const touchpoints: MeasureTouchpoint[] = [
  { id: 'ad', matcher: { activities: ['see ad'] } },
  { id: 'visit', matcher: { activities: ['visit site'] } },
  { id: 'note', matcher: null },
  { id: 'cart', matcher: { activities: ['add to cart'] } },
  { id: 'pay', matcher: { activities: ['pay'] } },
];

describe('summariseActualFlow', () => {
  test('summariseActualFlow(patterns) counts the steps, starts and ends by hand', () => {
    const flow = summariseActualFlow(
      [
        // 5 journeys follow the design: ad → visit → cart → pay
        { positions: [0, 1, 3, 4], journeys: 5 },
        // 3 skip the cart: visit → pay jumps over the measured cart
        { positions: [1, 4], journeys: 3 },
        // 2 go back: the cart, then the visit, then pay
        { positions: [3, 1, 4], journeys: 2 },
      ],
      touchpoints,
    );
    // base: 10 journeys
    expect(flow.nodes).toEqual([
      { touchpointId: 'ad', journeys: 5 },
      { touchpointId: 'visit', journeys: 10 },
      { touchpointId: 'cart', journeys: 7 },
      { touchpointId: 'pay', journeys: 10 },
    ]);
    expect(flow.edges).toEqual([
      // ad→visit 5, visit→cart 5, cart→pay 5, visit→pay 3 + 2 = 5, cart→visit 2; ties in designed order
      { fromTouchpointId: 'ad', toTouchpointId: 'visit', journeys: 5, share: 0.5, direction: 'forward' },
      { fromTouchpointId: 'visit', toTouchpointId: 'cart', journeys: 5, share: 0.5, direction: 'forward' },
      { fromTouchpointId: 'visit', toTouchpointId: 'pay', journeys: 5, share: 0.5, direction: 'skipping' },
      { fromTouchpointId: 'cart', toTouchpointId: 'pay', journeys: 5, share: 0.5, direction: 'forward' },
      { fromTouchpointId: 'cart', toTouchpointId: 'visit', journeys: 2, share: 0.2, direction: 'backward' },
    ]);
    expect(flow.starts).toEqual([
      { touchpointId: 'ad', journeys: 5, share: 0.5 },
      { touchpointId: 'visit', journeys: 3, share: 0.3 },
      { touchpointId: 'cart', journeys: 2, share: 0.2 },
    ]);
    expect(flow.ends).toEqual([{ touchpointId: 'pay', journeys: 10, share: 1 }]);
  });

  test('summariseActualFlow(patterns) does not call a step over a touchpoint without matcher skipping', () => {
    // visit (1) → cart (3) passes only "note" (2), which has no matcher: forward
    const flow = summariseActualFlow([{ positions: [1, 3], journeys: 4 }], touchpoints);
    expect(flow.edges).toEqual([
      { fromTouchpointId: 'visit', toTouchpointId: 'cart', journeys: 4, share: 1, direction: 'forward' },
    ]);
    expect(flow.starts).toEqual([{ touchpointId: 'visit', journeys: 4, share: 1 }]);
    expect(flow.ends).toEqual([{ touchpointId: 'cart', journeys: 4, share: 1 }]);
  });

  test('summariseActualFlow(patterns) counts a journey that reaches one touchpoint as a start and an end only', () => {
    const flow = summariseActualFlow(
      [
        { positions: [4], journeys: 2 },
        { positions: [], journeys: 9 },
      ],
      touchpoints,
    );
    expect(flow).toEqual({
      nodes: [{ touchpointId: 'pay', journeys: 2 }],
      edges: [],
      starts: [{ touchpointId: 'pay', journeys: 2, share: 1 }],
      ends: [{ touchpointId: 'pay', journeys: 2, share: 1 }],
    });
  });

  test('summariseActualFlow([]) is empty', () => {
    expect(summariseActualFlow([], touchpoints)).toEqual({ nodes: [], edges: [], starts: [], ends: [] });
  });
});
