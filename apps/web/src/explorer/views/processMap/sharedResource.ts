/**
 * One instance of something costly (a worker) for whoever uses it, ended when nobody has used it for
 * `idleMs`: leaving the map for another tab and coming back finds its workers started and warm.
 */
export function createShared<T>(make: () => T, end: (value: T) => void, idleMs: number) {
  let current: { value: T; users: number; idle: ReturnType<typeof setTimeout> | null } | null = null;
  return {
    acquire(): T {
      if (!current) current = { value: make(), users: 0, idle: null };
      if (current.idle) clearTimeout(current.idle);
      current.idle = null;
      current.users++;
      return current.value;
    },
    release(value: T): void {
      if (!current || current.value !== value) return;
      current.users = Math.max(0, current.users - 1);
      if (current.users > 0) return;
      const held = current;
      held.idle = setTimeout(() => {
        if (current !== held || held.users > 0) return;
        current = null;
        end(held.value);
      }, idleMs);
    },
    /** Ends it now (a worker that failed): the next `acquire` makes a new one. */
    discard(value: T): void {
      if (!current || current.value !== value) return;
      if (current.idle) clearTimeout(current.idle);
      current = null;
      end(value);
    },
  };
}

/** How long the map's workers outlive the map's view. */
export const IDLE_WORKER_MS = 60_000;
