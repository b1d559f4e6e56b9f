import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { useServerConfig } from '../api/session.js';
import { demoJourneyPath, type DemoLanding } from '../pages/auth/chooseLandingPath.js';

/**
 * Where `/w/:workspaceId` opens: the demo workspace opens on its shoe map ("Buying shoes — now", as
 * /api/config names it in demo mode); every other workspace on its journeys list.
 */
export function chooseWorkspaceHome(workspaceId: string, demo: DemoLanding | null): string {
  const demoPath = demoJourneyPath(demo);
  if (demoPath && demo?.workspaceId === workspaceId) return demoPath;
  return `/w/${encodeURIComponent(workspaceId)}/journeys`;
}

/** `/w/:workspaceId`: sends the visitor on to the workspace's home page. */
export function WorkspaceHome() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const config = useServerConfig();
  if (config.isPending) return <p className="page muted">{t('state.loading')}</p>;
  const demo = (config.data?.demo ?? null) as DemoLanding | null;
  return <Navigate to={chooseWorkspaceHome(workspaceId, demo)} replace />;
}
