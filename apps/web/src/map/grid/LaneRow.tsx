import type { Lane } from '@trailmap/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EmotionCurve } from '../curve/EmotionCurve.js';
import type { CounterpartView } from './MapGrid.js';
import { CardStackCell } from './CardStackCell.js';
import { IdeaCard } from './IdeaCard.js';
import { LaneLabel, useLaneTitle } from './LaneLabel.js';
import { PainPointCard } from './PainPointCard.js';
import { PhaseTextCell } from './PhaseTextCell.js';
import { SlotCell } from './SlotCell.js';
import type { SlotLaneKind } from './TouchpointSlot.js';
import { TouchpointCell } from './TouchpointCells.js';
import { touchpointsOf, type GridHandlers, type GridModel } from './gridModel.js';
import { isSelected } from '../selection.js';
import { findIdeaPhase } from './findIdeaPhase.js';

export interface LaneRowProps {
  lane: Lane;
  model: GridModel;
  handlers: GridHandlers;
  counterpart?: CounterpartView | null;
}

/** One lane of the map: its sticky label and a cell per phase (the emotion curve spans them all). */
export function LaneRow({ lane, model, handlers, counterpart }: LaneRowProps) {
  const { t } = useTranslation('map');
  const labelId = useId();
  const laneTitle = useLaneTitle()(lane);
  const { view, editable } = model;
  const openTouchpoint = handlers.openTouchpoint;
  const trailing = editable ? <div className="lane-cell trailing-cell" aria-hidden="true" /> : null;

  function renderCells() {
    switch (lane.kind) {
      case 'touchpoints':
        return view.phases.map((phase, i) => (
          <TouchpointCell
            key={phase.id}
            phase={phase}
            phaseIndex={i}
            touchpoints={touchpointsOf(model, phase)}
            selectedId={model.selection?.kind === 'touchpoint' ? model.selection.id : null}
            editable={editable}
            hintId={model.hintId}
            figures={model.figures}
            deviations={model.deviations ?? null}
            {...(i === 0 && model.deviationStrip ? { strip: model.deviationStrip } : {})}
            onOpen={openTouchpoint}
            onAdd={(phaseId) => handlers.addTouchpoint?.(phaseId)}
            onCardKey={handlers.cardKey}
          />
        ));
      case 'actions':
      case 'thinks-feels':
      case 'expectation':
      case 'backstage':
        return view.phases.map((phase) => (
          <SlotCell
            key={phase.id}
            kind={lane.kind as SlotLaneKind}
            touchpoints={touchpointsOf(model, phase)}
            moments={model.moments}
            withAddColumn={editable}
            onOpen={openTouchpoint}
          />
        ));
      case 'emotion':
        return (
          <div className="lane-cell curve-cell" style={{ gridColumn: `2 / span ${view.phases.length}` }}>
            <EmotionCurve
              map={view}
              counterpart={counterpart}
              geometry={model.geometry}
              {...(model.curve ? { measured: model.curve.measured, mode: model.curve.mode } : {})}
              onOpen={openTouchpoint}
            />
          </div>
        );
      case 'pain-points':
        return view.phases.map((phase, i) => (
          <CardStackCell
            key={phase.id}
            emptyHint=""
            {...(handlers.addPainPoint
              ? {
                  onAdd: () => handlers.addPainPoint?.(phase.id),
                  addLabel: t('actions.addPainPoint'),
                  addTestId: `add-pain-point-${i}`,
                }
              : {})}
          >
            {view.painPoints
              .filter((p) => p.phaseId === phase.id)
              .map((p) => (
                <PainPointCard
                  key={p.id}
                  painPoint={p}
                  selected={isSelected(model.selection, 'painPoint', p.id)}
                  onOpen={() => handlers.open({ kind: 'painPoint', id: p.id })}
                />
              ))}
          </CardStackCell>
        ));
      case 'ideas':
        return view.phases.map((phase, i) => (
          <CardStackCell
            key={phase.id}
            emptyHint=""
            {...(handlers.addIdea
              ? {
                  onAdd: () => handlers.addIdea?.(phase.id),
                  addLabel: t('actions.addIdea'),
                  addTestId: `add-idea-${i}`,
                }
              : {})}
          >
            {view.ideas
              .filter((idea) => findIdeaPhase(view, idea) === phase.id)
              .map((idea) => (
                <IdeaCard
                  key={idea.id}
                  idea={idea}
                  selected={isSelected(model.selection, 'idea', idea.id)}
                  onOpen={() => handlers.open({ kind: 'idea', id: idea.id })}
                />
              ))}
          </CardStackCell>
        ));
      case 'kpis':
      case 'custom':
        return view.phases.map((phase) => (
          <PhaseTextCell
            key={phase.id}
            text={lane.cells[phase.id] ?? ''}
            label={t('lanes.cellLabel', { lane: laneTitle, phase: phase.name })}
            placeholder={t(lane.kind === 'kpis' ? 'lanes.kpiPlaceholder' : 'lanes.customPlaceholder')}
            {...(handlers.setCell
              ? { onChange: (text: string) => handlers.setCell?.(lane.id, phase.id, text) }
              : {})}
          />
        ));
    }
  }

  return (
    <div
      className="lane-row"
      role="group"
      aria-labelledby={labelId}
      data-lane-kind={lane.kind}
      data-testid={`lane-${lane.kind}`}
    >
      <LaneLabel lane={lane} id={labelId} />
      {renderCells()}
      {trailing}
    </div>
  );
}
