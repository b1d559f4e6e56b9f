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
import { ConformanceControls } from './conformance/ConformanceControls.js';
import { ConformanceView } from './conformance/ConformanceView.js';
import { CurveModeControl } from './curve/CurveModeControl.js';
import { parseCurveMode, type CurveMode } from './curve/curveMode.js';
import { MapGrid } from './grid/MapGrid.js';
import { ConflictBanner } from './header/ConflictBanner.js';
import { MapTitleBlock } from './header/MapTitleBlock.js';
import { MapToolbar } from './header/MapToolbar.js';
import { SaveStateIndicator } from './header/SaveStateIndicator.js';
import { ShareDialog } from './header/ShareDialog.js';
import { contentOf, withContent } from './mapDoc.js';
import { addIdeaFromFigure, type FigureIdea } from './measures/addIdeaFromFigure.js';
import { DataControl } from './measures/DataControl.js';
import { isDriverOutcome, useJourneyDrivers, type DriverOutcome } from './measures/driversApi.js';
import { DriversPanel, type DriversTab } from './measures/DriversPanel.js';
import { FiguresBar, type FiguresState } from './measures/FiguresBar.js';
import { MIN_ANSWERS, isNotReady, toMapFigures, useJourneyMeasures } from './measures/measuresApi.js';
import { choosePersona, listPersonaOptions, measuredPersonaId } from './measures/personaChoice.js';
import { PersonaPicker } from './measures/PersonaPicker.js';
import { ThenVsNowControl } from './measures/ThenVsNowControl.js';
import {
  formatPeriod,
  parsePeriod,
  useMeasuresCompare,
  type ChipChange,
  type DayPeriod,
} from './measures/thenVsNow.js';
import { CardPanel } from './panel/CardPanel.js';
import { MapCommentsContext } from '../comments/CommentsContext.js';
import { useMapCommentsPanel } from '../comments/useMapCommentsPanel.js';
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
  const { t } = useTranslation(['map', 'measures']);
  const editor = useMapEditor(workspaceId, journey);
  const { doc } = editor;
  const actions = useMapActions(workspaceId, journey.id, editor, personas);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [sharing, setSharing] = useState(false);
  const [removing, setRemoving] = useState<Phase | null>(null);
  const [params, setParams] = useSearchParams();
  const wall = params.get('view') === 'wall';
  const comparing = params.get('view') === 'conformance';
  const deviationsShown = params.get('deviations') === 'on';
  const figuresShown = params.get('figures') !== 'off';
  const linked = doc.datasetId !== null;
  const formatNumber = useNumberFormat();
  const panelParam = params.get('panel');
  const analysis: DriversTab | null =
    linked && (panelParam === 'drivers' || panelParam === 'conformance') ? panelParam : null;
  const outcomeParam = params.get('outcome');
  const outcome: DriverOutcome = isDriverOutcome(outcomeParam) ? outcomeParam : 'nps';
  const targetId = outcome === 'conversion' ? params.get('target') : null;
  const personaParam = params.get('persona');
  const personaChoice = useMemo(() => choosePersona(personaParam, personas), [personaParam, personas]);
  const personaOptions = useMemo(
    () => listPersonaOptions(personas, doc.personaIds),
    [personas, doc.personaIds],
  );
  const personaId = measuredPersonaId(personaChoice);
  const measures = useJourneyMeasures(
    workspaceId,
    journey.id,
    editor.savedVersion,
    linked && (figuresShown || analysis !== null || comparing),
    personaId,
  );
  const drivers = useJourneyDrivers(
    workspaceId,
    journey.id,
    editor.savedVersion,
    outcome,
    targetId,
    analysis === 'drivers',
    personaId,
  );
  const thenParam = params.get('then');
  const nowParam = params.get('now');
  const periods = useMemo(() => {
    const then = parsePeriod(thenParam);
    const now = parsePeriod(nowParam);
    return then && now ? { then, now } : null;
  }, [thenParam, nowParam]);
  const compared = useMeasuresCompare(
    workspaceId,
    journey.id,
    editor.savedVersion,
    periods,
    linked && figuresShown,
    personaId,
  );
  const changes = useMemo(() => {
    if (!periods || !compared.data || compared.isPlaceholderData) return undefined;
    const answer = compared.data;
    return new Map<string, ChipChange>(
      answer.touchpoints.map((change) => [
        change.touchpointId,
        { change, thenJourneys: answer.before.journeys, nowJourneys: answer.after.journeys },
      ]),
    );
  }, [periods, compared.data, compared.isPlaceholderData]);
  const keyDriverOutcome =
    outcome === 'conversion'
      ? t('measures:drivers.outcomeName.conversion', {
          target: doc.touchpoints.find((tp) => tp.id === targetId)?.title ?? '…',
        })
      : t(`measures:drivers.outcomeName.${outcome}`);
  const keyDrivers = useMemo(() => {
    if (analysis !== 'drivers' || !drivers.data || drivers.isPlaceholderData) return undefined;
    const vital = drivers.data.drivers.filter((d) => d.vitalFew && d.importance > 0);
    return vital.length > 0 ? new Map(vital.map((d) => [d.touchpointId, keyDriverOutcome])) : undefined;
  }, [analysis, drivers.data, drivers.isPlaceholderData, keyDriverOutcome]);
  const figures = useMemo(
    () =>
      linked && figuresShown && measures.data
        ? {
            ...toMapFigures(measures.data),
            ...(keyDrivers ? { keyDrivers } : {}),
            ...(changes ? { changes } : {}),
          }
        : null,
    [linked, figuresShown, measures.data, keyDrivers, changes],
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

  // The most important key driver is brought into view beside the drivers panel (not under it).
  const topDriver = keyDrivers ? keyDrivers.keys().next().value : undefined;
  useEffect(() => {
    if (!topDriver) return;
    const frame = requestAnimationFrame(() => revealBesidePanel(topDriver));
    return () => cancelAnimationFrame(frame);
  }, [topDriver]);

  useEffect(() => {
    if (selection?.kind !== 'touchpoint') return;
    const frame = requestAnimationFrame(() => revealBesidePanel(selection.id));
    return () => cancelAnimationFrame(frame);
  }, [selection]);

  const setAnalysis = useCallback(
    (tab: DriversTab | null, nextOutcome?: DriverOutcome, nextTarget?: string | null) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (tab) next.set('panel', tab);
          else next.delete('panel');
          if (nextOutcome !== undefined) {
            if (nextOutcome === 'nps') next.delete('outcome');
            else next.set('outcome', nextOutcome);
            if (nextOutcome === 'conversion' && nextTarget) next.set('target', nextTarget);
            else next.delete('target');
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const closeCardPanels = useCallback(() => {
    setSelection(null);
    setAnalysis(null);
  }, [setAnalysis]);
  const comments = useMapCommentsPanel(workspaceId, journey.id, doc, closeCardPanels);
  const closeComments = comments.close;
  const select = useCallback(
    (next: Selection | null) => {
      setSelection(next);
      if (next) {
        setAnalysis(null);
        closeComments();
      }
    },
    [setAnalysis, closeComments],
  );

  /** An idea from a measured figure (a drop-off, a key driver), added to the ideas lane and opened. */
  const newIdea = onEdit
    ? (figure: FigureIdea) => {
        let id = '';
        onEdit((doc) => {
          const added = addIdeaFromFigure(contentOf(doc), figure);
          if (!added) return doc;
          id = added.ideaId;
          return withContent(doc, added.content);
        });
        if (id) select({ kind: 'idea', id });
      }
    : undefined;

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

  function changePeriods(next: { then: DayPeriod; now: DayPeriod } | null) {
    const search = new URLSearchParams(params);
    if (next) {
      search.set('then', formatPeriod(next.then));
      search.set('now', formatPeriod(next.now));
    } else {
      search.delete('then');
      search.delete('now');
    }
    setParams(search, { replace: true });
  }

  function toggleDeviations() {
    const next = new URLSearchParams(params);
    if (deviationsShown) next.delete('deviations');
    else next.set('deviations', 'on');
    setParams(next, { replace: true });
  }

  function showComparison(on: boolean) {
    const next = new URLSearchParams(params);
    if (on) next.set('view', 'conformance');
    else next.delete('view');
    setParams(next);
  }

  function changePersona(id: string | null) {
    const next = new URLSearchParams(params);
    if (id) next.set('persona', id);
    else next.delete('persona');
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
          exportFigures={{ shown: linked && figuresShown, curve: curveMode, personaId }}
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
            {...(linked
              ? {
                  analysisOpen: analysis !== null,
                  onAnalysis: () => {
                    setSelection(null);
                    setAnalysis(analysis ? null : 'drivers');
                  },
                }
              : {})}
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
            conformance={
              linked && (
                <ConformanceControls
                  deviationsShown={deviationsShown}
                  onToggleDeviations={toggleDeviations}
                  onCompare={() => showComparison(true)}
                />
              )
            }
            thenVsNow={
              linked && (
                <ThenVsNowControl
                  then={parsePeriod(thenParam)}
                  now={parsePeriod(nowParam)}
                  onChange={changePeriods}
                  busy={periods !== null && compared.isFetching}
                />
              )
            }
            persona={
              linked && (
                <PersonaPicker options={personaOptions} choice={personaChoice} onChange={changePersona} />
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
      {comparing && (
        <ConformanceView
          view={doc}
          measures={{
            data: measures.data,
            error: measures.error,
            onRetry: () => void measures.refetch(),
          }}
          linked={linked}
          formatNumber={formatNumber}
          onBack={() => showComparison(false)}
        />
      )}
      <MapCommentsContext.Provider value={comments.context}>
        <div
          className={selection || analysis || comments.panel ? 'map-body has-panel' : 'map-body'}
          style={comparing ? { display: 'none' } : undefined}
        >
          <MapGrid
            view={doc}
            counterpart={counterpart.data ?? null}
            selection={selection}
            onSelect={select}
            onRemovePhase={setRemoving}
            wall={wall}
            figures={figures}
            curve={curve}
            conformance={
              figures && measures.data?.conformance
                ? { answer: measures.data.conformance, shown: deviationsShown }
                : null
            }
            {...(onEdit ? { onEdit } : {})}
          />
          {comments.panel}
          {!comments.panel && selection && (
            <CardPanel
              key={`${selection.kind}:${selection.id}`}
              selection={selection}
              view={doc}
              onClose={closePanel}
              figures={figures}
              data={
                linked && doc.datasetId
                  ? { workspaceId, journeyId: journey.id, datasetId: doc.datasetId }
                  : undefined
              }
              onNewIdea={newIdea}
              {...(onEdit ? { onEdit } : {})}
            />
          )}
          {!comments.panel && !selection && analysis && (
            <DriversPanel
              view={doc}
              tab={analysis}
              onTab={(tab) => setAnalysis(tab)}
              outcome={outcome}
              targetId={targetId}
              onOutcome={(o, target) => setAnalysis('drivers', o, target)}
              drivers={{
                data: drivers.isPlaceholderData ? undefined : drivers.data,
                error: drivers.error,
                loading: drivers.isFetching,
                onRetry: () => void drivers.refetch(),
              }}
              conformance={{
                data: measures.data?.conformance,
                error: measures.error,
                loading: measures.isFetching,
                onRetry: () => void measures.refetch(),
              }}
              formatNumber={formatNumber}
              onNewIdea={newIdea}
              onClose={() => {
                setAnalysis(null);
                requestAnimationFrame(() =>
                  document.querySelector<HTMLElement>('[data-testid="drivers-open"]')?.focus(),
                );
              }}
            />
          )}
        </div>
      </MapCommentsContext.Provider>
      {onEdit && (
        <>
          <ShareDialog
            open={sharing}
            onClose={() => setSharing(false)}
            workspaceId={workspaceId}
            journeyId={journey.id}
            canManage
            figures={
              linked && figuresShown && measures.data
                ? {
                    options: { curve: curveMode, from: null, to: null, personaId },
                    personaName: personaChoice.kind === 'persona' ? personaChoice.option.name : null,
                  }
                : null
            }
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
