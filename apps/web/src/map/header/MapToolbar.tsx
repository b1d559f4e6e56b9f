import {
  ArrowLeftRight,
  ClipboardCheck,
  HistoryIcon,
  Maximize2,
  Minimize2,
  Redo2,
  Share2,
  Sparkles,
  Target,
  Undo2,
  Waypoints,
} from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EditFn, MapDoc } from '../mapDoc.js';
import { buildExportUrl, ExportMenu, type ExportFigures } from './ExportMenu.js';
import { LanesMenu } from './LanesMenu.js';

export interface MapToolbarProps {
  workspaceId: string;
  journeyId: string;
  doc: MapDoc;
  wall: boolean;
  onToggleWall: () => void;
  /** The measured figures the map shows, which picture exports then include. */
  exportFigures?: ExportFigures;
  /** Editing tools; absent for viewers. */
  editing?: {
    onEdit: EditFn;
    undo: () => void;
    redo: () => void;
    canUndo: boolean;
    canRedo: boolean;
    onShare: () => void;
    onCreateDesired: () => void;
    creatingDesired: boolean;
  };
}

/** Tools of the map: undo/redo, wall view, lanes, the other views of this journey, export and share. */
export function MapToolbar({
  workspaceId,
  journeyId,
  doc,
  wall,
  onToggleWall,
  exportFigures,
  editing,
}: MapToolbarProps) {
  const { t } = useTranslation('map');
  const base = `/w/${workspaceId}/journeys`;
  const counterpartId = doc.counterpartId;
  return (
    <div className="map-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <div className="toolbar-group">
        {editing && (
          <>
            <button
              type="button"
              className="icon-btn"
              onClick={editing.undo}
              disabled={!editing.canUndo}
              aria-label={t('toolbar.undo')}
              title={t('toolbar.undoShortcut')}
              aria-keyshortcuts="Control+Z Meta+Z"
              data-testid="undo"
            >
              <Undo2 size={18} aria-hidden="true" />
            </button>
            <button
              type="button"
              className="icon-btn"
              onClick={editing.redo}
              disabled={!editing.canRedo}
              aria-label={t('toolbar.redo')}
              title={t('toolbar.redoShortcut')}
              aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
              data-testid="redo"
            >
              <Redo2 size={18} aria-hidden="true" />
            </button>
            <span className="toolbar-divider" aria-hidden="true" />
          </>
        )}
        <button
          type="button"
          className="btn btn-small"
          aria-pressed={wall}
          onClick={onToggleWall}
          data-testid="wall-toggle"
        >
          {wall ? <Minimize2 size={16} aria-hidden="true" /> : <Maximize2 size={16} aria-hidden="true" />}
          <span className="toolbar-label">{t('toolbar.wall')}</span>
        </button>
        {editing && <LanesMenu view={doc} onEdit={editing.onEdit} />}
      </div>
      <div className="toolbar-group">
        {counterpartId && (
          <Link
            className="btn btn-small btn-ghost"
            to={`${base}/${counterpartId}`}
            data-testid="counterpart-link"
          >
            {doc.state === 'current' ? (
              <Sparkles size={16} aria-hidden="true" />
            ) : (
              <HistoryIcon size={16} aria-hidden="true" />
            )}
            <span>{t(doc.state === 'current' ? 'toolbar.seeDesired' : 'toolbar.seeCurrent')}</span>
          </Link>
        )}
        {counterpartId && (
          <Link
            className="btn btn-small btn-ghost"
            to={
              // always from the current map to its desired version, from whichever of the two it is opened
              doc.state === 'desired'
                ? `${base}/${counterpartId}/compare/${journeyId}`
                : `${base}/${journeyId}/compare/${counterpartId}`
            }
            data-testid="open-compare"
          >
            <ArrowLeftRight size={16} aria-hidden="true" />
            <span className="toolbar-label">{t('toolbar.compare')}</span>
          </Link>
        )}
        {editing && doc.state === 'current' && !counterpartId && (
          <button
            type="button"
            className="btn btn-small btn-ghost"
            onClick={editing.onCreateDesired}
            disabled={editing.creatingDesired}
            data-testid="create-desired"
          >
            <Sparkles size={16} aria-hidden="true" />
            <span>{editing.creatingDesired ? t('toolbar.creatingDesired') : t('toolbar.createDesired')}</span>
          </button>
        )}
        <Link
          className="btn btn-small btn-ghost"
          to={`${base}/${journeyId}/channels`}
          data-testid="open-channels"
        >
          <Waypoints size={16} aria-hidden="true" />
          <span className="toolbar-label">{t('toolbar.channels')}</span>
        </Link>
        <Link
          className="btn btn-small btn-ghost"
          to={`${base}/${journeyId}/priorities`}
          data-testid="open-priorities"
        >
          <Target size={16} aria-hidden="true" />
          <span className="toolbar-label">{t('toolbar.priorities')}</span>
        </Link>
        <Link
          className="btn btn-small btn-ghost"
          to={`${base}/${journeyId}/projects`}
          data-testid="open-projects"
        >
          <ClipboardCheck size={16} aria-hidden="true" />
          <span className="toolbar-label">{t('toolbar.projects')}</span>
        </Link>
        <ExportMenu
          buildHref={(format, language) =>
            buildExportUrl(workspaceId, journeyId, format, language, exportFigures)
          }
        />
        {editing && (
          <button
            type="button"
            className="btn btn-small btn-primary"
            onClick={editing.onShare}
            data-testid="share-button"
          >
            <Share2 size={16} aria-hidden="true" />
            <span className="toolbar-label">{t('toolbar.share')}</span>
          </button>
        )}
      </div>
    </div>
  );
}
