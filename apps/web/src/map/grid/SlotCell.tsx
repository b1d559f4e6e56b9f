import type { Moment, Touchpoint } from '@trailmap/domain';
import { TouchpointSlot, type SlotLaneKind } from './TouchpointSlot.js';

export interface SlotCellProps {
  kind: SlotLaneKind;
  touchpoints: Touchpoint[];
  moments: ReadonlyMap<string, Moment>;
  /** Keeps room for the trailing "add" button of the touchpoints lane, so the slots line up. */
  withAddColumn: boolean;
  onOpen: (touchpointId: string) => void;
}

const CELL_CLASS: Record<SlotLaneKind, string> = {
  actions: 'lane-cell slot-cell',
  'thinks-feels': 'lane-cell slot-cell thoughts-cell',
  expectation: 'lane-cell slot-cell',
  backstage: 'lane-cell slot-cell backstage-cell',
};

/** One phase's cell of a lane that shows a field of each touchpoint: one slot per card, under the card. */
export function SlotCell({ kind, touchpoints, moments, withAddColumn, onOpen }: SlotCellProps) {
  return (
    <div className={CELL_CLASS[kind]}>
      {touchpoints.map((tp) => (
        <TouchpointSlot
          key={tp.id}
          kind={kind}
          touchpoint={tp}
          momentKind={moments.get(tp.id)?.kind}
          momentGap={moments.get(tp.id)?.gap}
          onOpen={onOpen}
        />
      ))}
      {withAddColumn && touchpoints.length > 0 && <div className="add-slot-spacer" aria-hidden="true" />}
    </div>
  );
}
