import { diffJourneys } from '@trailmap/domain';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { rememberVisit } from '../shell/lastVisited.js';
import { parseCompareMode, type CompareMode } from './compareMode.js';
import { CompareProblem } from './CompareProblem.js';
import { CompareView } from './CompareView.js';
import { PickOtherMap } from './PickOtherMap.js';
import { useJourneyMap } from './useJourneyMap.js';
import { useJourneySummaries } from './useJourneySummaries.js';
import './compare.css';

/**
 * `/w/:workspaceId/journeys/:journeyId/compare/:otherId?mode=side|overlay`: what changed from one map
 * (before) to another (after). The diff is computed here with the same domain function the API uses.
 */
export default function ComparePage() {
  const { t } = useTranslation();
  const { workspaceId = '', journeyId = '', otherId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const mode = parseCompareMode(searchParams.get('mode'));
  const navigate = useNavigate();
  const location = useLocation();
  const before = useJourneyMap(workspaceId, journeyId);
  const after = useJourneyMap(workspaceId, otherId);
  const journeys = useJourneySummaries(workspaceId);
  const diff = useMemo(
    () => (before.data && after.data ? diffJourneys(before.data, after.data) : null),
    [before.data, after.data],
  );

  useEffect(() => {
    rememberVisit(location.pathname + location.search);
  }, [location.pathname, location.search]);

  const goTo = (fromId: string, toId: string, nextMode: CompareMode = mode) =>
    navigate(`/w/${workspaceId}/journeys/${fromId}/compare/${toId}?mode=${nextMode}`);

  if (journeyId === otherId) {
    return (
      <PickOtherMap
        workspaceId={workspaceId}
        journeyId={journeyId}
        title={before.data?.title ?? ''}
        journeys={journeys.data}
        onPick={(id) => goTo(journeyId, id)}
      />
    );
  }
  const failed = before.error ?? after.error;
  if (failed) {
    return (
      <CompareProblem
        workspaceId={workspaceId}
        error={failed}
        onRetry={() => {
          void before.refetch();
          void after.refetch();
        }}
      />
    );
  }
  if (!before.data || !after.data || !diff) {
    return (
      <p className="page muted" role="status">
        {t('state.loading')}
      </p>
    );
  }
  return (
    <CompareView
      workspaceId={workspaceId}
      before={before.data}
      after={after.data}
      diff={diff}
      mode={mode}
      journeys={journeys.data}
      onModeChange={(next) => goTo(journeyId, otherId, next)}
      onPickOther={(id) => goTo(journeyId, id)}
      onSwap={() => goTo(otherId, journeyId)}
    />
  );
}
