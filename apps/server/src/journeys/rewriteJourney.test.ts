import type { Store } from '@trailmap/db';
import type { JourneyMap, WorkspaceId } from '@trailmap/domain';
import { describe, expect, it } from 'vitest';
import { editableParts } from './mutateJourney.js';
import { rewriteJourney } from './rewriteJourney.js';

const WORKSPACE = 'wks_test000000' as WorkspaceId;

function mapAt(version: number, title: string): JourneyMap {
  return {
    id: 'jrn_test000000',
    workspaceId: WORKSPACE,
    version,
    title,
    goal: '',
    scope: '',
    personaIds: ['prs_gone000000'],
    state: 'current',
    counterpartId: null,
    phaseModel: 'custom',
    phases: [],
    lanes: [],
    touchpoints: [],
    painPoints: [],
    ideas: [],
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  } as unknown as JourneyMap;
}

/** A store whose map is edited by someone else right after the first read. */
function storeWithAnEditInBetween() {
  let stored = mapAt(1, 'Before');
  let reads = 0;
  const writes: JourneyMap[] = [];
  const journeys = {
    get: async () => {
      reads++;
      const seen = stored;
      if (reads === 1) stored = mapAt(2, 'Edited meanwhile');
      return seen;
    },
    update: async (_ws: WorkspaceId, _id: string, expected: number, next: Omit<JourneyMap, 'id'>) => {
      if (expected !== stored.version) return { ok: false, reason: 'conflict', current: stored };
      stored = { ...stored, ...next, version: stored.version + 1 } as JourneyMap;
      writes.push(stored);
      return { ok: true, journey: stored };
    },
  };
  return { store: { journeys } as unknown as Store, writes, current: () => stored };
}

describe('rewriteJourney', () => {
  it('rewriteJourney reads the map again after a concurrent edit and keeps that edit', async () => {
    const { store, current } = storeWithAnEditInBetween();
    await rewriteJourney(store, WORKSPACE, 'jrn_test000000' as JourneyMap['id'], (map) => ({
      ...editableParts(map),
      personaIds: [],
    }));
    expect(current()).toMatchObject({ version: 3, title: 'Edited meanwhile', personaIds: [] });
  });

  it('rewriteJourney writes nothing when the change says the map needs nothing', async () => {
    const { store, writes } = storeWithAnEditInBetween();
    await rewriteJourney(store, WORKSPACE, 'jrn_test000000' as JourneyMap['id'], () => null);
    expect(writes).toEqual([]);
  });
});
