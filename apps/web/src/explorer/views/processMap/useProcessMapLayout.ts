import {
  restyleProcessMap,
  type ProcessMapFormat,
  type ProcessMapLayout,
  type ProcessMapMeasure,
  type ProcessMapSelection,
} from '@trailmap/viz';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  acquireLayoutRunner,
  LayoutSuperseded,
  releaseLayoutRunner,
  type ProcessMapLayoutRunner,
} from './processMapLayoutRunner.js';

/** How long the sliders must rest before a map is laid out (a drag asks for one layout, not fifty). */
export const LAYOUT_DEBOUNCE_MS = 120;
/** Layouts kept, so moving a slider back shows the earlier map at once. */
const CACHE_SIZE = 12;

/** A selection's geometry: its input, the nodes and edges it keeps (ids are stable per input), the language. */
export function selectionKey(inputId: number, selection: ProcessMapSelection, lang: string): string {
  return `${inputId}|${lang}|${selection.nodes.map((n) => n.id).join(',')}|${selection.edges.map((e) => e.id).join(',')}`;
}

interface LayoutState {
  /** The layout on screen: the latest one done (perhaps of an earlier selection while a new one runs). */
  layout: ProcessMapLayout | null;
  /** The key of `layout`. */
  key: string | null;
  error: Error | null;
}

/**
 * The layout of a selection, from ELK in its worker, restyled to the measure (a view change never asks
 * ELK). While a new selection is laid out the previous map stays; `isLaying` says so.
 */
export function useProcessMapLayout(
  inputId: number | null,
  selection: ProcessMapSelection | null,
  measure: ProcessMapMeasure,
  format: ProcessMapFormat,
  lang: string,
) {
  const [runner, setRunner] = useState<ProcessMapLayoutRunner | null>(null);
  useEffect(() => {
    const acquired = acquireLayoutRunner();
    setRunner(acquired);
    return () => releaseLayoutRunner(acquired);
  }, []);
  const cache = useRef(new Map<string, ProcessMapLayout>());
  const [state, setState] = useState<LayoutState>({ layout: null, key: null, error: null });
  const [attempt, setAttempt] = useState(0);

  const empty = selection !== null && selection.nodes.length === 0;
  const key = selection && inputId !== null && !empty ? selectionKey(inputId, selection, lang) : null;
  // what the layout effect reads: it runs when the key changes, not on every render
  const latest = useRef({ selection, format, measure, hasLayout: false });
  useEffect(() => {
    latest.current = { selection, format, measure, hasLayout: state.layout !== null };
  });

  useEffect(() => {
    if (!key || !runner) return;
    const cached = cache.current.get(key);
    if (cached) {
      runner.cancel();
      setState({ layout: cached, key, error: null });
      return;
    }
    let stopped = false;
    const start = () => {
      const { selection: current, format: currentFormat, measure: currentMeasure } = latest.current;
      if (!current) return;
      setState((s) => (s.error ? { ...s, error: null } : s));
      performance.mark('process-map-layout-start');
      runner.layout(current, { ...currentMeasure, format: currentFormat }).then(
        (layout) => {
          performance.mark('process-map-layout-end');
          cache.current.set(key, layout);
          if (cache.current.size > CACHE_SIZE) cache.current.delete(cache.current.keys().next().value!);
          if (!stopped) setState({ layout, key, error: null });
        },
        (error: Error) => {
          if (stopped || error instanceof LayoutSuperseded) return;
          setState((s) => ({ ...s, error }));
        },
      );
    };
    // the first map is laid out at once; later ones when the slider rests
    const timer = setTimeout(start, latest.current.hasLayout ? LAYOUT_DEBOUNCE_MS : 0);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [key, runner, attempt]);

  const shown = useMemo(
    () => (state.layout ? restyleProcessMap(state.layout, { ...measure, format }) : null),
    [state.layout, measure, format],
  );
  return {
    layout: empty ? null : shown,
    /** The geometry of `layout` (its selection's key). */
    layoutKey: state.key,
    /** Nothing to draw: the filter or the sliders leave no activity. */
    empty,
    /** A layout for the current selection is on its way. */
    isLaying: key !== null && state.key !== key && state.error === null,
    error: empty ? null : state.error,
    retry: () => {
      setState((s) => ({ ...s, error: null }));
      setAttempt((n) => n + 1);
    },
  };
}
