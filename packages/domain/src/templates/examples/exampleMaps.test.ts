import { describe, expect, it } from 'vitest';
import { findMoments } from '../../analysis/findMoments.js';
import { createId } from '../../ids.js';
import { findReferenceProblems, journeyMapSchema } from '../../records/JourneyMap.js';
import { TEMPLATE_LANGUAGES } from '../phaseModels.js';
import { createExampleMap, EXAMPLE_MAP_KEYS, isExampleMapKey, listExampleMaps } from './exampleMaps.js';

const NOW = '2026-12-01T10:00:00.000Z';
const EVERY = EXAMPLE_MAP_KEYS.flatMap((key) => TEMPLATE_LANGUAGES.map((language) => ({ key, language })));

describe('createExampleMap', () => {
  it.each(EVERY)(
    'createExampleMap($key, $language) is a valid map once stored, with no reference problems',
    ({ key, language }) => {
      const { phaseModel, title, goal, scope, ...content } = createExampleMap(key, language);
      const stored = {
        title,
        goal,
        scope,
        phaseModel,
        personaIds: [],
        state: 'current' as const,
        counterpartId: null,
        datasetId: null,
        datasetFilter: null,
        ...content,
        id: createId('journey'),
        workspaceId: createId('workspace'),
        version: 1,
        createdAt: NOW,
        updatedAt: NOW,
      };
      // The schema keeps every text within LIMITS; parsing changes nothing (no default was needed).
      expect(journeyMapSchema.parse(stored)).toEqual(stored);
      expect(findReferenceProblems(content)).toEqual([]);
      for (const text of [title, goal, scope]) expect(text).not.toBe('');
    },
  );

  it.each(EVERY)(
    'createExampleMap($key, $language) fills every phase and every lane a map shows',
    ({ key, language }) => {
      const map = createExampleMap(key, language);
      expect(map.touchpoints.length).toBeGreaterThanOrEqual(8);
      expect(map.touchpoints.length).toBeLessThanOrEqual(14);
      for (const phase of map.phases) {
        expect(phase.customerNeed).not.toBe('');
        expect(map.touchpoints.some((t) => t.phaseId === phase.id)).toBe(true);
      }
      for (const t of map.touchpoints) {
        expect(t.customerAction).not.toBe('');
        expect(t.thinksFeels).not.toBe('');
        expect(t.owningDepartment).not.toBe('');
        expect(t.evidence).toBe('assumption');
        // Feelings follow the gap: a WOW feels good, a let-down does not.
        const gap = (t.experience ?? 0) - (t.expectation ?? 0);
        if (gap >= 2) expect(t.emotion).toBeGreaterThan(0);
        if (gap <= -2) expect(t.emotion).toBeLessThan(0);
      }
      expect(map.touchpoints.filter((t) => t.backstageNotes !== '').length).toBeGreaterThanOrEqual(2);
      expect(map.painPoints.length).toBeGreaterThanOrEqual(3);
      expect(map.ideas.length).toBeGreaterThanOrEqual(3);
      for (const card of [...map.painPoints, ...map.ideas]) {
        expect(card.evidence).toBe('assumption');
        expect(card.description).not.toBe('');
      }
      const moments = findMoments(map);
      expect(moments.wowCount).toBeGreaterThanOrEqual(1);
      expect(moments.painCount).toBeGreaterThanOrEqual(1);
      const emotions = map.touchpoints.map((t) => t.emotion);
      expect(Math.max(...emotions)).toBe(3);
      expect(Math.min(...emotions)).toBeLessThanOrEqual(-2);
      const kpis = map.lanes.find((l) => l.kind === 'kpis');
      expect(Object.keys(kpis?.cells ?? {}).length).toBeGreaterThanOrEqual(4);
    },
  );

  it('createExampleMap() gives the Dutch loan example the Dutch phase names, and the English one the English', () => {
    expect(createExampleMap('loan-application', 'nl').phases.map((p) => p.name)).toEqual([
      'Oriëntatie',
      'Aankoop',
      'Gebruik',
      'Service',
      'Facturatie',
    ]);
    expect(createExampleMap('loan-application', 'en').phases.map((p) => p.name)).toEqual([
      'Orientation',
      'Purchase',
      'Use',
      'Service',
      'Billing',
    ]);
    expect(createExampleMap('loan-application', 'nl').phaseModel).toBe(
      'orientation-purchase-use-service-billing',
    );
  });

  it('createExampleMap() draws the web shop on See–Think–Do–Care–Love and the complaint on its own phases', () => {
    const shop = createExampleMap('webshop-purchase', 'en');
    expect(shop.phaseModel).toBe('see-think-do-care-love');
    expect(shop.phases.map((p) => p.name)).toEqual(['See', 'Think', 'Do', 'Care', 'Love']);
    const complaint = createExampleMap('service-complaint', 'nl');
    expect(complaint.phaseModel).toBe('custom');
    expect(complaint.phases.map((p) => p.name)).toEqual([
      'Er gaat iets mis',
      'Zoekt hulp',
      'Neemt contact op',
      'Krijgt een oplossing',
      'Daarna',
    ]);
  });

  it.each(EXAMPLE_MAP_KEYS)(
    'createExampleMap(%s) tells the same story in English and Dutch, in other words',
    (key) => {
      const en = createExampleMap(key, 'en');
      const nl = createExampleMap(key, 'nl');
      const shape = (map: typeof en) =>
        map.touchpoints.map((t) => [
          map.phases.findIndex((p) => p.id === t.phaseId),
          t.order,
          t.channel,
          t.emotion,
          t.expectation,
          t.experience,
        ]);
      expect(shape(nl)).toEqual(shape(en));
      expect(nl.painPoints.map((p) => p.severity)).toEqual(en.painPoints.map((p) => p.severity));
      expect(nl.ideas.map((i) => [i.reach, i.feasibility])).toEqual(
        en.ideas.map((i) => [i.reach, i.feasibility]),
      );
      en.touchpoints.forEach((t, i) => {
        expect(nl.touchpoints[i]!.title).not.toBe(t.title);
        expect(nl.touchpoints[i]!.thinksFeels).not.toBe(t.thinksFeels);
      });
      en.ideas.forEach((idea, i) => expect(nl.ideas[i]!.title).not.toBe(idea.title));
      expect(nl.title).not.toBe(en.title);
    },
  );

  it('createExampleMap() makes new ids every time, with references that point inside the new map', () => {
    const first = createExampleMap('webshop-purchase', 'en');
    const second = createExampleMap('webshop-purchase', 'en');
    const ids = (map: typeof first) => [
      ...map.phases.map((p) => p.id),
      ...map.lanes.map((l) => l.id),
      ...map.touchpoints.map((t) => t.id),
      ...map.painPoints.map((p) => p.id),
      ...map.ideas.map((i) => i.id),
    ];
    const shared = ids(first).filter((id) => ids(second).includes(id));
    expect(shared).toEqual([]);
    const linked = second.painPoints.filter((p) => p.touchpointId !== null);
    expect(linked.length).toBeGreaterThan(0);
    for (const p of linked) expect(second.touchpoints.map((t) => t.id)).toContain(p.touchpointId);
  });
});

describe('listExampleMaps', () => {
  it('listExampleMaps(language) names each example in that language, with its phase model and card count', () => {
    expect(
      listExampleMaps('nl').map(({ key, model, name, touchpointCount }) => ({
        key,
        model,
        name,
        touchpointCount,
      })),
    ).toEqual([
      {
        key: 'webshop-purchase',
        model: 'see-think-do-care-love',
        name: 'Online een espressomachine kopen',
        touchpointCount: 12,
      },
      {
        key: 'loan-application',
        model: 'orientation-purchase-use-service-billing',
        name: 'Een persoonlijke lening aanvragen',
        touchpointCount: 12,
      },
      {
        key: 'service-complaint',
        model: 'custom',
        name: 'Internet kapot: van storing tot klacht',
        touchpointCount: 11,
      },
    ]);
    expect(listExampleMaps('en')[1]!.phases.map((p) => p.name)).toEqual([
      'Orientation',
      'Purchase',
      'Use',
      'Service',
      'Billing',
    ]);
  });

  it('isExampleMapKey() knows the three keys and nothing else', () => {
    expect(EXAMPLE_MAP_KEYS.every(isExampleMapKey)).toBe(true);
    expect(isExampleMapKey('blank')).toBe(false);
    expect(isExampleMapKey('webshop')).toBe(false);
  });
});
