import { describe, expect, it } from 'vitest';
import { CHANNEL_KIND, type Channel } from '../channels.js';
import { createId } from '../ids.js';
import { findReferenceProblems, journeyMapSchema, touchpointsInJourneyOrder } from '../records/JourneyMap.js';
import { personaSchema } from '../records/Persona.js';
import { createDemoContent, type DemoJourney } from './createDemoContent.js';

const NOW = '2026-11-01T10:00:00.000Z';
const OFFLINE: readonly Channel[] = ['letter', 'store', 'word-of-mouth', 'phone', 'tv', 'billboard'];

function journeyTitled(title: string): DemoJourney {
  const journey = createDemoContent().journeys.find((j) => j.title === title);
  if (!journey) throw new Error(`no demo journey ${title}`);
  return journey;
}

function phaseNamed(journey: DemoJourney, name: string) {
  const phase = journey.phases.find((p) => p.name === name);
  if (!phase) throw new Error(`no phase ${name}`);
  return phase;
}

describe('createDemoContent', () => {
  it('createDemoContent() gives two personas and the maps "then" and "now"', () => {
    const demo = createDemoContent();
    expect(demo.personas.map((p) => p.name)).toEqual(['Sanne', 'Henk']);
    expect(demo.journeys.map((j) => j.title)).toEqual(['Buying shoes — then', 'Buying shoes — now']);
    for (const persona of demo.personas) {
      expect(persona.description).not.toBe('');
      expect(persona.quote).not.toBe('');
      for (const list of [persona.goals, persona.needs, persona.frustrations])
        expect(list.length).toBeGreaterThan(0);
    }
  });

  it('every demo map passes journeyMapSchema once stored, with no reference problems', () => {
    const demo = createDemoContent();
    const workspaceId = createId('workspace');
    for (const persona of demo.personas) {
      expect(personaSchema.parse({ ...persona, workspaceId, createdAt: NOW, updatedAt: NOW })).toEqual({
        ...persona,
        workspaceId,
        createdAt: NOW,
        updatedAt: NOW,
      });
    }
    for (const journey of demo.journeys) {
      const stored = {
        ...journey,
        id: createId('journey'),
        workspaceId,
        version: 1,
        createdAt: NOW,
        updatedAt: NOW,
      };
      expect(journeyMapSchema.parse(stored)).toEqual(stored);
      expect(findReferenceProblems(journey)).toEqual([]);
      expect(journey.phaseModel).toBe('see-think-do-care-love');
      expect(journey.state).toBe('current');
      expect(journey.phases.map((p) => p.name)).toEqual(['See', 'Think', 'Do', 'Care', 'Love']);
      expect(journey.painPoints.length).toBeGreaterThan(0);
      expect(journey.ideas.length).toBeGreaterThan(0);
    }
  });

  it('the maps are for personas that the demo returns', () => {
    const demo = createDemoContent();
    const personaIds = demo.personas.map((p) => p.id);
    for (const journey of demo.journeys) {
      expect(journey.personaIds.length).toBeGreaterThan(0);
      for (const id of journey.personaIds) expect(personaIds).toContain(id);
    }
  });

  it('createDemoContent() makes fresh ids on every call', () => {
    const first = createDemoContent();
    const second = createDemoContent();
    expect(second.personas[0]!.id).not.toBe(first.personas[0]!.id);
    expect(second.journeys[0]!.phases[0]!.id).not.toBe(first.journeys[0]!.phases[0]!.id);
    expect(second.journeys[0]!.touchpoints[0]!.id).not.toBe(first.journeys[0]!.touchpoints[0]!.id);
  });

  it('Love is empty in "now" and not in "then"', () => {
    const now = journeyTitled('Buying shoes — now');
    const then = journeyTitled('Buying shoes — then');
    expect(now.touchpoints.filter((t) => t.phaseId === phaseNamed(now, 'Love').id)).toEqual([]);
    expect(then.touchpoints.filter((t) => t.phaseId === phaseNamed(then, 'Love').id).length).toBeGreaterThan(
      0,
    );
    for (const journey of [now, then]) {
      for (const name of ['See', 'Think', 'Do', 'Care'])
        expect(journey.touchpoints.some((t) => t.phaseId === phaseNamed(journey, name).id)).toBe(true);
    }
  });

  it('"then" uses only offline channels; "now" uses social, web and app', () => {
    const thenChannels = new Set(journeyTitled('Buying shoes — then').touchpoints.map((t) => t.channel));
    for (const channel of thenChannels) expect(OFFLINE).toContain(channel);
    expect([...thenChannels].sort()).toEqual(['letter', 'store', 'word-of-mouth']);
    const nowChannels = new Set(journeyTitled('Buying shoes — now').touchpoints.map((t) => t.channel));
    for (const channel of ['social', 'web', 'app'] as const) expect(nowChannels).toContain(channel);
    expect([...nowChannels].some((c) => CHANNEL_KIND[c] === 'paid')).toBe(true);
  });

  it('"now" has a matcher on every touchpoint but "Returning a pair"; "then" has none; both start unlinked', () => {
    const now = journeyTitled('Buying shoes — now');
    const then = journeyTitled('Buying shoes — then');
    expect(now.touchpoints.filter((t) => t.matcher === null).map((t) => t.title)).toEqual([
      'Returning a pair',
    ]);
    expect(now.touchpoints.find((t) => t.title === 'Orders in the app')?.matcher).toEqual({
      activities: ['Order Placed'],
      channels: ['app'],
    });
    expect(then.touchpoints.every((t) => t.matcher === null)).toBe(true);
    for (const journey of [now, then])
      expect(journey).toMatchObject({ datasetId: null, datasetFilter: null });
  });

  it('each map has peaks and valleys, WOW moments and moments below expectation', () => {
    for (const journey of createDemoContent().journeys) {
      const ordered = touchpointsInJourneyOrder(journey.phases, journey.touchpoints);
      const emotions = ordered.map((t) => t.emotion);
      expect(Math.max(...emotions)).toBe(3);
      expect(Math.min(...emotions)).toBeLessThanOrEqual(-2);
      const directionChanges = emotions.slice(1).filter((e, i) => {
        const before = emotions[i]!;
        const after = emotions[i + 2];
        return (
          after !== undefined &&
          Math.sign(e - before) !== 0 &&
          Math.sign(after - e) === -Math.sign(e - before)
        );
      }).length;
      expect(directionChanges).toBeGreaterThanOrEqual(2);
      const gaps = ordered.map((t) => (t.experience ?? 0) - (t.expectation ?? 0));
      expect(gaps.some((gap) => gap >= 2)).toBe(true);
      expect(gaps.some((gap) => gap <= -2)).toBe(true);
      for (const t of ordered) {
        expect(t.customerAction).not.toBe('');
        expect(t.thinksFeels).not.toBe('');
        expect(t.owningDepartment).not.toBe('');
        // Feelings follow the gap: a WOW feels good, a let-down does not.
        const gap = (t.experience ?? 0) - (t.expectation ?? 0);
        if (gap >= 2) expect(t.emotion).toBeGreaterThan(0);
        if (gap <= -2) expect(t.emotion).toBeLessThan(0);
      }
    }
  });
});
