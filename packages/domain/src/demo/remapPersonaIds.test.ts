import { describe, expect, it } from 'vitest';
import { createId } from '../ids.js';
import { createDemoContent } from './createDemoContent.js';
import { remapPersonaIds } from './remapPersonaIds.js';

describe('remapPersonaIds', () => {
  it('remapPersonaIds(journey, map) replaces persona ids and leaves the rest alone', () => {
    const demo = createDemoContent();
    const journey = demo.journeys[1]!;
    const stored = createId('persona');
    const remapped = remapPersonaIds(journey, new Map([[journey.personaIds[0]!, stored]]));
    expect(remapped.personaIds).toEqual([stored]);
    expect({ ...remapped, personaIds: journey.personaIds }).toEqual(journey);
    expect(journey.personaIds).not.toContain(stored);
  });

  it('remapPersonaIds(journey, record) accepts a plain object and drops ids it does not know', () => {
    const [a, b, c] = [createId('persona'), createId('persona'), createId('persona')];
    const journey = { title: 'x', personaIds: [a, b, a] };
    expect(remapPersonaIds(journey, { [a]: c })).toEqual({ title: 'x', personaIds: [c] });
    expect(remapPersonaIds(journey, { toString: c }).personaIds).toEqual([]);
  });
});
