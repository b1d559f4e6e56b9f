import type { JourneyState } from '@trailmap/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface Props {
  workspaceId: string;
  map: { id: string; title: string; state: JourneyState };
  /** The side's short name ("Then", "Current"). */
  label: string;
  side: 'before' | 'after';
}

/** One side of the comparison in the header: its short name, the map's title (a link back) and state. */
export function MapChip({ workspaceId, map, label, side }: Props) {
  const { t } = useTranslation(['compare', 'common']);
  return (
    <div className={`cmp-chip cmp-chip--${side}`}>
      <span className="cmp-chip__label">{label}</span>
      <Link
        to={`/w/${workspaceId}/journeys/${map.id}`}
        className="cmp-chip__title"
        data-testid={`compare-link-${side}`}
        title={t('compare:header.openMap', { title: map.title })}
      >
        {map.title}
      </Link>
      <span className={`badge badge-${map.state}`}>{t(`common:journeyState.${map.state}`)}</span>
    </div>
  );
}
