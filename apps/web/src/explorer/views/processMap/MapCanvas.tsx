import type { ProcessMapLayout } from '@trailmap/viz';
import { Maximize, Minus, Plus } from 'lucide-react';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent as ReactFocusEvent,
  type KeyboardEvent as ReactKeyboardEvent,
  type MouseEvent as ReactMouseEvent,
  type PointerEvent as ReactPointerEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { centreOn, fitView, openingView, revealBox, zoomAt, ZOOM_STEP, type View } from './panZoom.js';
import type { ProcessMapFocus } from './processMapParams.js';

export interface MapCanvasProps {
  /** The map as `renderProcessMapSvg` draws it (escaped, deterministic viz output). */
  svg: string;
  layout: ProcessMapLayout;
  /** Changes when the geometry does (a new selection); the view re-opens unless the user moved it. */
  layoutKey: string;
  focus: ProcessMapFocus | null;
  onSelect: (focus: ProcessMapFocus | null) => void;
  /** Dimmed while a newer map is laid out. */
  stale?: boolean;
}

/** Movement in px after which a press is a drag, not a click. */
const DRAG_THRESHOLD = 4;
const PAN_STEP = 80;

function targetOf(element: Element | null): ProcessMapFocus | null {
  const g = element?.closest('[data-activity], [data-edge]');
  if (!g) return null;
  const activity = g.getAttribute('data-activity');
  if (activity !== null) return { kind: 'activity', activity };
  const from = g.getAttribute('data-from');
  const to = g.getAttribute('data-to');
  // the edges from the start and to the end have no activity on one side: nothing to open
  return from && to ? { kind: 'edge', from, to } : null;
}

function matches(g: Element, focus: ProcessMapFocus): boolean {
  return focus.kind === 'activity'
    ? g.getAttribute('data-activity') === focus.activity
    : g.getAttribute('data-from') === focus.from && g.getAttribute('data-to') === focus.to;
}

/** Where a map opens across: between the start and the activity most cases begin with. */
function anchorX(layout: ProcessMapLayout): number {
  const centre = (id: string) => {
    const n = layout.nodes.find((p) => p.node.id === id);
    return n ? n.x + n.width / 2 : null;
  };
  const start = layout.nodes.find((n) => n.node.kind === 'start');
  if (!start) return layout.width / 2;
  const first = layout.edges
    .filter((e) => e.edge.from === start.node.id)
    .reduce<(typeof layout.edges)[number] | null>(
      (a, e) => (a && a.edge.count >= e.edge.count ? a : e),
      null,
    );
  const startX = centre(start.node.id)!;
  const firstX = first ? centre(first.edge.to) : null;
  return firstX === null ? startX : (startX + firstX) / 2;
}

/**
 * The map in a viewport that pans and zooms: drag (mouse, pen, one finger), wheel or pinch to zoom,
 * arrow keys to move, + − 0 to zoom and fit, and the buttons. Activities and direct steps are buttons:
 * click, or Tab to them and press Enter.
 */
export function MapCanvas({ svg, layout, layoutKey, focus, onSelect, stale }: MapCanvasProps) {
  const { t } = useTranslation('explorer');
  const viewportRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const [view, setViewState] = useState<View>({ x: 0, y: 0, k: 1 });
  const viewRef = useRef(view);
  const touched = useRef(false);
  const setView = useCallback((next: View | ((v: View) => View), byUser = true) => {
    const value = typeof next === 'function' ? next(viewRef.current) : next;
    viewRef.current = value;
    if (byUser) touched.current = true;
    setViewState(value);
  }, []);

  // the viewport's size, as the ResizeObserver last saw it: reading clientWidth right after a new map
  // is inserted would make the browser lay the whole drawing out at once, in the same task
  const viewport = useRef<{ w: number; h: number } | null>(null);
  const size = () => {
    if (!viewport.current) {
      const el = viewportRef.current;
      viewport.current = { w: el?.clientWidth ?? 0, h: el?.clientHeight ?? 0 };
    }
    return viewport.current;
  };
  const latestLayout = useRef(layout);
  latestLayout.current = layout;

  const latestFocus = useRef(focus);
  latestFocus.current = focus;
  /** The view a map opens at (readable, from its start), with a linked activity in it. */
  const opening = useCallback((): View => {
    const { w, h } = size();
    const l = latestLayout.current;
    const view = openingView(l.width, l.height, w, h, anchorX(l));
    const f = latestFocus.current;
    const shown = f?.kind === 'activity' && l.nodes.find((n) => n.node.activity === f.activity);
    return shown ? centreOn(view, shown, w, h) : view;
  }, []);

  // a new map opens at its start, readable; once the user has moved the view, it stays where it is
  useLayoutEffect(() => {
    if (!touched.current) setView(opening(), false);
    // only a new geometry re-opens the view
  }, [layoutKey, opening, setView]);

  // the viewport changes size (the side panel opens, the window turns): re-open an untouched view
  useEffect(() => {
    const el = viewportRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) viewport.current = { w: entry.contentRect.width, h: entry.contentRect.height };
      if (!touched.current) setView(opening(), false);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [opening, setView]);

  // activities and direct steps become buttons with names; thin paths get a wider invisible hit area
  // (after the map is painted: on a map of hundreds of paths this is a task of its own)
  useEffect(() => {
    const stage = stageRef.current;
    if (!stage) return;
    // the picture holds buttons here, so it is a group of them, not an image (whose parts are hidden)
    stage.querySelector('svg')?.setAttribute('role', 'group');
    const titles = new Map<string, string>();
    stage.querySelectorAll('.paths > g[data-edge]').forEach((g) => {
      titles.set(g.getAttribute('data-edge') ?? '', g.querySelector('title')?.textContent ?? '');
      if (!g.getAttribute('data-from') || !g.getAttribute('data-to')) return;
      const path = g.querySelector('path');
      if (!path) return;
      const hit = path.cloneNode() as SVGPathElement;
      hit.setAttribute('stroke', 'transparent');
      hit.setAttribute('stroke-width', '14');
      hit.removeAttribute('stroke-dasharray');
      hit.setAttribute('class', 'pm-hit');
      g.insertBefore(hit, path);
    });
    stage.querySelectorAll('g[data-activity]').forEach((g) => {
      g.setAttribute('tabindex', '0');
      g.setAttribute('role', 'button');
      g.setAttribute(
        'aria-label',
        g.querySelector('title')?.textContent ?? g.getAttribute('data-activity') ?? '',
      );
    });
    stage.querySelectorAll('.path-labels > g[data-edge]').forEach((g) => {
      if (!g.getAttribute('data-from') || !g.getAttribute('data-to')) return;
      g.setAttribute('tabindex', '0');
      g.setAttribute('role', 'button');
      g.setAttribute('aria-label', titles.get(g.getAttribute('data-edge') ?? '') ?? '');
    });
  }, [svg]);

  // the activity or step in the side panel is marked on the map
  useLayoutEffect(() => {
    const stage = stageRef.current;
    if (!stage) return;
    stage.querySelectorAll('.is-selected').forEach((g) => g.classList.remove('is-selected'));
    if (!focus) return;
    stage.querySelectorAll('g[data-activity], g[data-edge]').forEach((g) => {
      if (matches(g, focus)) {
        g.classList.add('is-selected');
        g.setAttribute('aria-pressed', 'true');
      } else g.removeAttribute('aria-pressed');
    });
  }, [svg, focus]);

  // the wheel zooms about the pointer (a trackpad pinch arrives as a wheel with ctrlKey)
  useEffect(() => {
    const el = viewportRef.current;
    if (!el) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? el.clientHeight : 1;
      const delta = event.deltaY * unit;
      const factor = Math.exp(-delta * (event.ctrlKey ? 0.01 : 0.0015));
      const rect = el.getBoundingClientRect();
      setView((v) => zoomAt(v, factor, event.clientX - rect.left, event.clientY - rect.top));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [setView]);

  // drag to pan, two fingers to pinch
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const press = useRef<{ x: number; y: number; moved: boolean } | null>(null);
  const onPointerDown = (event: ReactPointerEvent<HTMLDivElement>) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (pointers.current.size === 1) press.current = { x: event.clientX, y: event.clientY, moved: false };
  };
  const onPointerMove = (event: ReactPointerEvent<HTMLDivElement>) => {
    const before = pointers.current.get(event.pointerId);
    if (!before) return;
    const now = { x: event.clientX, y: event.clientY };
    const el = viewportRef.current!;
    if (pointers.current.size >= 2) {
      const [a, b] = [...pointers.current.entries()];
      const other = a![0] === event.pointerId ? b![1] : a![1];
      const rect = el.getBoundingClientRect();
      const distBefore = Math.hypot(before.x - other.x, before.y - other.y) || 1;
      const distNow = Math.hypot(now.x - other.x, now.y - other.y) || 1;
      const mid = { x: (now.x + other.x) / 2 - rect.left, y: (now.y + other.y) / 2 - rect.top };
      const midBefore = { x: (before.x + other.x) / 2 - rect.left, y: (before.y + other.y) / 2 - rect.top };
      pointers.current.set(event.pointerId, now);
      if (press.current) press.current.moved = true;
      setView((v) => {
        const zoomed = zoomAt(v, distNow / distBefore, mid.x, mid.y);
        return { ...zoomed, x: zoomed.x + mid.x - midBefore.x, y: zoomed.y + mid.y - midBefore.y };
      });
      return;
    }
    pointers.current.set(event.pointerId, now);
    const start = press.current;
    if (!start) return;
    if (!start.moved && Math.hypot(now.x - start.x, now.y - start.y) > DRAG_THRESHOLD) {
      start.moved = true;
      el.setPointerCapture?.(event.pointerId);
    }
    if (start.moved) setView((v) => ({ ...v, x: v.x + now.x - before.x, y: v.y + now.y - before.y }));
  };
  const onPointerEnd = (event: ReactPointerEvent<HTMLDivElement>) => {
    pointers.current.delete(event.pointerId);
  };
  const onClick = (event: ReactMouseEvent<HTMLDivElement>) => {
    const wasDrag = press.current?.moved ?? false;
    press.current = null;
    if (wasDrag) return;
    const target = targetOf(event.target as Element);
    if (target) onSelect(target);
  };

  const zoomBy = (factor: number) => {
    const { w, h } = size();
    setView((v) => zoomAt(v, factor, w / 2, h / 2));
  };
  const fit = () => {
    const { w, h } = size();
    setView(fitView(layout.width, layout.height, w, h));
  };

  const onKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    const target = event.target as Element;
    if ((event.key === 'Enter' || event.key === ' ') && target !== event.currentTarget) {
      const hit = targetOf(target);
      if (hit) {
        event.preventDefault();
        onSelect(hit);
      }
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const pan: Record<string, [number, number]> = {
      ArrowLeft: [PAN_STEP, 0],
      ArrowRight: [-PAN_STEP, 0],
      ArrowUp: [0, PAN_STEP],
      ArrowDown: [0, -PAN_STEP],
    };
    const step = pan[event.key];
    if (step) {
      event.preventDefault();
      setView((v) => ({ ...v, x: v.x + step[0], y: v.y + step[1] }));
    } else if (event.key === '+' || event.key === '=') {
      event.preventDefault();
      zoomBy(ZOOM_STEP);
    } else if (event.key === '-' || event.key === '_') {
      event.preventDefault();
      zoomBy(1 / ZOOM_STEP);
    } else if (event.key === '0') {
      event.preventDefault();
      fit();
    } else if (event.key === 'Escape' && focus) {
      onSelect(null);
    }
  };

  // Tab to an activity off screen brings it into view
  const onFocus = (event: ReactFocusEvent<HTMLDivElement>) => {
    const g = event.target as Element;
    if (!(g instanceof SVGGraphicsElement) || typeof g.getBBox !== 'function') return;
    const box = g.getBBox();
    const { w, h } = size();
    // the zoom buttons sit in the lower right corner: keep clear of them
    setView((v) => revealBox(v, box, w, h, 64), false);
  };

  return (
    <div className="pm-canvas-wrap">
      <div
        ref={viewportRef}
        className={`pm-canvas${stale ? ' is-stale' : ''}`}
        tabIndex={0}
        role="group"
        aria-label={t('processMap.canvasLabel')}
        aria-describedby="pm-canvas-help"
        data-testid="process-map-canvas"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd}
        onPointerCancel={onPointerEnd}
        onClick={onClick}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      >
        <div
          ref={stageRef}
          className="pm-stage"
          style={{
            width: layout.width,
            height: layout.height,
            transform: `translate(${view.x}px, ${view.y}px) scale(${view.k})`,
          }}
          data-testid="process-map"
          dangerouslySetInnerHTML={{ __html: svg }}
        />
      </div>
      <p id="pm-canvas-help" className="visually-hidden">
        {t('processMap.canvasHelp')}
      </p>
      <div className="pm-zoom" role="toolbar" aria-label={t('processMap.zoom.label')}>
        <button
          type="button"
          className="icon-btn"
          onClick={() => zoomBy(ZOOM_STEP)}
          aria-label={t('processMap.zoom.in')}
          title={t('processMap.zoom.in')}
          data-testid="process-map-zoom-in"
        >
          <Plus size={16} aria-hidden="true" />
        </button>
        <output className="pm-zoom-level" aria-label={t('processMap.zoom.level')}>
          {Math.round(view.k * 100)} %
        </output>
        <button
          type="button"
          className="icon-btn"
          onClick={() => zoomBy(1 / ZOOM_STEP)}
          aria-label={t('processMap.zoom.out')}
          title={t('processMap.zoom.out')}
          data-testid="process-map-zoom-out"
        >
          <Minus size={16} aria-hidden="true" />
        </button>
        <button
          type="button"
          className="icon-btn"
          onClick={fit}
          aria-label={t('processMap.zoom.fit')}
          title={t('processMap.zoom.fit')}
          data-testid="process-map-fit"
        >
          <Maximize size={16} aria-hidden="true" />
        </button>
      </div>
    </div>
  );
}
