import { useDraggable, useDroppable } from '@dnd-kit/core';
import type { Touchpoint } from '@trailmap/domain';
import { memo, type KeyboardEvent } from 'react';
import { TouchpointFigures } from '../measures/FigureChips.js';
import { findDataEvidence, type FiguresSource } from '../measures/dataEvidence.js';
import type { ChipChange } from '../measures/thenVsNow.js';
import { SkippedBadge } from '../conformance/SkippedBadge.js';
import type { Deviation, TouchpointMeasure } from '../measures/measuresApi.js';
import { CommentBadge } from '../../comments/CommentBadge.js';
import { TouchpointCardFace } from './TouchpointCardFace.js';

export interface TouchpointCardProps {
  touchpoint: Touchpoint;
  selected: boolean;
  /** Drag and drop is on for editors. */
  draggable: boolean;
  onOpen: (touchpointId: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>, touchpoint: Touchpoint) => void;
  /** Id of the hidden text that explains the keys. */
  hintId?: string;
  /**
   * The measured figures of this card (null: no matcher, "no data"); absent when the map shows none.
   * A plain object of the query's answer, so memo keeps working.
   */
  measure?: TouchpointMeasure | null;
  /** Journeys in scope (the base of the reach share). */
  measureTotal?: number;
  /** A key driver of the outcome shown in the drivers panel: the outcome's name ("NPS"), for its mark. */
  keyDriver?: string | undefined;
  /** Then vs now: this card's changes between the two periods picked. */
  measureChange?: ChipChange | undefined;
  /** Deviations drawn on the map: journeys skip this card (marked with a dashed outline and a badge). */
  skipped?: Extract<Deviation, { kind: 'skipped' }> | undefined;
  /** The dataset and period of the figures: a card whose figures rest on enough data shows evidence "data". */
  measureSource?: FiguresSource | undefined;
}

/**
 * A compact touchpoint card: channel icon, title, evidence dot. Click or Enter opens its side panel.
 * Memoised: an edit elsewhere on the map does not redraw it (its callbacks are stable).
 */
export const TouchpointCard = memo(function TouchpointCard({
  touchpoint,
  selected,
  draggable,
  onOpen,
  onKeyDown,
  hintId,
  measure,
  measureTotal = 0,
  keyDriver,
  measureChange,
  skipped,
  measureSource,
}: TouchpointCardProps) {
  const drag = useDraggable({ id: touchpoint.id, disabled: !draggable });
  const drop = useDroppable({ id: `before:${touchpoint.id}`, disabled: !draggable });
  const className = [
    'tp-card',
    selected ? 'is-selected' : '',
    drag.isDragging ? 'is-dragging' : '',
    drop.isOver && !drag.isDragging ? 'is-drop-before' : '',
    keyDriver ? 'is-key-driver' : '',
    skipped ? 'is-skipped' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div ref={drop.setNodeRef} className="tp-card-slot">
      {skipped && <SkippedBadge deviation={skipped} touchpoint={touchpoint.title} />}
      <button
        ref={drag.setNodeRef}
        type="button"
        className={className}
        data-testid="touchpoint-card"
        data-touchpoint-id={touchpoint.id}
        data-key-driver={keyDriver ? 'true' : undefined}
        aria-pressed={selected}
        aria-describedby={hintId}
        aria-keyshortcuts={draggable ? 'Alt+ArrowLeft Alt+ArrowRight Alt+ArrowUp Alt+ArrowDown' : undefined}
        {...(draggable ? drag.listeners : {})}
        onClick={() => onOpen(touchpoint.id)}
        onKeyDown={(event) => onKeyDown(event, touchpoint)}
      >
        <TouchpointCardFace
          touchpoint={touchpoint}
          keyDriver={keyDriver}
          dataEvidence={findDataEvidence(measure, measureSource)}
          figures={
            measure === undefined ? undefined : (
              <TouchpointFigures measure={measure} total={measureTotal} change={measureChange} />
            )
          }
        />
      </button>
      <CommentBadge
        target={{ kind: 'touchpoint', id: touchpoint.id }}
        label={touchpoint.title}
        always={selected}
      />
    </div>
  );
});
