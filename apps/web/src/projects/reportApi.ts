import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.js';

export type ReportLang = 'en' | 'nl';

/** A share link as `GET …/share-links` lists it (the fields the report panel uses). */
export interface ReportShareLink {
  id: string;
  prefix: string;
  createdAt: string;
  revokedAt: string | null;
  kind: 'map' | 'report';
}

/** The answer to making a link: the token and the public path, shown once. */
export interface CreatedReportLink {
  shareLink: ReportShareLink;
  token: string;
  path: string;
}

/** Where a journey's board report is served (HTML, or the A4 PDF). */
export function journeyReportHref(
  workspaceId: string,
  journeyId: string,
  lang: ReportLang,
  format: 'html' | 'pdf',
): string {
  return `/api/workspaces/${workspaceId}/journeys/${journeyId}/report?format=${format}&lang=${lang}`;
}

/** Where the workspace's board overview is served. */
export function workspaceReportHref(workspaceId: string, lang: ReportLang): string {
  return `/api/workspaces/${workspaceId}/report?format=html&lang=${lang}`;
}

const linksKey = (workspaceId: string, journeyId: string) => ['share-links', workspaceId, journeyId] as const;

/** The journey's live report links (editors only: the server lists share links to editors). */
export function useReportLinks(workspaceId: string, journeyId: string, enabled: boolean) {
  return useQuery({
    queryKey: linksKey(workspaceId, journeyId),
    queryFn: async ({ signal }) =>
      (
        await api.get<{ shareLinks: ReportShareLink[] }>(
          `/api/workspaces/${workspaceId}/journeys/${journeyId}/share-links`,
          signal,
        )
      ).shareLinks,
    enabled,
    select: (links) => links.filter((l) => l.kind === 'report' && l.revokedAt === null),
  });
}

export function useCreateReportLink(workspaceId: string, journeyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api.post<CreatedReportLink>(`/api/workspaces/${workspaceId}/journeys/${journeyId}/share-links`, {
        kind: 'report',
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['share-links', workspaceId] }),
  });
}

export function useRevokeReportLink(workspaceId: string, journeyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (linkId: string) =>
      api.delete<void>(`/api/workspaces/${workspaceId}/journeys/${journeyId}/share-links/${linkId}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['share-links', workspaceId] }),
  });
}
