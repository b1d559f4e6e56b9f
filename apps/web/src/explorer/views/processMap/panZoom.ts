/** Where the drawing sits in its viewport: shifted by (x, y) px, then scaled by k. */
export interface View {
  x: number;
  y: number;
  k: number;
}

export const MIN_SCALE = 0.05;
export const MAX_SCALE = 4;
/** One step of the + and − buttons and keys. */
export const ZOOM_STEP = 1.25;
/** The smallest scale the map opens at: its 13 px names stay over 10 px on screen. */
export const READABLE_SCALE = 0.8;

const clampScale = (k: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, k));

/** Zooms by `factor` keeping the point (px, py) of the viewport where it is. */
export function zoomAt(view: View, factor: number, px: number, py: number): View {
  const k = clampScale(view.k * factor);
  const ratio = k / view.k;
  return { k, x: px - (px - view.x) * ratio, y: py - (py - view.y) * ratio };
}

/** The whole drawing in the viewport, centred, never larger than its own size. */
export function fitView(width: number, height: number, viewportWidth: number, viewportHeight: number): View {
  if (width <= 0 || height <= 0 || viewportWidth <= 0 || viewportHeight <= 0) return { x: 0, y: 0, k: 1 };
  const k = clampScale(Math.min(1, viewportWidth / width, viewportHeight / height));
  return { k, x: (viewportWidth - width * k) / 2, y: (viewportHeight - height * k) / 2 };
}

/**
 * Where a map opens: the whole width when it fits at a readable scale, else readable and centred on
 * `anchorX` (the start node); from the top, where cases begin.
 */
export function openingView(
  width: number,
  height: number,
  viewportWidth: number,
  viewportHeight: number,
  anchorX: number,
): View {
  if (width <= 0 || height <= 0 || viewportWidth <= 0 || viewportHeight <= 0) return { x: 0, y: 0, k: 1 };
  const fit = fitView(width, height, viewportWidth, viewportHeight);
  if (fit.k >= READABLE_SCALE) return fit;
  const k = Math.min(1, Math.max(READABLE_SCALE, viewportWidth / width));
  const x =
    width * k <= viewportWidth
      ? (viewportWidth - width * k) / 2
      : Math.min(0, Math.max(viewportWidth - width * k, viewportWidth / 2 - anchorX * k));
  return { k, x, y: 0 };
}

/** Moves the view as little as possible so the box (drawing coordinates) is inside the viewport. */
export function revealBox(
  view: View,
  box: { x: number; y: number; width: number; height: number },
  viewportWidth: number,
  viewportHeight: number,
  margin = 24,
): View {
  const left = view.x + box.x * view.k;
  const top = view.y + box.y * view.k;
  const right = left + box.width * view.k;
  const bottom = top + box.height * view.k;
  let { x, y } = view;
  if (right > viewportWidth - margin) x -= right - (viewportWidth - margin);
  if (left + (x - view.x) < margin) x += margin - (left + (x - view.x));
  if (bottom > viewportHeight - margin) y -= bottom - (viewportHeight - margin);
  if (top + (y - view.y) < margin) y += margin - (top + (y - view.y));
  return { ...view, x, y };
}

/** The view moved so the box (drawing coordinates) sits in the middle of the viewport. */
export function centreOn(
  view: View,
  box: { x: number; y: number; width: number; height: number },
  viewportWidth: number,
  viewportHeight: number,
): View {
  return {
    ...view,
    x: viewportWidth / 2 - (box.x + box.width / 2) * view.k,
    y: viewportHeight / 2 - (box.y + box.height / 2) * view.k,
  };
}
