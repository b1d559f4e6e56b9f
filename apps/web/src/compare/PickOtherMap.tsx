import { GitCompareArrows } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MapPicker } from './MapPicker.js';
import type { JourneySummary } from './useJourneySummaries.js';

interface Props {
  workspaceId: string;
  journeyId: string;
  title: string;
  journeys: JourneySummary[] | undefined;
  onPick: (journeyId: string) => void;
}

/** The teaching empty state when a map is "compared" with itself: what comparing is for, and a picker. */
export function PickOtherMap({ workspaceId, journeyId, title, journeys, onPick }: Props) {
  const { t } = useTranslation('compare');
  return (
    <div className="page cmp-page" data-testid="compare-view">
      <h1>{t('title.pick')}</h1>
      <div className="empty-state cmp-pick">
        <GitCompareArrows size={32} aria-hidden="true" />
        <p>{t('pick.explain', { title })}</p>
        {journeys && <MapPicker fromId={journeyId} value="" journeys={journeys} onPick={onPick} />}
        <p>
          <Link to={`/w/${workspaceId}/journeys/${journeyId}`}>{t('pick.back', { title })}</Link>
        </p>
      </div>
    </div>
  );
}
