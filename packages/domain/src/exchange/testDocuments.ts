// Test helper (not exported from the package): the demo content as stored records.
import { createDemoContent } from '../demo/createDemoContent.js';
import { createId } from '../ids.js';
import { journeyMapSchema, type JourneyMap } from '../records/JourneyMap.js';
import { personaSchema, type Persona } from '../records/Persona.js';

export const TEST_NOW = '2026-11-01T10:00:00.000Z';

/** The demo personas and maps with workspace bookkeeping added, parsed by the record validators. */
export function storeDemo(): { personas: Persona[]; journeys: JourneyMap[] } {
  const demo = createDemoContent();
  const workspaceId = createId('workspace');
  const stamps = { workspaceId, createdAt: TEST_NOW, updatedAt: TEST_NOW };
  return {
    personas: demo.personas.map((p) => personaSchema.parse({ ...p, ...stamps })),
    journeys: demo.journeys.map((j) =>
      journeyMapSchema.parse({ ...j, ...stamps, id: createId('journey'), version: 7 }),
    ),
  };
}
