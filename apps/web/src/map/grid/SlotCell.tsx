import type { Touchpoint } from '@trailmap/domain';
import type { ReactNode } from 'react';

export interface SlotCellProps {
  touchpoints: Touchpoint[];
  /** Keeps room for the trailing "add" button of the touchpoints lane, so the slots line up. */
  withAddColumn: boolean;
  className?: string;
  render: (touchpoint: Touchpoint) => ReactNode;
  onOpen: (touchpointId: string) => void;
}

/**
 * One phase's cell of a lane that shows a field of each touchpoint: one slot per card, in the same
 * position as the card above it. A click opens the card's panel (the card itself is the keyboard way in).
 */
export function SlotCell({ touchpoints, withAddColumn, className, render, onOpen }: SlotCellProps) {
  return (
    <div className={className ? `lane-cell slot-cell ${className}` : 'lane-cell slot-cell'}>
      {touchpoints.map((tp) => (
        <div key={tp.id} className="slot" onClick={() => onOpen(tp.id)} data-slot-for={tp.id}>
          {render(tp)}
        </div>
      ))}
      {withAddColumn && touchpoints.length > 0 && <div className="add-slot-spacer" aria-hidden="true" />}
    </div>
  );
}
