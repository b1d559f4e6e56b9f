import { mkdtempSync, rmSync } from 'node:fs';
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { openWorkspaceEvents, type EventStore } from '@trailmap/analytics';
import type { Store } from '@trailmap/db';
import {
  datasetMappingSchema,
  SHOES_NOW_TITLE,
  type DatasetFormat,
  type DatasetId,
  type WorkspaceId,
} from '@trailmap/domain';
import { formatGeneratedEvents } from '@trailmap/generate';
import { editableParts } from '../journeys/mutateJourney.js';
import { rewriteJourney } from '../journeys/rewriteJourney.js';
import { seedDemoProject } from './seedDemoProject.js';

/** The receipt log of the repository's samples (Buijs, J.C.A.M.; 4TU.ResearchData, see samples/README.md). */
const RECEIPT = fileURLToPath(new URL('../../../../samples/receipt.csv', import.meta.url));
export const DEMO_DATASETS = {
  receipt: 'Permit applications (receipt log)',
  retail: 'Shoe shop journeys (generated)',
} as const;
/** Events of the generated retail log: a few thousand journeys across web, app, phone, e-mail and store. */
const RETAIL_EVENTS = 60_000;

export async function importDemoDataset(
  store: Store,
  events: EventStore,
  workspaceId: WorkspaceId,
  input: { name: string; path: string; fileName: string; format: DatasetFormat; mapping: object },
): Promise<DatasetId> {
  const mapping = datasetMappingSchema.parse(input.mapping);
  const dataset = await store.datasets.create(workspaceId, {
    name: input.name,
    format: input.format,
    mapping,
    fileName: input.fileName,
    sizeBytes: 0,
    createdBy: null,
  });
  const workspace = openWorkspaceEvents(events, workspaceId);
  const imported = await workspace.importFile(dataset.id, { ...input, mapping });
  const figures = await workspace.summarise(dataset.id);
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  await store.datasets.finishImport(workspaceId, dataset.id, {
    events: figures.events,
    cases: figures.cases,
    customers: figures.customers,
    activities: figures.activities,
    firstEventAt: iso(figures.firstTimestampMs),
    lastEventAt: iso(figures.lastTimestampMs),
    versions: figures.versions,
    fileName: input.fileName,
    imported: { caseNotion: imported.caseNotion, eventsWithoutCase: imported.eventsWithoutCase },
  });
  return dataset.id;
}

/**
 * Links the demo's "Buying shoes — now" maps that have no dataset to the generated retail dataset, whose
 * activities their touchpoints' matchers name (`createShoesNowJourney`), so the map opens measured.
 */
export async function linkDemoMap(
  store: Store,
  workspaceId: WorkspaceId,
  datasetId: DatasetId,
): Promise<void> {
  const maps = await store.journeys.list(workspaceId);
  for (const map of maps.filter((j) => j.title === SHOES_NOW_TITLE && j.datasetId === null)) {
    await rewriteJourney(store, workspaceId, map.id, (current) =>
      current.datasetId === null ? { ...editableParts(current), datasetId, datasetFilter: null } : null,
    );
  }
}

/**
 * Gives the demo workspace its two datasets when it lacks them: the receipt log of the samples (with its
 * channel column) and a generated multi-channel retail log with survey answers (planted effects, seed 7),
 * so a new user explores at once. When it adds the retail log, it links the map "Buying shoes — now" to it
 * (if that map has no link) and gives that map a project with measured KPIs (`seedDemoProject`). A no-op when both are there.
 */
export async function seedDemoDatasets(
  store: Store,
  events: EventStore,
  workspaceId: WorkspaceId,
): Promise<void> {
  const names = new Set((await store.datasets.list(workspaceId)).map((d) => d.name));
  if (!names.has(DEMO_DATASETS.receipt)) {
    await importDemoDataset(store, events, workspaceId, {
      name: DEMO_DATASETS.receipt,
      path: RECEIPT,
      fileName: 'receipt.csv',
      format: 'csv',
      mapping: { columns: { channel: 'case:channel' } },
    });
  }
  if (!names.has(DEMO_DATASETS.retail)) {
    const folder = mkdtempSync(join(tmpdir(), 'trailmap-demo-'));
    try {
      const path = join(folder, 'shoe-shop.csv');
      await pipeline(
        Readable.from(formatGeneratedEvents({ events: RETAIL_EVENTS, seed: 7, format: 'csv' })),
        createWriteStream(path),
      );
      const retail = await importDemoDataset(store, events, workspaceId, {
        name: DEMO_DATASETS.retail,
        path,
        fileName: 'shoe-shop.csv',
        format: 'csv',
        mapping: {},
      });
      await linkDemoMap(store, workspaceId, retail);
      await seedDemoProject(store, workspaceId, retail);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
}
