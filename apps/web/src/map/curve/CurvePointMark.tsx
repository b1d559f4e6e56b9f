import type { MomentKind } from '@trailmap/domain';
import { memo, type Dispatch, type SetStateAction } from 'react';
import { EmotionFace } from './EmotionFace.js';
import { PainMarker, WowMarker } from './MomentMarkers.js';

export interface CurvePointMarkProps {
  touchpointId: string;
  x: number;
  y: number;
  emotion: number;
  moment: MomentKind | undefined;
  /** What the point says to a screen reader (title, emotion, scores, moment). */
  label: string;
  /** Id of the tooltip while this point's tooltip is open. */
  describedBy: string | undefined;
  setActive: Dispatch<SetStateAction<string | null>>;
  onOpen: ((touchpointId: string) => void) | undefined;
}

/**
 * One point of the curve: a face, with a WOW star above or a pain mark below. Hover or focus opens its
 * tooltip; click or Enter opens the card. Memoised: typing elsewhere does not redraw the curve's points.
 */
export const CurvePointMark = memo(function CurvePointMark({
  touchpointId,
  x,
  y,
  emotion,
  moment,
  label,
  describedBy,
  setActive,
  onOpen,
}: CurvePointMarkProps) {
  const leave = () => setActive((a) => (a === touchpointId ? null : a));
  return (
    <g
      className="curve-point"
      tabIndex={0}
      role="img"
      aria-label={label}
      aria-describedby={describedBy}
      data-touchpoint-id={touchpointId}
      onMouseEnter={() => setActive(touchpointId)}
      onMouseLeave={leave}
      onFocus={() => setActive(touchpointId)}
      onBlur={leave}
      onClick={() => onOpen?.(touchpointId)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && onOpen) onOpen(touchpointId);
        if (event.key === 'Escape') setActive(null);
      }}
    >
      <circle cx={x} cy={y} r={18} className="curve-hit" />
      {moment === 'wow' && <WowMarker x={x} y={y - 22} />}
      {moment === 'pain' && <PainMarker x={x} y={y + 22} />}
      <EmotionFace x={x} y={y} emotion={emotion} />
    </g>
  );
});
