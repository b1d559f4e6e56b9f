import { useDroppable } from '@dnd-kit/core';
import type { Phase, Touchpoint } from '@trailmap/domain';
import { Plus } from 'lucide-react';
import type { KeyboardEvent } from 'react';
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
  onOpen,
  onAdd,
  onCardKey,
}: TouchpointCellProps) {
  const { t } = useTranslation('map');
  const drop = useDroppable({ id: `phase:${phase.id}`, disabled: !editable });
  return (
    <div
      ref={drop.setNodeRef}
      className={drop.isOver ? 'lane-cell tp-cell is-drop-target' : 'lane-cell tp-cell'}
      data-phase-index={phaseIndex}
    >
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
