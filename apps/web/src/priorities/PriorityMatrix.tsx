import type { IdeaCriterion } from '@trailmap/domain';
import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  bubbleRadius,
  CENTRE_SCORE,
  feasibilityToX,
  MATRIX_FRAME,
  placeBubbles,
  reachToY,
  xToFeasibility,
  yToReach,
} from './matrixGeometry.js';
import type { PriorityIdea } from './prioritiesApi.js';

export interface PriorityMatrixProps {
  ideas: readonly PriorityIdea[];
  /** The criterion that sizes the bubbles. */
  sizeBy: IdeaCriterion | 'score';
  /** Re-score reach and feasibility (drag or arrow keys); absent: read only. */
  onRescore?: (idea: PriorityIdea, reach: number, feasibility: number) => void;
}

const f = MATRIX_FRAME;
const SCORES = [1, 2, 3, 4, 5];

/** A point of a pointer event in the SVG's own units (its viewBox). */
function toSvgPoint(svg: SVGSVGElement, event: PointerEvent): { x: number; y: number } {
  const box = svg.getBoundingClientRect();
  return {
    x: ((event.clientX - box.left) / box.width) * f.width,
    y: ((event.clientY - box.top) / box.height) * f.height,
  };
}

/**
 * The reach × feasibility bubble matrix: feasibility left (hard) to right (quick), reach bottom to top,
 * centre lines at 3 with the quadrants named, one focusable bubble per scored idea (size: another
 * criterion). Dragging a bubble or pressing the arrow keys on it re-scores the idea.
 */
export function PriorityMatrix({ ideas, sizeBy, onRescore }: PriorityMatrixProps) {
  const { t } = useTranslation('priorities');
  const svgRef = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ id: string; x: number; y: number; moved: boolean } | null>(null);
  const scored = ideas.filter((i) => i.scores.reach.value !== null && i.scores.feasibility.value !== null);
  const placed = placeBubbles(
    scored.map((i) => ({ id: i.id, reach: i.scores.reach.value!, feasibility: i.scores.feasibility.value! })),
  );
  const sizeOf = (idea: PriorityIdea) => (sizeBy === 'score' ? idea.score : idea.scores[sizeBy].value);
  const centreX = (feasibilityToX(CENTRE_SCORE) + feasibilityToX(CENTRE_SCORE - 1)) / 2;
  const centreY = (reachToY(CENTRE_SCORE) + reachToY(CENTRE_SCORE - 1)) / 2;
  const plotRight = f.width - f.right;
  const plotBottom = f.height - f.bottom;

  const labelOf = (idea: PriorityIdea) =>
    t('matrix.bubbleLabel', {
      title: idea.title,
      reach: idea.scores.reach.value,
      reachBasis: t(`basis.${idea.scores.reach.basis}`),
      feasibility: idea.scores.feasibility.value,
      size: sizeOf(idea) ?? t('table.unscored'),
      sizeName: t(`criteria.${sizeBy}`),
    });

  const onKeyDown = (idea: PriorityIdea, event: KeyboardEvent) => {
    if (!onRescore) return;
    const reach = idea.scores.reach.value!;
    const feasibility = idea.scores.feasibility.value!;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [1, 0],
      ArrowDown: [-1, 0],
      ArrowRight: [0, 1],
      ArrowLeft: [0, -1],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const next = [
      Math.min(5, Math.max(1, reach + move[0])),
      Math.min(5, Math.max(1, feasibility + move[1])),
    ] as const;
    if (next[0] !== reach || next[1] !== feasibility) onRescore(idea, next[0], next[1]);
  };

  return (
    <figure className="pr-matrix" data-testid="priority-matrix">
      <svg
        ref={svgRef}
        viewBox={`0 0 ${f.width} ${f.height}`}
        role="group"
        aria-label={t('matrix.label')}
        className="pr-matrix__svg"
      >
        <rect
          x={f.left}
          y={f.top}
          width={plotRight - f.left}
          height={plotBottom - f.top}
          className="pr-plot"
        />
        <rect
          x={centreX}
          y={f.top}
          width={plotRight - centreX}
          height={centreY - f.top}
          className="pr-quadrant pr-quadrant--quick"
        />
        {(
          [
            ['quick-wins', plotRight - 8, f.top + 18, 'end'],
            ['big-bets', f.left + 8, f.top + 18, 'start'],
            ['fill-ins', plotRight - 8, centreY + 18, 'end'],
            ['think-twice', f.left + 8, centreY + 18, 'start'],
          ] as const
        ).map(([quadrant, x, y, anchor]) => (
          <text key={quadrant} x={x} y={y} textAnchor={anchor} className="pr-quadrant-label">
            {t(`matrix.quadrants.${quadrant}`)}
          </text>
        ))}
        <line x1={centreX} x2={centreX} y1={f.top} y2={plotBottom} className="pr-centre" />
        <line x1={f.left} x2={plotRight} y1={centreY} y2={centreY} className="pr-centre" />
        {SCORES.map((s) => (
          <g key={s} aria-hidden="true">
            <text x={feasibilityToX(s)} y={plotBottom + 16} textAnchor="middle" className="pr-tick">
              {s}
            </text>
            <text x={f.left - 10} y={reachToY(s) + 4} textAnchor="end" className="pr-tick">
              {s}
            </text>
          </g>
        ))}
        <text x={(f.left + plotRight) / 2} y={f.height - 8} textAnchor="middle" className="pr-axis">
          {t('matrix.xAxis')}
        </text>
        <text
          x={16}
          y={(f.top + plotBottom) / 2}
          textAnchor="middle"
          transform={`rotate(-90 16 ${(f.top + plotBottom) / 2})`}
          className="pr-axis"
        >
          {t('matrix.yAxis')}
        </text>
        {scored.map((idea) => {
          const at = drag?.id === idea.id && drag.moved ? drag : placed.get(idea.id)!;
          const r = bubbleRadius(sizeOf(idea));
          const measured = idea.scores.reach.basis === 'measured';
          return (
            <g
              key={idea.id}
              className={`pr-bubble${measured ? ' pr-bubble--measured' : ''}${drag?.id === idea.id ? ' pr-bubble--dragging' : ''}`}
              tabIndex={0}
              role="button"
              aria-label={labelOf(idea)}
              aria-keyshortcuts="ArrowUp ArrowDown ArrowLeft ArrowRight"
              data-testid={`bubble-${idea.id}`}
              data-reach={idea.scores.reach.value!}
              data-feasibility={idea.scores.feasibility.value!}
              onKeyDown={(e) => onKeyDown(idea, e)}
              onPointerDown={(e) => {
                if (!onRescore || !svgRef.current) return;
                (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
                setDrag({ id: idea.id, ...toSvgPoint(svgRef.current, e), moved: false });
              }}
              onPointerMove={(e) => {
                if (drag?.id !== idea.id || !svgRef.current) return;
                setDrag({ id: idea.id, ...toSvgPoint(svgRef.current, e), moved: true });
              }}
              onPointerUp={(e) => {
                if (drag?.id !== idea.id || !svgRef.current) return;
                const point = toSvgPoint(svgRef.current, e);
                setDrag(null);
                if (!drag.moved || !onRescore) return;
                const reach = yToReach(point.y);
                const feasibility = xToFeasibility(point.x);
                if (reach !== idea.scores.reach.value || feasibility !== idea.scores.feasibility.value)
                  onRescore(idea, reach, feasibility);
              }}
              onPointerCancel={() => setDrag(null)}
            >
              <title>{labelOf(idea)}</title>
              <circle cx={at.x} cy={at.y} r={r} />
              <text
                x={at.x}
                y={at.y + r + 12}
                textAnchor="middle"
                className="pr-bubble-title"
                aria-hidden="true"
              >
                {idea.title.length > 24 ? `${idea.title.slice(0, 23)}…` : idea.title}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="muted">
        {onRescore ? t('matrix.captionEdit') : t('matrix.caption')}{' '}
        {ideas.length > scored.length ? t('matrix.unplaced', { count: ideas.length - scored.length }) : ''}
      </figcaption>
    </figure>
  );
}
