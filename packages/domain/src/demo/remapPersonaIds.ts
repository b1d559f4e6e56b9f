import type { PersonaId } from '../ids.js';

/** Old persona id → the id the persona got when it was stored. */
export type PersonaIdMapping = ReadonlyMap<string, PersonaId> | Readonly<Record<string, PersonaId>>;

/**
 * A copy of the journey with its `personaIds` replaced through `mapping` (for a seeder or importer that
 * stored the personas under new ids). Ids the mapping does not know are dropped, so the map never points
 * to a persona that was not stored; duplicates are removed. Everything else is returned as it was.
 */
export function remapPersonaIds<T extends { personaIds: readonly PersonaId[] }>(
  journey: T,
  mapping: PersonaIdMapping,
): T {
  const lookup = (id: string): PersonaId | undefined =>
    mapping instanceof Map
      ? mapping.get(id)
      : Object.hasOwn(mapping, id)
        ? (mapping as Record<string, PersonaId>)[id]
        : undefined;
  const mapped = journey.personaIds.map(lookup).filter((id): id is PersonaId => id !== undefined);
  return { ...journey, personaIds: [...new Set(mapped)] };
}
