import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** A change to a view's query parameters: a value sets it, a list repeats it, null removes it. */
export type ViewParamsPatch = Record<string, string | readonly string[] | null>;

/**
 * A view's own state in the URL's query (next to `?filter=`): read with `params`, change with
 * `update(patch)` — a new history entry, so back and forward step through the view's states.
 */
export function useViewParams() {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (patch: ViewParamsPatch, options: { replace?: boolean } = {}) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(patch)) {
            next.delete(key);
            if (value === null) continue;
            if (typeof value === 'string') next.set(key, value);
            else for (const item of value) next.append(key, item);
          }
          return next;
        },
        { replace: options.replace ?? false },
      );
    },
    [setParams],
  );
  return [params, update] as const;
}

/** One of the allowed values of a parameter, or the fallback. */
export function readChoice<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return (allowed as readonly string[]).includes(value ?? '') ? (value as T) : fallback;
}

/** A whole number in [min, max], or the fallback. */
export function readInt(value: string | null, min: number, max: number, fallback: number): number {
  const n = Number(value ?? Number.NaN);
  return value !== null && value !== '' && Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}
