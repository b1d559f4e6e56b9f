import type { JourneyMap } from '@trailmap/domain';
import { Maximize2, Minimize2 } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MapGrid } from '../map/grid/MapGrid.js';
import { buildSharedExportUrl, ExportMenu, type ExportFormat } from '../map/header/ExportMenu.js';
import { MapTitleBlock } from '../map/header/MapTitleBlock.js';
import type { PersonaSummary } from '../map/header/PersonaList.js';
import { toMapDoc } from '../map/mapDoc.js';
import { CardPanel } from '../map/panel/CardPanel.js';
import type { Selection } from '../map/selection.js';
import '../map/map.css';

const PICTURE_FORMATS: readonly ExportFormat[] = ['png', 'svg', 'pdf'];

/** The same grid as the editor, read-only: cards open their panel with the values as text. */
export interface SharedMapProps {
  token: string;
  journey: JourneyMap;
  personas: readonly PersonaSummary[];
}

export function SharedMap({ token, journey, personas }: SharedMapProps) {
  const { t } = useTranslation('map');
  const [selection, setSelection] = useState<Selection | null>(null);
  const [wall, setWall] = useState(false);
  const view = useMemo(() => toMapDoc(journey), [journey]);
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
                {t('toolbar.wall')}
              </button>
              <ExportMenu
                formats={PICTURE_FORMATS}
                buildHref={(format, language) => buildSharedExportUrl(token, format, language)}
              />
            </div>
          }
        />
      </header>
      <div className="map-body">
        <MapGrid view={view} selection={selection} onSelect={setSelection} wall={wall} />
        {selection && (
          <CardPanel
            key={`${selection.kind}:${selection.id}`}
            selection={selection}
            view={view}
            onClose={() => setSelection(null)}
          />
        )}
      </div>
    </div>
  );
}
