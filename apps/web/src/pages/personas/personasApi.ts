import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Persona, PersonaFields } from '@trailmap/domain';
import { api } from '../../api/client.js';

export const personasKey = (workspaceId: string) => ['personas', workspaceId] as const;
export const personaKey = (workspaceId: string, personaId: string) =>
  ['persona', workspaceId, personaId] as const;

/** The fields the persona editor changes (the segment rule is left alone). */
export type PersonaDraft = Omit<PersonaFields, 'segmentRule'>;

export function usePersonas(workspaceId: string) {
  return useQuery({
    queryKey: personasKey(workspaceId),
    queryFn: async ({ signal }) =>
      (await api.get<{ personas: Persona[] }>(`/api/workspaces/${workspaceId}/personas`, signal)).personas,
  });
}

export function usePersona(workspaceId: string, personaId: string, enabled = true) {
  return useQuery({
    queryKey: personaKey(workspaceId, personaId),
    queryFn: async ({ signal }) =>
      (await api.get<{ persona: Persona }>(`/api/workspaces/${workspaceId}/personas/${personaId}`, signal))
        .persona,
    enabled,
  });
}

/** Creates (no id yet) or updates a persona, and refreshes the lists that show it. */
export function useSavePersona(workspaceId: string, personaId: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (draft: PersonaDraft) => {
      const base = `/api/workspaces/${workspaceId}/personas`;
      const answer = personaId
        ? await api.patch<{ persona: Persona }>(`${base}/${personaId}`, draft)
        : await api.post<{ persona: Persona }>(base, draft);
      return answer.persona;
    },
    onSuccess: (persona) => {
      client.setQueryData(personaKey(workspaceId, persona.id), persona);
      void client.invalidateQueries({ queryKey: personasKey(workspaceId) });
    },
  });
}

export function useDeletePersona(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (personaId: string) =>
      api.delete<void>(`/api/workspaces/${workspaceId}/personas/${personaId}`),
    onSuccess: (_result, personaId) => {
      client.removeQueries({ queryKey: personaKey(workspaceId, personaId) });
      void client.invalidateQueries({ queryKey: personasKey(workspaceId) });
      void client.invalidateQueries({ queryKey: ['journeys', workspaceId] });
    },
  });
}
