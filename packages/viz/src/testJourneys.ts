import {
  createDemoContent,
  createId,
  type JourneyMap,
  type Persona,
  type WorkspaceId,
} from '@trailmap/domain';

const STAMP = '2026-01-01T00:00:00.000Z';

/** The demo map "Buying shoes — now" and its personas as stored records (fixed workspace and timestamps). */
export function createDemoNowMap(): { journey: JourneyMap; personas: Persona[] } {
  const demo = createDemoContent();
  const workspaceId = createId('workspace') as WorkspaceId;
  const content = demo.journeys.find((j) => j.title === 'Buying shoes — now');
  if (!content) throw new Error('the demo content has no "Buying shoes — now" map');
  const journey: JourneyMap = {
    ...content,
    id: createId('journey'),
    workspaceId,
    version: 1,
    createdAt: STAMP,
    updatedAt: STAMP,
  };
  const personas: Persona[] = demo.personas.map((p) => ({
    ...p,
    workspaceId,
    createdAt: STAMP,
    updatedAt: STAMP,
  }));
  return { journey, personas };
}
