import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import {
  computeIdeaScore,
  IDEA_CRITERIA,
  type IdeaCriterion,
  type IdeaSource,
  type Project,
  type ProjectStatus,
  type ScoreBasis,
  type WorkspaceSettings,
} from '@trailmap/domain';
import { api, ApiError } from '../api/client.js';

/** One criterion's score of an idea (docs/api.md, "Priorities"). */
export interface CriterionScore {
  value: number | null;
  basis: ScoreBasis;
  measuredValue: number | null;
}

export interface PriorityIdea {
  id: string;
  title: string;
  description: string;
  status: string;
  touchpointIds: string[];
  painPointIds: string[];
  phaseIds: string[];
  source: IdeaSource;
  scoreBasis: { reach: ScoreBasis; satisfaction: ScoreBasis };
  scores: Record<IdeaCriterion, CriterionScore>;
  measuredReach: { journeys: number; reachShare: number } | null;
  npsDriverShare: number | null;
  score: number | null;
  coverage: number;
  projects: { id: string; title: string; status: ProjectStatus }[];
}

/** `GET …/journeys/:id/priorities`. */
export interface PrioritiesAnswer {
  journey: { id: string; title: string; version: number };
  criteria: { id: IdeaCriterion; weight: number }[];
  formula: string;
  data: {
    dataset: { id: string; name: string; version: number; journeys: number } | null;
    reason: 'not-linked' | 'not-ready' | null;
    drivers: { journeys: number } | null;
  };
  chosen: { count: number; limit: number };
  ideas: PriorityIdea[];
}

export const prioritiesKey = (workspaceId: string, journeyId: string) =>
  ['priorities', workspaceId, journeyId] as const;

export function usePriorities(workspaceId: string, journeyId: string) {
  return useQuery({
    queryKey: prioritiesKey(workspaceId, journeyId),
    queryFn: ({ signal }) =>
      api.get<PrioritiesAnswer>(`/api/workspaces/${workspaceId}/journeys/${journeyId}/priorities`, signal),
    enabled: workspaceId !== '' && journeyId !== '',
  });
}

/** A change of scores: typed values per criterion; reach or satisfaction typed become estimated (an override). */
export type ScoreChange = Partial<Record<IdeaCriterion, number | null>> & {
  /** Go back to the measured value for these criteria. */
  useMeasured?: ('reach' | 'satisfaction')[];
};

/** The PATCH body of an idea for a score change, from its current state. */
export function toIdeaPatch(idea: PriorityIdea, change: ScoreChange): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  const scores: Record<string, number | null> = {};
  const basis = { ...idea.scoreBasis };
  for (const criterion of IDEA_CRITERIA) {
    if (!(criterion in change)) continue;
    const value = change[criterion] ?? null;
    if (criterion === 'reach' || criterion === 'feasibility') patch[criterion] = value;
    else scores[criterion] = value;
    if (criterion === 'reach' || criterion === 'satisfaction') basis[criterion] = 'estimated';
  }
  for (const criterion of change.useMeasured ?? []) basis[criterion] = 'measured';
  if (Object.keys(scores).length > 0) {
    const typed = Object.fromEntries(
      IDEA_CRITERIA.filter((c) => c !== 'reach' && c !== 'feasibility').flatMap((c) =>
        idea.scores[c].basis === 'estimated' && idea.scores[c].value !== null
          ? [[c, idea.scores[c].value]]
          : [],
      ),
    );
    patch.scores = { ...typed, ...scores };
  }
  if (basis.reach !== idea.scoreBasis.reach || basis.satisfaction !== idea.scoreBasis.satisfaction)
    patch.scoreBasis = basis;
  return patch;
}

/** The idea as the view shows it right after a change (before the server answers). */
export function applyScoreChange(
  idea: PriorityIdea,
  change: ScoreChange,
  weights: Record<IdeaCriterion, number>,
): PriorityIdea {
  const scores = { ...idea.scores };
  for (const criterion of IDEA_CRITERIA) {
    if (criterion in change)
      scores[criterion] = { ...scores[criterion], value: change[criterion] ?? null, basis: 'estimated' };
  }
  for (const criterion of change.useMeasured ?? []) {
    const measured = scores[criterion].measuredValue;
    if (measured !== null) scores[criterion] = { ...scores[criterion], value: measured, basis: 'measured' };
  }
  const { score, coverage } = computeIdeaScore(
    Object.fromEntries(IDEA_CRITERIA.map((c) => [c, scores[c].value])),
    weights,
  );
  return { ...idea, scores, score, coverage };
}

const weightsOf = (answer: PrioritiesAnswer) =>
  Object.fromEntries(answer.criteria.map((c) => [c.id, c.weight])) as Record<IdeaCriterion, number>;

/**
 * PATCHes an idea on the map's version as the priorities answer holds it; a stale version (someone else
 * changed the map) is retried once on the map's current version, as the change is a few fields of one idea.
 * The answer's version follows the map's.
 */
async function patchIdea(
  client: QueryClient,
  workspaceId: string,
  journeyId: string,
  ideaId: string,
  body: Record<string, unknown>,
): Promise<{ journey: { version: number } }> {
  const key = prioritiesKey(workspaceId, journeyId);
  const url = `/api/workspaces/${workspaceId}/journeys/${journeyId}/ideas/${ideaId}`;
  const patch = (version: number) => api.patch<{ journey: { version: number } }>(url, { version, ...body });
  let answer: { journey: { version: number } };
  try {
    answer = await patch(client.getQueryData<PrioritiesAnswer>(key)?.journey.version ?? 0);
  } catch (error) {
    const current = error instanceof ApiError ? error.body.currentVersion : undefined;
    if (!(error instanceof ApiError && error.code === 'stale-version' && typeof current === 'number'))
      throw error;
    answer = await patch(current);
  }
  const now = client.getQueryData<PrioritiesAnswer>(key);
  if (now)
    client.setQueryData<PrioritiesAnswer>(key, {
      ...now,
      journey: { ...now.journey, version: answer.journey.version },
    });
  return answer;
}

/**
 * Re-scores an idea (PATCH …/ideas/:id with the map's version), shown at once; a stale version (someone else
 * changed the map) is retried once on the map's current version, as a score is one field of one idea.
 */
export function useScoreIdea(workspaceId: string, journeyId: string) {
  const client = useQueryClient();
  const key = prioritiesKey(workspaceId, journeyId);
  // Changes go out one after another, each on the version the one before produced.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const send = (idea: PriorityIdea, change: ScoreChange) =>
    patchIdea(client, workspaceId, journeyId, idea.id, toIdeaPatch(idea, change));
  const mutationKey = ['score-idea', workspaceId, journeyId];
  return useMutation({
    mutationKey,
    mutationFn: ({ idea, change }: { idea: PriorityIdea; change: ScoreChange }) => {
      const next = queue.current.catch(() => undefined).then(() => send(idea, change));
      queue.current = next;
      return next;
    },
    onMutate: async ({ idea, change }) => {
      await client.cancelQueries({ queryKey: key });
      const before = client.getQueryData<PrioritiesAnswer>(key);
      if (before)
        client.setQueryData<PrioritiesAnswer>(key, {
          ...before,
          ideas: before.ideas.map((i) =>
            i.id === idea.id ? applyScoreChange(i, change, weightsOf(before)) : i,
          ),
        });
      return { before };
    },
    onError: (_error, _vars, context) => {
      if (context?.before) client.setQueryData(key, context.before);
    },
    onSettled: () => {
      // Ask again once the last queued change is in (a refetch in between would show older scores).
      if (client.isMutating({ mutationKey }) <= 1) void client.invalidateQueries({ queryKey: key });
      void client.invalidateQueries({ queryKey: ['journey', workspaceId, journeyId] });
    },
  });
}

/**
 * "Choose": a project (status chosen) that carries the idea out, titled after it, and the idea's status
 * chosen; 409 chosen-limit when full (then nothing changes).
 */
export function useChooseIdea(workspaceId: string, journeyId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (idea: PriorityIdea) => {
      const created = await api.post<{ project: Project }>(`/api/workspaces/${workspaceId}/projects`, {
        journeyId,
        title: idea.title,
        ideaIds: [idea.id],
        status: 'chosen',
      });
      // The idea says it was chosen too; the project is what counts, so a failure here is not the choice's.
      await patchIdea(client, workspaceId, journeyId, idea.id, { status: 'chosen' }).catch(() => undefined);
      return created;
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: prioritiesKey(workspaceId, journeyId) });
      void client.invalidateQueries({ queryKey: ['projects', workspaceId, journeyId] });
    },
  });
}

/** Owners change a criterion's weight (PATCH …/settings { criterionWeights }). */
export function useChangeWeight(workspaceId: string, journeyId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ criterion, weight }: { criterion: IdeaCriterion; weight: number }) =>
      api.patch<{ settings: WorkspaceSettings }>(`/api/workspaces/${workspaceId}/settings`, {
        criterionWeights: { [criterion]: weight },
      }),
    onSuccess: () => void client.invalidateQueries({ queryKey: prioritiesKey(workspaceId, journeyId) }),
  });
}
