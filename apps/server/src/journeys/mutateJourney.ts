import type { Store } from '@trailmap/db';
import {
  findReferenceProblems,
  type JourneyContent,
  type JourneyMap,
  type JourneyMeta,
  type WorkspaceId,
} from '@trailmap/domain';
import { conflict, HttpError, notFound } from '../http/errors.js';
import { checkDatasetLink, checkMetaReferences } from './checkReferences.js';

export type MetaAndContent = JourneyMeta & JourneyContent;

/** Splits a stored map into what an edit may change (meta + content). */
export function editableParts(journey: JourneyMap): MetaAndContent {
  const { id: _id, workspaceId: _ws, version: _v, createdAt: _c, updatedAt: _u, ...parts } = journey;
  return parts;
}

/** A 409 body that says what to do: reload, or keep your version as a copy. */
export function staleVersion(current: JourneyMap, sentVersion: number): HttpError {
  return conflict(
    'stale-version',
    `someone else changed this map (you edited version ${sentVersion}, it is now at ${current.version}); reload it, or keep yours as a copy`,
    { currentVersion: current.version },
  );
}

/** 400 when a map points at phases, touchpoints or pain points it does not have. */
export function assertConsistent(content: JourneyContent): void {
  const problems = findReferenceProblems(content);
  if (problems.length > 0) {
    const issues = problems.map((p) => ({ path: ['body', ...p.path].join('.'), message: p.message }));
    throw new HttpError(400, 'validation', issues.map((i) => `${i.path}: ${i.message}`).join('; '), {
      issues,
    });
  }
}

/**
 * Read–modify–write of one map with optimistic concurrency: `edit` gets the map at `expectedVersion`
 * and returns the next meta + content; a stale version is a 409 and nothing is written. Everything is
 * checked before the one write (the cards' phases and cards, the personas, counterpart and dataset the
 * edit adds), so an edit answered 4xx leaves the map and its version as they were.
 */
export async function mutateJourney(
  store: Store,
  workspaceId: WorkspaceId,
  journeyId: JourneyMap['id'],
  expectedVersion: number,
  edit: (current: JourneyMap) => MetaAndContent,
): Promise<JourneyMap> {
  const current = await store.journeys.get(workspaceId, journeyId);
  if (!current) throw notFound('journey');
  if (current.version !== expectedVersion) throw staleVersion(current, expectedVersion);
  const next = edit(current);
  assertConsistent(next);
  await checkMetaReferences(store, workspaceId, next, { selfId: journeyId, before: current });
  await checkDatasetLink(store, workspaceId, next, { before: current });
  const result = await store.journeys.update(workspaceId, journeyId, expectedVersion, next);
  if (result.ok) return result.journey;
  if (result.reason === 'conflict') throw staleVersion(result.current, expectedVersion);
  throw notFound('journey');
}
