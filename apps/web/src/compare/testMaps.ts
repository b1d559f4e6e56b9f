// Test helper (not used by the app): real, valid journey maps from a compact description.
import { journeyMapSchema, type Channel, type JourneyMap, type JourneyState } from '@trailmap/domain';

export interface TestCard {
  id: string;
  title: string;
  channel: Channel;
  emotion?: number;
}

export interface TestPhase {
  id: string;
  name: string;
  cards?: TestCard[];
}

/** A map with the given ids (they must look like real ids: `phs_…`, `tpt_…`). */
export function makeMap(id: string, title: string, state: JourneyState, phases: TestPhase[]): JourneyMap {
  const now = '2026-01-01T00:00:00.000Z';
  return journeyMapSchema.parse({
    id,
    workspaceId: 'wks_test00',
    version: 1,
    createdAt: now,
    updatedAt: now,
    title,
    state,
    phases: phases.map((p) => ({ id: p.id, name: p.name })),
    touchpoints: phases.flatMap((p) =>
      (p.cards ?? []).map((c, order) => ({ ...c, order, emotion: c.emotion ?? 0, phaseId: p.id })),
    ),
  });
}
