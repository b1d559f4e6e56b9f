/** Undo/redo history of whole snapshots; quick edits with the same key merge into one step. */
export interface EditHistory<T> {
  past: T[];
  present: T;
  future: T[];
  lastKey: string | null;
  lastAtMs: number;
}

export const HISTORY_LIMIT = 200;
export const MERGE_WINDOW_MS = 1500;

export function createHistory<T>(present: T): EditHistory<T> {
  return { past: [], present, future: [], lastKey: null, lastAtMs: 0 };
}

/**
 * Records `next` as the new present. When `key` equals the previous edit's key and that edit was less
 * than MERGE_WINDOW_MS ago, the present is replaced without a new undo step (typing in one field).
 */
export function recordEdit<T>(
  history: EditHistory<T>,
  next: T,
  key: string | null,
  nowMs: number,
): EditHistory<T> {
  if (next === history.present) return history;
  const merge = key !== null && key === history.lastKey && nowMs - history.lastAtMs < MERGE_WINDOW_MS;
  if (merge) return { ...history, present: next, future: [], lastAtMs: nowMs };
  const past = [...history.past, history.present].slice(-HISTORY_LIMIT);
  return { past, present: next, future: [], lastKey: key, lastAtMs: nowMs };
}

export function undoEdit<T>(history: EditHistory<T>): EditHistory<T> {
  const previous = history.past[history.past.length - 1];
  if (previous === undefined) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
    lastKey: null,
    lastAtMs: 0,
  };
}

export function redoEdit<T>(history: EditHistory<T>): EditHistory<T> {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return {
    past: [...history.past, history.present],
    present: next,
    future: rest,
    lastKey: null,
    lastAtMs: 0,
  };
}
