import { useId, type ReactNode } from 'react';
import type { FlowDirection } from './actualFlow.js';
import {
  FLOW_COLUMNS as G,
  routeFlowEdges,
  type FlowColumnsLayout,
  type PlacedFlowNode,
} from './layoutFlowColumns.js';

export interface FlowSvgEdge {
  from: string;
  to: string;
  direction: FlowDirection;
  /** Text on the step (its share), or empty for none. */
  label: string;
  strokeWidth: number;
  /** What hover says (and screen readers). */
  title: string;
}

export interface FlowSvgNode {
  /** How the node is drawn: reached (fill by journeys), not reached, no matcher. */
  state: 'reached' | 'unreached' | 'no-data' | 'designed';
  /** 0..1: its journeys against the busiest node's (reached nodes). */
  intensity: number;
  figures: string[];
  title: string;
}

export interface FlowColumnsSvgProps {
  layout: FlowColumnsLayout;
  nodes: ReadonlyMap<string, FlowSvgNode>;
  edges: readonly FlowSvgEdge[];
  /** The picture's name for screen readers. */
  label: string;
  testId: string;
}

const LABEL_FONT = 10.5;
const labelWidth = (text: string) => (text ? Math.ceil(text.length * 6.2) + 8 : 0);
/** The node fill from light to the explorer's busiest blue (PROCESS_MAP_COLORS.frequency.node). */
const fillFor = (t: number) => {
  const from = [0xf4, 0xf7, 0xfb];
  const to = [0xa9, 0xc0, 0xe0];
  return `rgb(${from.map((c, i) => Math.round(c + (to[i]! - c) * t)).join(' ')})`;
};

/**
 * A journey drawn by phase (layoutFlowColumns): phase names on top in their band colours, the touchpoints
 * in their columns, and the steps between them — straight on for forward steps, dashed where a step skips a
 * touchpoint, in the deviation colour and dotted where it goes back.
 */
export function FlowColumnsSvg({ layout, nodes, edges, label, testId }: FlowColumnsSvgProps) {
  const id = useId().replace(/:/g, '');
  const routed = routeFlowEdges(
    layout,
    edges.map((e) => ({ ...e, labelWidth: labelWidth(e.label) })),
  );
  const marker = (direction: FlowDirection) => `${id}-${direction}`;
  return (
    <svg
      className="flow-svg"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
      role="img"
      aria-label={label}
      data-testid={testId}
    >
      <defs>
        {(['forward', 'skipping', 'backward'] as const).map((direction) => (
          <marker
            key={direction}
            id={marker(direction)}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="9"
            markerHeight="9"
            markerUnits="userSpaceOnUse"
            orient="auto"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" className={`flow-arrowhead is-${direction}`} />
          </marker>
        ))}
      </defs>
      {layout.columns.map((column) => (
        <g key={column.phaseId} className="flow-phase">
          <rect
            x={column.x - G.columnGap / 2 + 4}
            y={column.y}
            width={column.width + G.columnGap - 8}
            height={layout.height - column.y - 6}
            rx={6}
            className="flow-phase-lane"
          />
          <rect
            x={column.x - G.columnGap / 2 + 4}
            y={column.y}
            width={column.width + G.columnGap - 8}
            height={column.height}
            rx={6}
            style={{ fill: `var(--phase-${(column.index % 8) + 1})` }}
          />
          <text className="flow-phase-name" x={column.x + column.width / 2} y={column.y + 14}>
            {column.lines.map((line, i) => (
              <tspan key={i} x={column.x + column.width / 2} dy={i === 0 ? 0 : 13}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
      <g className="flow-edges">
        {routed.map(({ edge, path }) => (
          <g
            key={`${edge.from}>${edge.to}`}
            className={`flow-edge is-${edge.direction}`}
            data-testid="flow-edge"
            data-direction={edge.direction}
          >
            <title>{edge.title}</title>
            <path d={path} strokeWidth={edge.strokeWidth} markerEnd={`url(#${marker(edge.direction)})`} />
          </g>
        ))}
      </g>
      {layout.nodes.map((placed) => (
        <FlowNode key={placed.touchpointId} placed={placed} node={nodes.get(placed.touchpointId)} />
      ))}
      <g className="flow-labels" aria-hidden="true">
        {routed
          .filter(({ edge }) => edge.label)
          .map(({ edge, labelBox }) => (
            <g key={`${edge.from}>${edge.to}`} className={`flow-label is-${edge.direction}`}>
              <rect x={labelBox.x} y={labelBox.y} width={labelBox.width} height={labelBox.height} rx={3} />
              <text
                x={labelBox.x + labelBox.width / 2}
                y={labelBox.y + labelBox.height / 2 + LABEL_FONT / 2 - 1.5}
                fontSize={LABEL_FONT}
              >
                {edge.label}
              </text>
            </g>
          ))}
      </g>
    </svg>
  );
}

function FlowNode({ placed, node }: { placed: PlacedFlowNode; node: FlowSvgNode | undefined }): ReactNode {
  const state = node?.state ?? 'no-data';
  const cx = placed.x + placed.width / 2;
  const nameTop = placed.y + G.paddingY + G.nameLineHeight - 3;
  const figuresTop = placed.y + G.paddingY + placed.lines.length * G.nameLineHeight + G.figureLineHeight - 3;
  return (
    <g
      className={`flow-node is-${state}`}
      data-testid="flow-node"
      data-touchpoint-id={placed.touchpointId}
      data-state={state}
    >
      <title>{node?.title ?? ''}</title>
      <rect
        x={placed.x}
        y={placed.y}
        width={placed.width}
        height={placed.height}
        rx={7}
        style={state === 'reached' ? { fill: fillFor(node?.intensity ?? 0) } : undefined}
      />
      <text className="flow-node-name" x={cx} y={nameTop}>
        {placed.lines.map((line, i) => (
          <tspan key={i} x={cx} dy={i === 0 ? 0 : G.nameLineHeight}>
            {line}
          </tspan>
        ))}
      </text>
      <text className="flow-node-figure" x={cx} y={figuresTop}>
        {(node?.figures ?? []).map((line, i) => (
          <tspan key={i} x={cx} dy={i === 0 ? 0 : G.figureLineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}
