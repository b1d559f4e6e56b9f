import { useQuery } from '@tanstack/react-query';
import type { JourneyMap } from '@trailmap/domain';
import { api } from '../api/client.js';

/** One journey map with all its content (read-only views: compare, channels). */
export function useJourneyMap(workspaceId: string, journeyId: string) {
  return useQuery({
    queryKey: ['journey-view', workspaceId, journeyId],
    queryFn: async ({ signal }) =>
      (await api.get<{ journey: JourneyMap }>(`/api/workspaces/${workspaceId}/journeys/${journeyId}`, signal))
        .journey,
    enabled: workspaceId !== '' && journeyId !== '',
  });
}
