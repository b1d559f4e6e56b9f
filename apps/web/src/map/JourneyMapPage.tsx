import { useQuery } from '@tanstack/react-query';
import type { JourneyMap, Persona } from '@trailmap/domain';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { api } from '../api/client.js';
import { useWorkspaces } from '../api/session.js';
import { rememberVisit } from '../shell/lastVisited.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { MapEditor } from './MapEditor.js';

/** `/w/:workspaceId/journeys/:journeyId`: one journey map, editable for editors, read-only for viewers. */
export default function JourneyMapPage() {
  const { t } = useTranslation(['map', 'common']);
  const { workspaceId = '', journeyId = '' } = useParams();
  const location = useLocation();
  const [loadCount, setLoadCount] = useState(0);
  const workspaces = useWorkspaces();
  const journey = useQuery({
    queryKey: ['journey', workspaceId, journeyId],
    queryFn: async () =>
      (await api.get<{ journey: JourneyMap }>(`/api/workspaces/${workspaceId}/journeys/${journeyId}`))
        .journey,
  });
  const personas = useQuery({
    queryKey: ['personas', workspaceId],
    queryFn: async () =>
      (await api.get<{ personas: Persona[] }>(`/api/workspaces/${workspaceId}/personas`)).personas,
  });

  useEffect(() => rememberVisit(location.pathname), [location.pathname]);

  if (journey.error) {
    return (
      <div className="page">
        <ErrorAlert error={journey.error} onRetry={() => void journey.refetch()} />
        <p>
          <Link to={`/w/${workspaceId}/journeys`}>{t('map:page.backToJourneys')}</Link>
        </p>
      </div>
    );
  }
  if (!journey.data || workspaces.isPending) {
    return <p className="page muted">{t('common:state.loading')}</p>;
  }
  const role = workspaces.data?.find((w) => w.id === workspaceId)?.role ?? 'viewer';

  return (
    <MapEditor
      key={`${journeyId}:${loadCount}`}
      workspaceId={workspaceId}
      journey={journey.data}
      personas={personas.data ?? []}
      readOnly={role === 'viewer'}
      onReload={() => {
        void journey.refetch().then(() => setLoadCount((n) => n + 1));
      }}
    />
  );
}
