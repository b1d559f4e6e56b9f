import { countGroupReach, measureDrivers, openWorkspaceEvents, type MapDriver } from '@trailmap/analytics';
import type { JourneyMap } from '@trailmap/domain';
import { createHash } from 'node:crypto';
import type { AppContext } from '../app.js';
import { designKey, designOf, scopeFilter } from '../routes/journeyMeasures.js';

/** What the linked data says of one idea: its reach (journeys reaching any of its touchpoints) and NPS importance. */
export interface IdeaFigures {
  reach: { journeys: number; reachShare: number } | null;
  /** The sum of the NPS drivers' shares of the idea's touchpoints (0..1), or null when not measurable. */
  npsDriverShare: number | null;
}

/** Why nothing is measured: the map has no dataset, or the dataset holds no events yet. */
export type UnmeasuredReason = 'not-linked' | 'not-ready';

export interface MeasuredIdeas {
  dataset: { id: string; name: string; version: number; journeys: number } | null;
  reason: UnmeasuredReason | null;
  /** NPS drivers ran (the satisfaction criterion has a weight) and had answers to explain. */
  drivers: { journeys: number } | null;
  byIdea: Map<string, IdeaFigures>;
}

/**
 * The measured figures of a map's ideas over its linked dataset and standing filter: each idea's reach (the
 * engine's union over its touchpoints with matchers) and, when `withDrivers`, the NPS drivers' importance of
 * its touchpoints. Cached in the dataset answers cache (reach per design and idea links; the drivers under
 * the same key as GET …/drivers?outcome=nps).
 */
export async function measureIdeaFigures(
  { store, datasets }: Pick<AppContext, 'store' | 'datasets'>,
  journey: JourneyMap,
  withDrivers: boolean,
): Promise<MeasuredIdeas> {
  const byIdea = new Map<string, IdeaFigures>();
  const empty = (reason: UnmeasuredReason): MeasuredIdeas => ({
    dataset: null,
    reason,
    drivers: null,
    byIdea,
  });
  if (!journey.datasetId) return empty('not-linked');
  const dataset = await store.datasets.get(journey.workspaceId, journey.datasetId);
  if (!dataset || dataset.versions === 0) return empty('not-ready');
  const workspace = openWorkspaceEvents(datasets.events, journey.workspaceId);
  const version = (await workspace.latestVersion(dataset.id)) ?? 0;
  const design = designOf(journey);
  const filter = scopeFilter(journey);
  const groups = journey.ideas.map((idea) => ({ id: idea.id, touchpointIds: idea.touchpointIds }));
  const groupsKey = createHash('sha256').update(JSON.stringify(groups)).digest('base64url').slice(0, 22);
  const base = `${journey.workspaceId}/${dataset.id}@${version}`;
  const reach = await datasets.answers.get(
    `${base}/idea-reach/${designKey(journey)}/${groupsKey}?${JSON.stringify(filter)}`,
    () =>
      workspace.query(
        dataset.id,
        (events, scope, f) => countGroupReach(events, scope, design.touchpoints, groups, f),
        filter,
        version,
      ),
  );
  let drivers: { journeys: number; drivers: MapDriver[] } | null = null;
  if (withDrivers) {
    const chosen = { kind: 'nps' } as const;
    drivers = await datasets.answers.get(
      `${base}/drivers/${designKey(journey)}?${JSON.stringify([chosen, filter])}`,
      async () => {
        const result = await workspace.query(
          dataset.id,
          (events, scope, f) => measureDrivers(events, scope, design.touchpoints, chosen, f),
          filter,
          version,
        );
        return {
          outcome: 'nps',
          journeys: result.journeys,
          vitalFewShare: result.vitalFewShare,
          drivers: result.drivers,
        };
      },
    );
  }
  const driverShare = new Map((drivers?.drivers ?? []).map((d) => [d.touchpointId, d.share]));
  const driversUsable = drivers !== null && drivers.drivers.some((d) => d.importance > 0);
  for (const idea of journey.ideas) {
    const group = reach.groups.find((g) => g.id === idea.id);
    const inModel = idea.touchpointIds.filter((id) => driverShare.has(id));
    byIdea.set(idea.id, {
      reach:
        group?.measured && group.reachShare !== null
          ? { journeys: group.journeys, reachShare: group.reachShare }
          : null,
      npsDriverShare:
        driversUsable && inModel.length > 0
          ? inModel.reduce((sum, id) => sum + (driverShare.get(id) ?? 0), 0)
          : null,
    });
  }
  return {
    dataset: { id: dataset.id, name: dataset.name, version, journeys: reach.journeys },
    reason: null,
    drivers: driversUsable ? { journeys: drivers!.journeys } : null,
    byIdea,
  };
}
