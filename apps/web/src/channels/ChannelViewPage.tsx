import { getChannelCoverage } from '@trailmap/domain';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ApiError } from '../api/client.js';
import { useJourneyMap } from '../compare/useJourneyMap.js';
import { rememberVisit } from '../shell/lastVisited.js';
import { ChannelView } from './ChannelView.js';
import './channels.css';

/** `/w/:workspaceId/journeys/:journeyId/channels`: the channels × phases matrix of one map. */
export default function ChannelViewPage() {
  const { t } = useTranslation(['channels', 'common']);
  const { workspaceId = '', journeyId = '' } = useParams();
  const location = useLocation();
  const journey = useJourneyMap(workspaceId, journeyId);
  const coverage = useMemo(() => (journey.data ? getChannelCoverage(journey.data) : null), [journey.data]);

  useEffect(() => {
    rememberVisit(location.pathname + location.search);
  }, [location.pathname, location.search]);

  if (journey.error) {
    const missing =
      journey.error instanceof ApiError && (journey.error.status === 404 || journey.error.status === 403);
    return (
      <div className="page" data-testid="channel-view">
        <p className="alert alert-error" role="alert">
          {missing ? t('channels:problem.missing') : t('common:state.error')}
        </p>
        <p className="ch-problem__actions">
          {!missing && (
            <button type="button" className="btn" onClick={() => void journey.refetch()}>
              {t('common:actions.retry')}
            </button>
          )}
          <Link to={`/w/${workspaceId}/journeys`}>{t('channels:problem.toList')}</Link>
        </p>
      </div>
    );
  }
  if (!journey.data || !coverage) {
    return (
      <p className="page muted" role="status">
        {t('common:state.loading')}
      </p>
    );
  }
  return <ChannelView workspaceId={workspaceId} map={journey.data} coverage={coverage} />;
}
