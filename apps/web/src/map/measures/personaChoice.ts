import type { Persona } from '@trailmap/domain';

/** One persona the figures can be shown for; without a segment rule it is listed but cannot be picked. */
export interface PersonaOption {
  id: string;
  name: string;
  hasRule: boolean;
}

/**
 * The personas of the figures bar's picker: every persona of the map (those without a segment rule too,
 * to say they have none), then the workspace's other personas that have a segment rule, each by name.
 */
export function listPersonaOptions(
  personas: readonly Pick<Persona, 'id' | 'name' | 'segmentRule'>[],
  mapPersonaIds: readonly string[],
): { onMap: PersonaOption[]; others: PersonaOption[] } {
  const toOption = (p: Pick<Persona, 'id' | 'name' | 'segmentRule'>): PersonaOption => ({
    id: p.id,
    name: p.name,
    hasRule: p.segmentRule !== null,
  });
  const onMap = mapPersonaIds.flatMap((id) => {
    const persona = personas.find((p) => p.id === id);
    return persona ? [toOption(persona)] : [];
  });
  const others = personas
    .filter((p) => !mapPersonaIds.includes(p.id))
    .map(toOption)
    .filter((o) => o.hasRule)
    .sort((a, b) => a.name.localeCompare(b.name));
  return { onMap, others };
}

/**
 * What `?persona=<id>` asks for: the persona whose journeys are measured (one with a segment rule), or
 * why not — it has no rule, or it is not a persona of the workspace. Without the parameter: all customers.
 */
export type PersonaChoice =
  | { kind: 'all' }
  | { kind: 'persona'; option: PersonaOption }
  | { kind: 'no-rule'; option: PersonaOption }
  | { kind: 'unknown'; id: string };

export function choosePersona(
  param: string | null,
  personas: readonly Pick<Persona, 'id' | 'name' | 'segmentRule'>[],
): PersonaChoice {
  if (!param) return { kind: 'all' };
  const persona = personas.find((p) => p.id === param);
  if (!persona) return { kind: 'unknown', id: param };
  const [option] = listPersonaOptions([persona], [persona.id]).onMap;
  return option!.hasRule ? { kind: 'persona', option: option! } : { kind: 'no-rule', option: option! };
}

/**
 * The persona id the figures are asked for: a persona with a rule; all customers for one without. An id the
 * list does not hold (yet) is asked as it is: the server answers a persona of another workspace, or a
 * deleted one, with 404, which the figures bar shows.
 */
export function measuredPersonaId(choice: PersonaChoice): string | null {
  if (choice.kind === 'persona') return choice.option.id;
  return choice.kind === 'unknown' ? choice.id : null;
}
