import { useQuery } from '@tanstack/react-query';
import type { JourneyState } from '@trailmap/domain';
import { api } from '../api/client.js';

/** A map in the workspace list, as the server sends it (meta and counts, no content). */
export interface JourneySummary {
  id: string;
  title: string;
  state: JourneyState;
  counterpartId: string | null;
  touchpointCount: number;
  updatedAt: string;
}

/** The maps of a workspace, for the "compare with" picker. */
export function useJourneySummaries(workspaceId: string) {
  return useQuery({
    queryKey: ['journey-summaries', workspaceId],
    queryFn: async ({ signal }) =>
      (await api.get<{ journeys: JourneySummary[] }>(`/api/workspaces/${workspaceId}/journeys`, signal))
        .journeys,
    enabled: workspaceId !== '',
  });
}
