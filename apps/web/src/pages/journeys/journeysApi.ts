import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { JourneyMap, JourneyMeta, JourneyState, PhaseModelTemplate } from '@trailmap/domain';
import { api } from '../../api/client.js';

/** One row of GET …/journeys: the map's meta with counts, not its content. */
export interface JourneySummary extends JourneyMeta {
  id: JourneyMap['id'];
  workspaceId: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  phaseCount: number;
  touchpointCount: number;
}

export interface JourneyFilter {
  personaId?: string;
  state?: JourneyState;
}

export type TemplateModel = PhaseModelTemplate['model'];

/** One example map as GET /api/templates lists it (in the asked language). */
export interface ExampleMapSummary {
  key: string;
  model: JourneyMeta['phaseModel'];
  name: string;
  description: string;
  phases: { name: string }[];
  touchpointCount: number;
}

interface TemplatesAnswer {
  templates: PhaseModelTemplate[];
  examples: ExampleMapSummary[];
}

export interface CreateJourneyBody {
  title: string;
  /** The empty phase model to start from; not sent with `example`. */
  template?: TemplateModel;
  /** The example map to start from (its phases and cards). */
  example?: string;
  /** Empty: the example's goal (or none). */
  goal?: string;
  personaIds: string[];
  /** The language of the new map's phase names and needs (the UI's language). */
  language: 'en' | 'nl';
}

export const journeysKey = (workspaceId: string) => ['journeys', workspaceId] as const;

export function useJourneys(workspaceId: string, filter: JourneyFilter) {
  return useQuery({
    queryKey: [...journeysKey(workspaceId), filter],
    queryFn: async ({ signal }) => {
      const query = new URLSearchParams();
      if (filter.personaId) query.set('personaId', filter.personaId);
      if (filter.state) query.set('state', filter.state);
      const suffix = query.toString() ? `?${query}` : '';
      const path = `/api/workspaces/${workspaceId}/journeys${suffix}`;
      return (await api.get<{ journeys: JourneySummary[] }>(path, signal)).journeys;
    },
  });
}

/**
 * What a new map can start from (GET /api/templates): the phase models and the example maps, with their
 * names in `language`.
 */
export function useTemplates(language: 'en' | 'nl') {
  return useQuery({
    queryKey: ['templates', language],
    queryFn: async ({ signal }) =>
      await api.get<TemplatesAnswer>(`/api/templates?language=${language}`, signal),
    staleTime: Infinity,
  });
}

export function useCreateJourney(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateJourneyBody) =>
      (await api.post<{ journey: JourneyMap }>(`/api/workspaces/${workspaceId}/journeys`, body)).journey,
    onSuccess: () => void client.invalidateQueries({ queryKey: journeysKey(workspaceId) }),
  });
}

export function useDuplicateJourney(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ journeyId, title }: { journeyId: string; title: string }) =>
      (
        await api.post<{ journey: JourneyMap }>(
          `/api/workspaces/${workspaceId}/journeys/${journeyId}/duplicate`,
          {
            title,
          },
        )
      ).journey,
    onSuccess: () => void client.invalidateQueries({ queryKey: journeysKey(workspaceId) }),
  });
}

export function useDeleteJourney(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (journeyId: string) =>
      api.delete<void>(`/api/workspaces/${workspaceId}/journeys/${journeyId}`),
    onSuccess: () => void client.invalidateQueries({ queryKey: journeysKey(workspaceId) }),
  });
}
