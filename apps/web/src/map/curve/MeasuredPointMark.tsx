import type { Dispatch, SetStateAction } from 'react';

export interface MeasuredPointMarkProps {
  touchpointId: string;
  x: number;
  y: number;
  emotion: number;
  /** What the point says to a screen reader (title, measured emotion, its score and n). */
  label: string;
  describedBy: string | undefined;
  setActive: Dispatch<SetStateAction<string | null>>;
  onOpen: ((touchpointId: string) => void) | undefined;
}

/** The key of a measured point in the curve's `active` state (designed points use the touchpoint id). */
export const measuredKey = (touchpointId: string) => `measured:${touchpointId}`;

/**
 * One point of the measured line: a hollow ring (the designed points are filled faces). Hover or focus
 * shows the measured value and n; click or Enter opens the card.
 */
export function MeasuredPointMark({
  touchpointId,
  x,
  y,
  emotion,
  label,
  describedBy,
  setActive,
  onOpen,
}: MeasuredPointMarkProps) {
  const key = measuredKey(touchpointId);
  const leave = () => setActive((a) => (a === key ? null : a));
  return (
    <g
      className="curve-point measured-point"
      tabIndex={0}
      role="img"
      aria-label={label}
      aria-describedby={describedBy}
      data-testid="measured-point"
      data-touchpoint-id={touchpointId}
      data-emotion={emotion}
      onMouseEnter={() => setActive(key)}
      onMouseLeave={leave}
      onFocus={() => setActive(key)}
      onBlur={leave}
      onClick={() => onOpen?.(touchpointId)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && onOpen) onOpen(touchpointId);
        if (event.key === 'Escape') setActive(null);
      }}
    >
      <circle cx={x} cy={y} r={14} className="curve-hit" />
      <circle cx={x} cy={y} r={6} className="measured-ring" />
    </g>
  );
}
