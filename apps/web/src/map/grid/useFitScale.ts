import { useLayoutEffect, useState, type RefObject } from 'react';

/** The smallest scale we zoom out to; below it the text is no longer readable on a projector. */
export const MIN_WALL_SCALE = 0.3;

/**
 * The scale (≤ 1) at which `content` fits inside `frame`, measured again when either resizes; 1 when off.
 * The content's own size is measured untransformed (offsetWidth/offsetHeight ignore transforms).
 */
export function useFitScale(
  frame: RefObject<HTMLElement | null>,
  content: RefObject<HTMLElement | null>,
  enabled: boolean,
): { scale: number; width: number; height: number } {
  const [fit, setFit] = useState({ scale: 1, width: 0, height: 0 });
  useLayoutEffect(() => {
    const outer = frame.current;
    const inner = content.current;
    if (!enabled || !outer || !inner) {
      setFit({ scale: 1, width: 0, height: 0 });
      return;
    }
    const measure = () => {
      const width = inner.offsetWidth;
      const height = inner.offsetHeight;
      if (width === 0 || height === 0) return;
      const scale = Math.max(
        MIN_WALL_SCALE,
        Math.min(1, (outer.clientWidth - 2) / width, (outer.clientHeight - 2) / height),
      );
      setFit({ scale, width, height });
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(outer);
    observer.observe(inner);
    return () => observer.disconnect();
  }, [frame, content, enabled]);
  return fit;
}
