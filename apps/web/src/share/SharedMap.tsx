import type { JourneyMap } from '@trailmap/domain';
import { Database, Maximize2, Minimize2, Users } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MapGrid } from '../map/grid/MapGrid.js';
import { buildSharedExportUrl, ExportMenu, type ExportFormat } from '../map/header/ExportMenu.js';
import { MapTitleBlock } from '../map/header/MapTitleBlock.js';
import type { PersonaSummary } from '../map/header/PersonaList.js';
import type { ShareFigures } from '../map/header/ShareDialog.js';
import { toMapDoc } from '../map/mapDoc.js';
import { FiguresBar } from '../map/measures/FiguresBar.js';
import { CardPanel } from '../map/panel/CardPanel.js';
import type { Selection } from '../map/selection.js';
import { useNumberFormat } from '../map/useNumberFormat.js';
import { useSharedFigures } from './useSharedFigures.js';
import '../map/map.css';

const PICTURE_FORMATS: readonly ExportFormat[] = ['png', 'svg', 'pdf'];

/** The same grid as the editor, read-only: cards open their panel with the values as text. */
export interface SharedMapProps {
  token: string;
  journey: JourneyMap;
  personas: readonly PersonaSummary[];
  /** The measured figures the link was made with (null: none). */
  figures?: ShareFigures | null;
}

export function SharedMap({ token, journey, personas, figures: options = null }: SharedMapProps) {
  const { t } = useTranslation(['map', 'measures', 'share']);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [wall, setWall] = useState(false);
  const [figuresShown, setFiguresShown] = useState(true);
  const view = useMemo(() => toMapDoc(journey), [journey]);
  const formatNumber = useNumberFormat();
  const { measures, figures, curve, state } = useSharedFigures(token, options, view, figuresShown);
  const personaName = options?.personaId
    ? (options.personaName ?? personas.find((p) => p.id === options.personaId)?.name)
    : undefined;
  return (
    <div className={wall ? 'map-page is-wall' : 'map-page'}>
      <header className="map-header">
        <MapTitleBlock
          view={view}
          personas={personas}
          aside={
            <div className="share-tools no-print">
              <button
                type="button"
                className="btn btn-small"
                aria-pressed={wall}
                onClick={() => setWall((w) => !w)}
                data-testid="wall-toggle"
              >
                {wall ? (
                  <Minimize2 size={16} aria-hidden="true" />
                ) : (
                  <Maximize2 size={16} aria-hidden="true" />
                )}
                {t('map:toolbar.wall')}
              </button>
              <ExportMenu
                formats={PICTURE_FORMATS}
                buildHref={(format, language) => buildSharedExportUrl(token, format, language)}
              />
            </div>
          }
        />
        {options && (
          <FiguresBar
            state={state}
            shown={figuresShown}
            onToggle={() => setFiguresShown((shown) => !shown)}
            summary={
              measures.data
                ? { datasetName: measures.data.dataset.name, journeys: measures.data.journeys }
                : undefined
            }
            error={measures.error}
            onRetry={() => void measures.refetch()}
            formatNumber={formatNumber}
            data={
              measures.data && (
                <span className="data-link-name" data-testid="data-link-name">
                  <Database size={15} aria-hidden="true" />
                  {t('measures:link.linkedTo', { name: measures.data.dataset.name })}
                </span>
              )
            }
            persona={
              personaName && (
                <span className="persona-picker" data-testid="shared-persona">
                  <Users size={15} aria-hidden="true" />
                  {t('share:figuresFor', { name: personaName })}
                </span>
              )
            }
          />
        )}
      </header>
      <div className="map-body">
        <MapGrid
          view={view}
          selection={selection}
          onSelect={setSelection}
          wall={wall}
          figures={figures}
          curve={curve}
        />
        {selection && (
          <CardPanel
            key={`${selection.kind}:${selection.id}`}
            selection={selection}
            view={view}
            onClose={() => setSelection(null)}
            figures={figures}
          />
        )}
      </div>
    </div>
  );
}
