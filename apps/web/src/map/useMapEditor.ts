import { useQueryClient } from '@tanstack/react-query';
import type { JourneyMap } from '@trailmap/domain';
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError } from '../api/client.js';
import { createHistory, recordEdit, redoEdit, undoEdit, type EditHistory } from './editHistory.js';
import { toMapDoc, type EditFn, type MapDoc } from './mapDoc.js';

export const AUTOSAVE_DELAY_MS = 800;

export type SaveState = 'saved' | 'saving' | 'error' | 'conflict';

export interface MapEditor {
  doc: MapDoc;
  edit: EditFn;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  saveState: SaveState;
  /** Saves now (skipping the debounce); resolves true when the server has every edit. */
  flush: () => Promise<boolean>;
  /** The version of the map on the server that the local doc is based on. */
  version: () => number;
  /** The same version as state: what the server last confirmed (keys the measured figures). */
  savedVersion: number;
  /**
   * Links the map to a dataset of its workspace (null unlinks) with `PATCH { version, datasetId }`: saves
   * pending edits first, sends the version they left, and takes the server's new version, so autosave
   * goes on from it. Resolves false on a conflict (the 409 banner shows); throws other errors.
   */
  linkDataset: (datasetId: string | null) => Promise<boolean>;
}

/**
 * The editing model: the map lives in local state, every edit is a pure change of the doc with undo and
 * redo, and the whole map is autosaved (debounced) with PUT and its version. A 409 stops autosave and
 * reports a conflict; the page then offers "reload theirs" or "keep mine as a copy".
 */
export function useMapEditor(workspaceId: string, journey: JourneyMap): MapEditor {
  const queryClient = useQueryClient();
  const url = `/api/workspaces/${workspaceId}/journeys/${journey.id}`;
  const historyRef = useRef<EditHistory<MapDoc>>(createHistory(toMapDoc(journey)));
  const [history, setHistory] = useState(historyRef.current);
  const savedRef = useRef(historyRef.current.present);
  const [savedDoc, setSavedDoc] = useState(savedRef.current);
  const versionRef = useRef(journey.version);
  const [savedVersion, setSavedVersion] = useState(journey.version);
  const runningRef = useRef<Promise<boolean> | null>(null);
  const conflictRef = useRef(false);
  const [inFlight, setInFlight] = useState(false);
  const [failure, setFailure] = useState<'error' | 'conflict' | null>(null);

  const replaceHistory = useCallback((next: EditHistory<MapDoc>) => {
    historyRef.current = next;
    setHistory(next);
  }, []);

  const edit = useCallback<EditFn>(
    (change, key) => {
      const current = historyRef.current;
      const next = change(current.present);
      const history = recordEdit(current, next, key ?? null, Date.now());
      // Typing (a keyed edit) redraws the map as a transition, so the field itself never lags.
      if (key) {
        historyRef.current = history;
        startTransition(() => setHistory(history));
      } else {
        replaceHistory(history);
      }
      return next;
    },
    [replaceHistory],
  );
  const undo = useCallback(() => replaceHistory(undoEdit(historyRef.current)), [replaceHistory]);
  const redo = useCallback(() => replaceHistory(redoEdit(historyRef.current)), [replaceHistory]);

  const runSave = useCallback((): Promise<boolean> => {
    if (runningRef.current) return runningRef.current;
    // With nothing to save the run settles synchronously (its `finally` runs before `run` exists):
    // only a run still going may be kept, or every later save would join a finished one and send nothing.
    let settled = false;
    const run = (async () => {
      setInFlight(true);
      try {
        while (historyRef.current.present !== savedRef.current) {
          if (conflictRef.current) return false;
          const sent = historyRef.current.present;
          try {
            const { journey: saved } = await api.put<{ journey: JourneyMap }>(url, {
              ...sent,
              version: versionRef.current,
            });
            versionRef.current = saved.version;
            setSavedVersion(saved.version);
            savedRef.current = sent;
            setSavedDoc(sent);
            setFailure(null);
            queryClient.setQueryData(['journey', workspaceId, journey.id], saved);
          } catch (err) {
            if (err instanceof ApiError && err.status === 409) {
              conflictRef.current = true;
              setFailure('conflict');
            } else {
              setFailure('error');
            }
            return false;
          }
        }
        return true;
      } finally {
        settled = true;
        runningRef.current = null;
        setInFlight(false);
      }
    })();
    if (!settled) runningRef.current = run;
    return run;
  }, [url, queryClient, workspaceId, journey.id]);

  const linkDataset = useCallback(
    async (datasetId: string | null): Promise<boolean> => {
      if (!(await runSave())) return false;
      let saved: JourneyMap;
      try {
        ({ journey: saved } = await api.patch<{ journey: JourneyMap }>(url, {
          version: versionRef.current,
          datasetId,
        }));
      } catch (err) {
        if (err instanceof ApiError && err.status === 409 && err.code === 'stale-version') {
          conflictRef.current = true;
          setFailure('conflict');
          return false;
        }
        throw err;
      }
      versionRef.current = saved.version;
      setSavedVersion(saved.version);
      // The link is one undoable edit that the server already holds.
      const next: MapDoc = {
        ...historyRef.current.present,
        datasetId: saved.datasetId,
        datasetFilter: saved.datasetFilter,
      };
      replaceHistory(recordEdit(historyRef.current, next, null, Date.now()));
      savedRef.current = next;
      setSavedDoc(next);
      queryClient.setQueryData(['journey', workspaceId, journey.id], saved);
      return true;
    },
    [runSave, url, replaceHistory, queryClient, workspaceId, journey.id],
  );

  // Autosave: a quiet moment after the last edit, save the whole map.
  useEffect(() => {
    if (history.present === savedRef.current || conflictRef.current) return;
    const timer = setTimeout(() => void runSave(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [history.present, runSave]);

  // Leaving the page (in the app) saves what is left; closing the tab with unsaved edits asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (historyRef.current.present !== savedRef.current && !conflictRef.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      if (historyRef.current.present !== savedRef.current && !conflictRef.current) void runSave();
    };
  }, [runSave]);

  const saveState: SaveState =
    failure === 'conflict'
      ? 'conflict'
      : failure === 'error' && !inFlight
        ? 'error'
        : inFlight || history.present !== savedDoc
          ? 'saving'
          : 'saved';

  return {
    doc: history.present,
    edit,
    undo,
    redo,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    saveState,
    flush: runSave,
    version: () => versionRef.current,
    savedVersion,
    linkDataset,
  };
}
