import { describe, expect, it } from 'vitest';
import { exportJourneyDocument } from './exportJourneyDocument.js';
import { TEST_NOW as NOW, storeDemo } from './testDocuments.js';

describe('exportJourneyDocument', () => {
  it('exportJourneyDocument(journey, personas) keeps the journey id, drops workspace bookkeeping', () => {
    const { personas, journeys } = storeDemo();
    const journey = journeys[0]!;
    const doc = exportJourneyDocument(journey, personas, new Date(NOW));
    expect(doc.format).toBe('trailmap.journey');
    expect(doc.formatVersion).toBe(3);
    expect(doc.exportedAt).toBe(NOW);
    expect(doc.journey.id).toBe(journey.id);
    expect(Object.keys(doc.journey).sort()).toEqual(
      [
        'id',
        'title',
        'goal',
        'scope',
        'personaIds',
        'state',
        'counterpartId',
        'phaseModel',
        'datasetId',
        'datasetFilter',
        'phases',
        'lanes',
        'touchpoints',
        'painPoints',
        'ideas',
      ].sort(),
    );
    const { workspaceId: _w, version: _v, createdAt: _c, updatedAt: _u, ...expected } = journey;
    expect(doc.journey).toEqual(expected);
  });

  it('exportJourneyDocument(journey, personas) includes only the referenced personas, without bookkeeping', () => {
    const { personas, journeys } = storeDemo();
    const journey = journeys[1]!;
    const doc = exportJourneyDocument(journey, personas);
    expect(doc.personas.map((p) => p.id)).toEqual(journey.personaIds);
    expect(doc.personas[0]).not.toHaveProperty('workspaceId');
    expect(doc.personas[0]).not.toHaveProperty('createdAt');
    const {
      workspaceId: _w,
      createdAt: _c,
      updatedAt: _u,
      ...fields
    } = personas.find((p) => p.id === journey.personaIds[0])!;
    expect(doc.personas[0]).toEqual(fields);
  });

  it('exportJourneyDocument(journey, personas) copies, so editing the document leaves the map alone', () => {
    const { personas, journeys } = storeDemo();
    const journey = journeys[0]!;
    const doc = exportJourneyDocument(journey, personas);
    doc.journey.touchpoints[0]!.title = 'changed';
    expect(journey.touchpoints[0]!.title).not.toBe('changed');
  });
});
