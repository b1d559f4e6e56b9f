const KEY = 'trailmap.lastVisited';

/** Remembers the last workspace page (a map, a list) so `/` can return to it. */
export function rememberVisit(path: string) {
  try {
    localStorage.setItem(KEY, path);
  } catch {
    /* storage may be unavailable (private mode); then `/` opens the first workspace */
  }
}

export function useLastVisited(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}
