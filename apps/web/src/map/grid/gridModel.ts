import type { MeasuredCurve, Moment, Phase, Touchpoint } from '@trailmap/domain';
import type { KeyboardEvent, ReactNode } from 'react';
import type { CurveMode } from '../curve/curveMode.js';
import type { DeviationMarks } from '../conformance/placeDeviations.js';
import type { GridGeometry } from '../geometry.js';
import type { MapView } from '../mapDoc.js';
import type { MapFigures } from '../measures/measuresApi.js';
import type { Selection } from '../selection.js';

/** What every lane row needs to draw its cells. */
export interface GridModel {
  view: MapView;
  geometry: GridGeometry;
  /** Touchpoints per phase id, in order. */
  byPhase: ReadonlyMap<string, Touchpoint[]>;
  moments: ReadonlyMap<string, Moment>;
  editable: boolean;
  selection: Selection | null;
  hintId: string;
  /** The measured figures when the map is linked and they are shown; null otherwise. */
  figures: MapFigures | null;
  /** The measured emotion curve and which lines to draw; null without figures shown. */
  curve: { measured: MeasuredCurve; mode: CurveMode } | null;
  /** The deviations drawn on the map (conformance view on); null otherwise. */
  deviations?: DeviationMarks | null;
  /** The strip under the cards where deviations are drawn (kept free whenever the figures are shown). */
  deviationStrip?: ReactNode;
}

/** What the cells can do; the add and set handlers are absent for readers. */
export interface GridHandlers {
  open: (selection: Selection) => void;
  /** Stable across renders, so memoised cards and slots are not drawn again. */
  openTouchpoint: (touchpointId: string) => void;
  cardKey: (event: KeyboardEvent<HTMLButtonElement>, touchpoint: Touchpoint) => void;
  addTouchpoint?: (phaseId: string) => void;
  addPainPoint?: (phaseId: string) => void;
  addIdea?: (phaseId: string) => void;
  setCell?: (laneId: string, phaseId: string, text: string) => void;
}

export function touchpointsOf(model: GridModel, phase: Phase): Touchpoint[] {
  return model.byPhase.get(phase.id) ?? [];
}
