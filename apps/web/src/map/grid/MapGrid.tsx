import { DndContext, DragOverlay, useSensor, useSensors } from '@dnd-kit/core';
import { CardPointerSensor } from './CardPointerSensor.js';
import {
  addIdea,
  addPainPoint,
  addPhase,
  addTouchpoint,
  findMoments,
  ideaFieldsSchema,
  painPointFieldsSchema,
  touchpointFieldsSchema,
  touchpointsInPhase,
  updatePhase,
  type JourneyMap,
  type MeasuredCurve,
  type Moment,
  type Phase,
  type Touchpoint,
} from '@trailmap/domain';
import { Plus } from 'lucide-react';
import { useCallback, useId, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { DeviationStrip } from '../conformance/DeviationStrip.js';
import { placeDeviations } from '../conformance/placeDeviations.js';
import type { CurveMode } from '../curve/curveMode.js';
import { computeGridGeometry } from '../geometry.js';
import { lanesOf, setLaneCell } from '../laneEdits.js';
import { contentOf, withContent, type EditFn, type MapView } from '../mapDoc.js';
import { PhaseFigures } from '../measures/FigureChips.js';
import type { Conformance, MapFigures } from '../measures/measuresApi.js';
import type { Selection } from '../selection.js';
import { LaneRow } from './LaneRow.js';
import { PhaseHeader, type PhaseActions } from './PhaseHeader.js';
import { TouchpointCardFace } from './TouchpointCardFace.js';
import type { GridHandlers, GridModel } from './gridModel.js';
import { useCardDrag, detectDropTarget } from './useCardDrag.js';
import { useCardKeys } from './useCardKeys.js';
import { useFitScale } from './useFitScale.js';

export type CounterpartView = Pick<JourneyMap, 'phases' | 'touchpoints'>;

export interface MapGridProps {
  view: MapView;
  /** The current map of a desired map (for the "don't flatten the curve" hint). */
  counterpart?: CounterpartView | null;
  selection: Selection | null;
  onSelect: (selection: Selection) => void;
  /** Absent for a read-only map (viewers, the share page): no add, drag or edit controls. */
  onEdit?: EditFn;
  /** Asks to remove a phase (the page confirms first). */
  onRemovePhase?: (phase: Phase) => void;
  /** Zoomed out to show the whole journey on one screen. */
  wall?: boolean;
  /** Measured figures to show on cards and phase headers (a linked map with figures shown). */
  figures?: MapFigures | null;
  /** The measured emotion curve (with figures shown) and which lines the curve draws. */
  curve?: { measured: MeasuredCurve; mode: CurveMode } | null;
  /**
   * Conformance of a measured map (figures shown): a strip under the cards is kept for its deviations,
   * which are drawn there (and on the skipped cards) when `shown`.
   */
  conformance?: { answer: Conformance; shown: boolean } | null;
}

/**
 * The journey map: phases as columns with coloured header bands, lanes as rows with sticky labels,
 * touchpoint cards in their phase left to right, every other lane lined up with the cards.
 */
export function MapGrid({
  view,
  counterpart,
  selection,
  onSelect,
  onEdit,
  onRemovePhase,
  wall = false,
  figures = null,
  curve = null,
  conformance = null,
}: MapGridProps) {
  const { t } = useTranslation('map');
  const editable = onEdit !== undefined;
  const hintId = useId();
  const frameRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const fit = useFitScale(frameRef, gridRef, wall);

  const geometry = useMemo(
    () => computeGridGeometry(view.phases, view.touchpoints, editable),
    [view.phases, view.touchpoints, editable],
  );
  const byPhase = useMemo(
    () => new Map(view.phases.map((p) => [p.id, touchpointsInPhase(view.touchpoints, p.id)])),
    [view.phases, view.touchpoints],
  );
  const moments = useMemo(
    () => new Map<string, Moment>(findMoments(view).moments.map((m) => [m.touchpointId, m])),
    [view],
  );
  const lanes = lanesOf(view).filter((lane) => lane.visible);
  const conformanceAnswer = conformance?.answer;
  // room under the cards only while the deviations are drawn (the cards themselves never move)
  const placed = useMemo(
    () =>
      conformanceAnswer
        ? placeDeviations(
            conformanceAnswer,
            new Map(geometry.slotCentres.map((s) => [s.touchpointId, s.x])),
            geometry.width,
          )
        : null,
    [conformanceAnswer, geometry],
  );
  const deviations = conformance?.shown ? placed : null;
  const titleOf = useCallback(
    (id: string) => view.touchpoints.find((tp) => tp.id === id)?.title ?? '…',
    [view.touchpoints],
  );
  const order = geometry.slotCentres.map((s) => s.touchpointId);

  const announce = useCallback(
    (touchpoint: Touchpoint, phase: Phase, position: number) =>
      setAnnouncement(t('keyboard.moved', { title: touchpoint.title, phase: phase.name, position })),
    [t],
  );
  const openTouchpoint = useCallback((id: string) => onSelect({ kind: 'touchpoint', id }), [onSelect]);
  const cardKey = useCardKeys({
    root: gridRef,
    phases: view.phases,
    byPhase,
    order,
    onOpen: openTouchpoint,
    ...(onEdit ? { onEdit } : {}),
    announce,
  });
  const drag = useCardDrag(view.touchpoints, view.phases, onEdit);
  const sensors = useSensors(useSensor(CardPointerSensor, { activationConstraint: { distance: 6 } }));

  const handlers: GridHandlers = { open: onSelect, openTouchpoint, cardKey };
  let phaseActions: PhaseActions | undefined;
  if (onEdit) {
    handlers.addTouchpoint = (phaseId) => {
      let id = '';
      onEdit((doc) => {
        const fields = touchpointFieldsSchema.parse({
          phaseId,
          title: t('defaults.touchpoint'),
          channel: 'web',
        });
        const added = addTouchpoint(contentOf(doc), fields);
        id = added.touchpoint.id;
        return withContent(doc, added.content);
      });
      onSelect({ kind: 'touchpoint', id });
    };
    handlers.addPainPoint = (phaseId) => {
      let id = '';
      onEdit((doc) => {
        const added = addPainPoint(
          contentOf(doc),
          painPointFieldsSchema.parse({ phaseId, title: t('defaults.painPoint') }),
        );
        id = added.painPoint.id;
        return withContent(doc, added.content);
      });
      onSelect({ kind: 'painPoint', id });
    };
    handlers.addIdea = (phaseId) => {
      let id = '';
      onEdit((doc) => {
        const added = addIdea(contentOf(doc), ideaFieldsSchema.parse({ phaseId, title: t('defaults.idea') }));
        id = added.idea.id;
        return withContent(doc, added.content);
      });
      onSelect({ kind: 'idea', id });
    };
    handlers.setCell = (laneId, phaseId, text) =>
      onEdit(
        (doc) => withContent(doc, setLaneCell(contentOf(doc), laneId, phaseId, text)),
        `cell:${laneId}:${phaseId}`,
      );
    phaseActions = {
      rename: (phaseId, fields) =>
        onEdit((doc) => withContent(doc, updatePhase(contentOf(doc), phaseId, fields))),
      move: (phaseId, toIndex) =>
        onEdit((doc) => withContent(doc, updatePhase(contentOf(doc), phaseId, {}, toIndex))),
      addAfter: (index) =>
        onEdit((doc) =>
          withContent(
            doc,
            addPhase(contentOf(doc), { name: t('defaults.phase'), customerNeed: '' }, index + 1).content,
          ),
        ),
      remove: (phase) => onRemovePhase?.(phase),
    };
  }

  const model: GridModel = {
    view,
    geometry,
    byPhase,
    moments,
    editable,
    selection,
    hintId,
    figures,
    curve,
    deviations,
    deviationStrip: conformance ? (
      <div className="deviation-strip-frame" style={{ width: geometry.width }}>
        {deviations && <DeviationStrip marks={deviations} width={geometry.width} titleOf={titleOf} />}
      </div>
    ) : null,
  };
  const columns = ['var(--lane-label-width)', ...geometry.columns.map((c) => `${c.width}px`)];
  if (editable) columns.push('48px');
  const dragged = drag.draggingId ? view.touchpoints.find((tp) => tp.id === drag.draggingId) : undefined;

  const grid = (
    <div
      ref={gridRef}
      className={['map-grid', wall ? 'is-wall' : '', deviations ? 'has-deviation-strip' : '']
        .filter(Boolean)
        .join(' ')}
      style={
        {
          gridTemplateColumns: columns.join(' '),
          ...(deviations ? { '--deviation-strip': `${deviations.height}px` } : {}),
        } as CSSProperties
      }
      data-testid="map-grid"
    >
      <div className="lane-row phase-row" role="group" aria-label={t('grid.phases')}>
        <div className="lane-label corner-cell">
          <span className="lane-label-title">{t('grid.phases')}</span>
        </div>
        {view.phases.map((phase, i) => (
          <PhaseHeader
            key={phase.id}
            phase={phase}
            index={i}
            phaseCount={view.phases.length}
            {...(figures
              ? {
                  figures: (
                    <PhaseFigures measure={figures.byPhase.get(phase.id) ?? null} total={figures.journeys} />
                  ),
                }
              : {})}
            {...(phaseActions ? { actions: phaseActions } : {})}
          />
        ))}
        {editable && (
          <div className="lane-cell phase-header add-phase-cell">
            <button
              type="button"
              className="icon-btn"
              onClick={() => phaseActions?.addAfter(view.phases.length - 1)}
              aria-label={t('phase.add')}
              title={t('phase.add')}
              data-testid="add-phase"
            >
              <Plus size={18} aria-hidden="true" />
            </button>
          </div>
        )}
      </div>
      {lanes.map((lane) => (
        <LaneRow
          key={lane.id}
          lane={lane}
          model={model}
          handlers={handlers}
          counterpart={counterpart ?? null}
        />
      ))}
    </div>
  );

  return (
    <div ref={frameRef} className={wall ? 'map-frame is-wall' : 'map-frame'} data-testid="map-frame">
      <p id={hintId} className="visually-hidden">
        {editable ? t('keyboard.cardHint') : t('keyboard.cardHintReadOnly')}
      </p>
      <div className="visually-hidden" role="status" aria-live="polite" data-testid="map-announcement">
        {announcement}
      </div>
      <DndContext
        sensors={sensors}
        collisionDetection={detectDropTarget}
        accessibility={drag.accessibility}
        onDragStart={drag.onDragStart}
        onDragEnd={drag.onDragEnd}
        onDragCancel={drag.onDragCancel}
      >
        <div
          className="wall-sizer"
          style={
            wall && fit.width > 0
              ? { width: fit.width * fit.scale, height: fit.height * fit.scale }
              : undefined
          }
        >
          <div
            className="wall-scaler"
            style={wall && fit.width > 0 ? { transform: `scale(${fit.scale})` } : undefined}
          >
            {grid}
          </div>
        </div>
        <DragOverlay dropAnimation={null}>
          {dragged ? (
            <div className="tp-card is-overlay">
              <TouchpointCardFace touchpoint={dragged} />
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>
    </div>
  );
}
