import { useDroppable } from '@dnd-kit/core';
import type { Phase, Touchpoint } from '@trailmap/domain';
import { Plus } from 'lucide-react';
import type { KeyboardEvent, ReactNode } from 'react';
import type { DeviationMarks } from '../conformance/placeDeviations.js';
import { useTranslation } from 'react-i18next';
import { EmptyPhase } from './EmptyPhase.js';
import type { MapFigures } from '../measures/measuresApi.js';
import { TouchpointCard } from './TouchpointCard.js';

export interface TouchpointCellProps {
  phase: Phase;
  phaseIndex: number;
  touchpoints: Touchpoint[];
  selectedId: string | null;
  editable: boolean;
  hintId: string;
  figures: MapFigures | null;
  /** The deviations drawn on the map: a skipped card is marked. */
  deviations?: DeviationMarks | null;
  /** The deviation strip (first phase only; it spans every phase from there). */
  strip?: ReactNode;
  onOpen: (touchpointId: string) => void;
  onAdd: (phaseId: string) => void;
  onCardKey: (event: KeyboardEvent<HTMLButtonElement>, touchpoint: Touchpoint) => void;
}

/** One phase's cell of the touchpoints lane: its cards left to right, a drop target, and "add". */
export function TouchpointCell({
  phase,
  phaseIndex,
  touchpoints,
  selectedId,
  editable,
  hintId,
  figures,
  deviations = null,
  strip,
  onOpen,
  onAdd,
  onCardKey,
}: TouchpointCellProps) {
  const { t } = useTranslation('map');
  const drop = useDroppable({ id: `phase:${phase.id}`, disabled: !editable });
  return (
    <div
      ref={drop.setNodeRef}
      className={['lane-cell tp-cell', drop.isOver ? 'is-drop-target' : '', strip ? 'has-strip' : '']
        .filter(Boolean)
        .join(' ')}
      data-phase-index={phaseIndex}
    >
      {strip}
      {touchpoints.length === 0 ? (
        <EmptyPhase
          phaseName={phase.name}
          phaseIndex={phaseIndex}
          {...(editable ? { onAdd: () => onAdd(phase.id) } : {})}
        />
      ) : (
        <>
          {touchpoints.map((tp) => (
            <TouchpointCard
              key={tp.id}
              touchpoint={tp}
              selected={tp.id === selectedId}
              draggable={editable}
              hintId={hintId}
              onOpen={onOpen}
              onKeyDown={onCardKey}
              {...(figures
                ? {
                    measure: figures.byTouchpoint.get(tp.id) ?? null,
                    measureTotal: figures.journeys,
                    keyDriver: figures.keyDrivers?.get(tp.id),
                    measureChange: figures.changes?.get(tp.id),
                    measureSource: figures.source,
                  }
                : {})}
              skipped={deviations?.skipped.get(tp.id)}
            />
          ))}
          {editable && (
            <button
              type="button"
              className="add-slot"
              onClick={() => onAdd(phase.id)}
              aria-label={t('actions.addTouchpointTo', { phase: phase.name })}
              title={t('actions.addTouchpointTo', { phase: phase.name })}
              data-testid={`add-touchpoint-${phaseIndex}`}
            >
              <Plus size={18} aria-hidden="true" />
            </button>
          )}
        </>
      )}
    </div>
  );
}
