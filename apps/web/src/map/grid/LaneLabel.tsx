import type { Lane } from '@trailmap/domain';
import { useTranslation } from 'react-i18next';

/** The name of a lane: its own title, or the default name of its kind. */
export function useLaneTitle() {
  const { t } = useTranslation('map');
  return (lane: Pick<Lane, 'kind' | 'title'>) => lane.title || t(`lanes.kinds.${lane.kind}`);
}

/** The sticky label on the left of a lane, with a one-line hint of what belongs in it. */
export function LaneLabel({ lane, id }: { lane: Lane; id: string }) {
  const { t } = useTranslation('map');
  const titleOf = useLaneTitle();
  return (
    <div className={`lane-label lane-label-${lane.kind}`}>
      <span id={id} className="lane-label-title">
        {titleOf(lane)}
      </span>
      {lane.kind !== 'custom' && <span className="lane-label-hint">{t(`lanes.hints.${lane.kind}`)}</span>}
    </div>
  );
}
