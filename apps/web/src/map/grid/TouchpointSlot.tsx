import type { MomentKind, Touchpoint } from '@trailmap/domain';
import { memo } from 'react';
import { BackstageSlot } from './BackstageSlot.js';
import { ScoreBars } from './ScoreBars.js';

/** The lanes that show a field of each touchpoint, one slot under each card. */
export type SlotLaneKind = 'actions' | 'thinks-feels' | 'expectation' | 'backstage';

export interface TouchpointSlotProps {
  kind: SlotLaneKind;
  touchpoint: Touchpoint;
  /** WOW moment or pain point of this touchpoint, and its gap (expectation lane); plain values keep memo working. */
  momentKind?: MomentKind | undefined;
  momentGap?: number | undefined;
  onOpen: (touchpointId: string) => void;
}

/**
 * One touchpoint's slot in a field lane. A click opens the card's panel (the card itself is the keyboard
 * way in). Memoised: only slots whose touchpoint changed are drawn again after an edit.
 */
export const TouchpointSlot = memo(function TouchpointSlot({
  kind,
  touchpoint,
  momentKind,
  momentGap,
  onOpen,
}: TouchpointSlotProps) {
  const moment = momentKind && momentGap !== undefined ? { kind: momentKind, gap: momentGap } : undefined;
  return (
    <div className="slot" onClick={() => onOpen(touchpoint.id)} data-slot-for={touchpoint.id}>
      {kind === 'expectation' ? (
        <ScoreBars expectation={touchpoint.expectation} experience={touchpoint.experience} moment={moment} />
      ) : kind === 'backstage' ? (
        <BackstageSlot touchpoint={touchpoint} />
      ) : (
        <SlotText text={kind === 'actions' ? touchpoint.customerAction : touchpoint.thinksFeels} />
      )}
    </div>
  );
});

function SlotText({ text }: { text: string }) {
  return text ? <span className="slot-text">{text}</span> : null;
}
