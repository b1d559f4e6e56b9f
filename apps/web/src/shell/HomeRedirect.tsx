import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useWorkspaces } from '../api/session.js';
import { useLastVisited } from './lastVisited.js';

/**
 * `/`: back to the page the user last had open, else the first workspace's home (`/w/:id`: its journeys
 * list, or the shoe map of the demo workspace). Signing in as the demo account lands on the demo map
 * itself (`chooseLandingPath`).
 */
export function HomeRedirect() {
  const { t } = useTranslation();
  const workspaces = useWorkspaces();
  const last = useLastVisited();
  if (workspaces.isPending) return <p className="page muted">{t('state.loading')}</p>;
  const list = workspaces.data ?? [];
  if (last && list.some((w) => last.startsWith(`/w/${w.id}/`))) return <Navigate to={last} replace />;
  const first = list[0];
  if (!first) return <p className="page">{t('state.notFound')}</p>;
  return <Navigate to={`/w/${first.id}`} replace />;
}
