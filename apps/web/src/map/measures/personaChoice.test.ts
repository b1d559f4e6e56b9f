import { describe, expect, it } from 'vitest';
import { choosePersona, listPersonaOptions, measuredPersonaId } from './personaChoice.js';

const rule = { match: 'all' as const, conditions: [{ field: 'channel', op: 'eq' as const, value: 'app' }] };
const personas = [
  { id: 'per_b', name: 'Bert', segmentRule: null },
  { id: 'per_a', name: 'Anna', segmentRule: rule },
  { id: 'per_z', name: 'Zoë', segmentRule: rule },
  { id: 'per_c', name: 'Carla', segmentRule: rule },
  { id: 'per_d', name: 'Dirk', segmentRule: null },
] as unknown as Parameters<typeof listPersonaOptions>[0];

describe('listPersonaOptions', () => {
  it('the map’s personas in its order (with or without a rule), then other ruled personas by name', () => {
    const { onMap, others } = listPersonaOptions(personas, ['per_b', 'per_a', 'per_gone']);
    expect(onMap).toEqual([
      { id: 'per_b', name: 'Bert', hasRule: false },
      { id: 'per_a', name: 'Anna', hasRule: true },
    ]);
    expect(others.map((o) => o.name)).toEqual(['Carla', 'Zoë']);
  });
});

describe('choosePersona', () => {
  it('all customers without ?persona; a ruled persona is measured, one without a rule is not', () => {
    expect(measuredPersonaId(choosePersona(null, personas))).toBeNull();
    expect(choosePersona('per_a', personas)).toMatchObject({ kind: 'persona', option: { name: 'Anna' } });
    expect(measuredPersonaId(choosePersona('per_a', personas))).toBe('per_a');
    expect(choosePersona('per_d', personas).kind).toBe('no-rule');
    expect(measuredPersonaId(choosePersona('per_d', personas))).toBeNull();
    // an id the list does not hold is asked as it is (the server answers 404)
    expect(measuredPersonaId(choosePersona('per_x', personas))).toBe('per_x');
  });
});
