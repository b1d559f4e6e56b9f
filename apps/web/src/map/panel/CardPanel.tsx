import type { EditFn, MapView } from '../mapDoc.js';
import { findDataEvidence } from '../measures/dataEvidence.js';
import type { FigureIdea } from '../measures/addIdeaFromFigure.js';
import type { MapFigures } from '../measures/measuresApi.js';
import type { Selection } from '../selection.js';
import { IdeaPanel } from './IdeaPanel.js';
import type { MatcherData } from './MatcherSection.js';
import { PainPointPanel } from './PainPointPanel.js';
import { TouchpointPanel } from './TouchpointPanel.js';

export interface CardPanelProps {
  selection: Selection;
  view: MapView;
  onEdit?: EditFn;
  onClose: () => void;
  /** The linked dataset, for the touchpoint's matcher (editors of a linked map). */
  data?: MatcherData | undefined;
  /** The figures the map shows: a touchpoint's evidence from data (its panel names the dataset and period). */
  figures?: MapFigures | null | undefined;
  /** Adds an idea from a measured figure and opens it (editors of a measured map). */
  onNewIdea?: ((idea: FigureIdea) => void) | undefined;
}

/** The side panel of the selected card; nothing when the card is gone (deleted, or undone). */
export function CardPanel({ selection, view, onEdit, onClose, data, figures, onNewIdea }: CardPanelProps) {
  const edit = onEdit ? { onEdit } : {};
  if (selection.kind === 'touchpoint') {
    const touchpoint = view.touchpoints.find((tp) => tp.id === selection.id);
    return touchpoint ? (
      <TouchpointPanel
        touchpoint={touchpoint}
        view={view}
        onClose={onClose}
        data={data}
        dataEvidence={
          figures ? findDataEvidence(figures.byTouchpoint.get(touchpoint.id), figures.source) : null
        }
        measure={figures?.byTouchpoint.get(touchpoint.id)}
        onNewIdea={onEdit ? onNewIdea : undefined}
        {...edit}
      />
    ) : null;
  }
  if (selection.kind === 'painPoint') {
    const painPoint = view.painPoints.find((p) => p.id === selection.id);
    return painPoint ? (
      <PainPointPanel painPoint={painPoint} view={view} onClose={onClose} {...edit} />
    ) : null;
  }
  const idea = view.ideas.find((i) => i.id === selection.id);
  return idea ? <IdeaPanel idea={idea} view={view} onClose={onClose} {...edit} /> : null;
}
