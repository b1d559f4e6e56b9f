import { useQuery } from '@tanstack/react-query';
import {
  measureEmotionCurve,
  removePhase,
  type JourneyMap,
  type Persona,
  type Phase,
} from '@trailmap/domain';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../api/client.js';
import { CurveModeControl } from './curve/CurveModeControl.js';
import { parseCurveMode, type CurveMode } from './curve/curveMode.js';
import { MapGrid } from './grid/MapGrid.js';
import { ConflictBanner } from './header/ConflictBanner.js';
import { MapTitleBlock } from './header/MapTitleBlock.js';
import { MapToolbar } from './header/MapToolbar.js';
import { SaveStateIndicator } from './header/SaveStateIndicator.js';
import { ShareDialog } from './header/ShareDialog.js';
import { contentOf, withContent } from './mapDoc.js';
import { DataControl } from './measures/DataControl.js';
import { FiguresBar, type FiguresState } from './measures/FiguresBar.js';
import { MIN_ANSWERS, isNotReady, toMapFigures, useJourneyMeasures } from './measures/measuresApi.js';
import { CardPanel } from './panel/CardPanel.js';
import { RemovePhaseDialog } from './RemovePhaseDialog.js';
import { revealBesidePanel } from './revealBesidePanel.js';
import type { Selection } from './selection.js';
import { useMapActions } from './useMapActions.js';
import { useMapEditor } from './useMapEditor.js';
import { useNumberFormat } from './useNumberFormat.js';
import { useUndoShortcuts } from './useUndoShortcuts.js';
import './map.css';

export interface MapEditorProps {
  workspaceId: string;
  journey: JourneyMap;
  personas: readonly Persona[];
  /** Viewers get the same map without add, drag or edit controls. */
  readOnly: boolean;
  /** Throws the local map away and loads the one on the server ("reload theirs"). */
  onReload: () => void;
}

/** The journey map editor: header, toolbar, the grid and the side panel of the selected card. */
export function MapEditor({ workspaceId, journey, personas, readOnly, onReload }: MapEditorProps) {
  const { t } = useTranslation('map');
  const editor = useMapEditor(workspaceId, journey);
  const { doc } = editor;
  const actions = useMapActions(workspaceId, journey.id, editor, personas);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [sharing, setSharing] = useState(false);
  const [removing, setRemoving] = useState<Phase | null>(null);
  const [params, setParams] = useSearchParams();
  const wall = params.get('view') === 'wall';
  const figuresShown = params.get('figures') !== 'off';
  const linked = doc.datasetId !== null;
  const formatNumber = useNumberFormat();
  const measures = useJourneyMeasures(workspaceId, journey.id, editor.savedVersion, linked && figuresShown);
  const figures = useMemo(
    () => (linked && figuresShown && measures.data ? toMapFigures(measures.data) : null),
    [linked, figuresShown, measures.data],
  );
  const curveMode = parseCurveMode(params.get('curve'));
  const measuredCurve = useMemo(
    () =>
      figures && measures.data
        ? measureEmotionCurve({ phases: doc.phases, touchpoints: doc.touchpoints }, measures.data.touchpoints)
        : null,
    [figures, measures.data, doc.phases, doc.touchpoints],
  );
  const curve = useMemo(
    () => (measuredCurve ? { measured: measuredCurve, mode: curveMode } : null),
    [measuredCurve, curveMode],
  );
  const figuresState: FiguresState = !linked
    ? 'off'
    : !figuresShown
      ? 'hidden'
      : measures.data
        ? 'ready'
        : measures.error
          ? isNotReady(measures.error)
            ? 'not-ready'
            : 'error'
          : 'loading';
  const conflict = editor.saveState === 'conflict';
  const onEdit = readOnly || conflict ? undefined : editor.edit;
  useUndoShortcuts(editor.undo, editor.redo, onEdit !== undefined);

  const counterpartId = doc.state === 'desired' ? doc.counterpartId : null;
  const counterpart = useQuery({
    queryKey: ['journey', workspaceId, counterpartId],
    queryFn: async () =>
      (await api.get<{ journey: JourneyMap }>(`/api/workspaces/${workspaceId}/journeys/${counterpartId}`))
        .journey,
    enabled: counterpartId !== null,
  });

  useEffect(() => {
    document.title = `${doc.title} · ${t('common:appName')}`;
  }, [doc.title, t]);

  useEffect(() => {
    if (selection?.kind !== 'touchpoint') return;
    const frame = requestAnimationFrame(() => revealBesidePanel(selection.id));
    return () => cancelAnimationFrame(frame);
  }, [selection]);

  const closePanel = useCallback(() => {
    const previous = selection;
    setSelection(null);
    if (previous?.kind === 'touchpoint') {
      requestAnimationFrame(() =>
        document
          .querySelector<HTMLElement>(`[data-testid="touchpoint-card"][data-touchpoint-id="${previous.id}"]`)
          ?.focus(),
      );
    }
  }, [selection]);

  function toggleFigures() {
    const next = new URLSearchParams(params);
    if (figuresShown) next.set('figures', 'off');
    else next.delete('figures');
    setParams(next, { replace: true });
  }

  function changeCurveMode(mode: CurveMode) {
    const next = new URLSearchParams(params);
    if (mode === 'designed') next.delete('curve');
    else next.set('curve', mode);
    setParams(next, { replace: true });
  }

  function toggleWall() {
    const next = new URLSearchParams(params);
    if (wall) next.delete('view');
    else next.set('view', 'wall');
    setParams(next, { replace: true });
  }

  return (
    <div className={wall ? 'map-page is-wall' : 'map-page'}>
      <header className="map-header">
        <MapTitleBlock
          view={doc}
          personas={personas}
          aside={
            readOnly ? (
              <span className="badge">{t('header.readOnly')}</span>
            ) : (
              <SaveStateIndicator state={editor.saveState} onRetry={() => void editor.flush()} />
            )
          }
          {...(onEdit
            ? {
                onRename: (title: string) => onEdit((d) => ({ ...d, title })),
                onChangeGoal: (goal: string) => onEdit((d) => ({ ...d, goal })),
              }
            : {})}
        />
        <MapToolbar
          workspaceId={workspaceId}
          journeyId={journey.id}
          doc={doc}
          wall={wall}
          onToggleWall={toggleWall}
          {...(onEdit
            ? {
                editing: {
                  onEdit,
                  undo: editor.undo,
                  redo: editor.redo,
                  canUndo: editor.canUndo,
                  canRedo: editor.canRedo,
                  onShare: () => setSharing(true),
                  onCreateDesired: () => void actions.createDesired(),
                  creatingDesired: actions.busy === 'desired',
                },
              }
            : {})}
        />
        {(linked || onEdit) && (
          <FiguresBar
            state={figuresState}
            shown={figuresShown}
            onToggle={toggleFigures}
            summary={
              measures.data
                ? { datasetName: measures.data.dataset.name, journeys: measures.data.journeys }
                : undefined
            }
            error={measures.error}
            onRetry={() => void measures.refetch()}
            formatNumber={formatNumber}
            curve={
              measuredCurve && (
                <CurveModeControl
                  mode={curveMode}
                  onChange={changeCurveMode}
                  empty={measuredCurve.points.length === 0}
                  minAnswers={MIN_ANSWERS}
                />
              )
            }
            data={
              <DataControl
                workspaceId={workspaceId}
                datasetId={doc.datasetId}
                {...(onEdit ? { onLink: editor.linkDataset } : {})}
              />
            }
          />
        )}
        {conflict && (
          <ConflictBanner
            onReload={onReload}
            onKeepMine={() => void actions.keepMineAsCopy()}
            busy={actions.busy === 'copy'}
            error={actions.error}
          />
        )}
        {!conflict && actions.error && (
          <p className="alert alert-error" role="alert">
            {actions.error}
          </p>
        )}
      </header>
      <div className={selection ? 'map-body has-panel' : 'map-body'}>
        <MapGrid
          view={doc}
          counterpart={counterpart.data ?? null}
          selection={selection}
          onSelect={setSelection}
          onRemovePhase={setRemoving}
          wall={wall}
          figures={figures}
          curve={curve}
          {...(onEdit ? { onEdit } : {})}
        />
        {selection && (
          <CardPanel
            key={`${selection.kind}:${selection.id}`}
            selection={selection}
            view={doc}
            onClose={closePanel}
            data={
              linked && doc.datasetId
                ? { workspaceId, journeyId: journey.id, datasetId: doc.datasetId }
                : undefined
            }
            {...(onEdit ? { onEdit } : {})}
          />
        )}
      </div>
      {onEdit && (
        <>
          <ShareDialog
            open={sharing}
            onClose={() => setSharing(false)}
            workspaceId={workspaceId}
            journeyId={journey.id}
            canManage
          />
          <RemovePhaseDialog
            phase={removing}
            view={doc}
            onClose={() => setRemoving(null)}
            onConfirm={(phase) => onEdit((d) => withContent(d, removePhase(contentOf(d), phase.id)))}
          />
        </>
      )}
    </div>
  );
}
