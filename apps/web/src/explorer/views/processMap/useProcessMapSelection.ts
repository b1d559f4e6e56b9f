import type { ProcessMapSelection, ProcessMapShares } from '@trailmap/viz';
import { useEffect, useRef, useState } from 'react';
import { sharedSelectionClient, type ProcessMapSelectionClient } from './processMapSelectionClient.js';
import type { VariantsCount } from './selectionProtocol.js';
import type { ProcessMapData } from './useProcessMapInput.js';

let lastInputId = 0;
const inputIds = new WeakMap<ProcessMapData, number>();
/** One number per set of answers: what the selection worker and the layout cache know an input by. */
function inputIdOf(data: ProcessMapData): number {
  let id = inputIds.get(data);
  if (id === undefined) inputIds.set(data, (id = ++lastInputId));
  return id;
}

interface Shown {
  inputId: number;
  shares: ProcessMapShares;
  selection: ProcessMapSelection;
  variants: VariantsCount;
}

/**
 * What the sliders keep of the map, from the selection worker (which reads the variants itself). Every
 * slider step asks; answers come back in order within a few ms, and an answer older than the one shown
 * is dropped, so a drag updates the figures as it goes.
 */
export function useProcessMapSelection(
  data: ProcessMapData | null,
  variantsUrl: string,
  shares: ProcessMapShares,
) {
  const [attempt, setAttempt] = useState(0);
  const [client, setClient] = useState<ProcessMapSelectionClient | null>(null);
  useEffect(() => {
    const acquired = sharedSelectionClient.acquire();
    setClient(acquired);
    return () => sharedSelectionClient.release(acquired);
  }, [attempt]);

  // the variants are the largest answer: their reading starts with the filter, not after the rest
  useEffect(() => {
    client?.prefetch(variantsUrl);
  }, [client, variantsUrl]);

  const inputId = data ? inputIdOf(data) : null;
  useEffect(() => {
    if (client && data && inputId !== null) client.setInput(inputId, data.variantsUrl, data.input);
    // a new id is a new input (the data object is its key); `attempt` sends it again after a failure
  }, [client, inputId, attempt]);

  const [shown, setShown] = useState<Shown | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const asked = useRef(0);
  const answered = useRef(0);
  const { activityShare, pathShare } = shares;
  useEffect(() => {
    if (!client || inputId === null) return;
    const seq = ++asked.current;
    client.select(inputId, { activityShare, pathShare }).then(
      (answer) => {
        if (seq < answered.current) return;
        answered.current = seq;
        setShown({ inputId, shares: { activityShare, pathShare }, ...answer });
        setError(null);
      },
      (e: Error) => {
        if (seq === asked.current) setError(e);
      },
    );
  }, [client, inputId, activityShare, pathShare, attempt]);

  const current =
    shown !== null &&
    shown.inputId === inputId &&
    shown.shares.activityShare === activityShare &&
    shown.shares.pathShare === pathShare;
  return {
    selection: shown?.selection ?? null,
    variants: shown?.variants ?? null,
    /** The input the shown selection is of (the layout cache keys on it). */
    inputId: shown?.inputId ?? null,
    /** The selection for the current data and sliders is on its way. */
    isSelecting: !current && error === null,
    error,
    retry: () => {
      if (client?.failed) sharedSelectionClient.discard(client);
      setError(null);
      setAttempt((n) => n + 1);
    },
  };
}
