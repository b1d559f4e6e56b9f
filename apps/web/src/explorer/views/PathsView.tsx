import { layoutPathsSankey, wrapText, type PathsGraph, type PathsSankeyNode } from '@trailmap/viz';
import { useId, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.js';
import { ErrorAlert } from '../../ui/ErrorAlert.js';
import { addToFilter } from '../explorerFilter.js';
import { useDatasetQuery } from '../useDatasetQuery.js';
import { useElementWidth } from '../useElementWidth.js';
import { readChoice, readInt, useViewParams } from '../useViewParams.js';
import type { ExplorerViewProps } from './ExplorerViewProps.js';
import './views.css';

interface StepTime {
  activity: string;
  events: number;
}
interface StartEnd {
  startActivities: { activity: string; cases: number }[];
  endActivities: { activity: string; cases: number }[];
}
interface Summary {
  cases: number;
}

const DIRECTIONS = ['from', 'to'] as const;
const DEPTHS = [1, 2, 3, 4, 5] as const;
/** At most this many nodes per step, and a node needs this share of the anchor's cases, else it is joined. */
const MAX_NODES_PER_STEP = 8;
const MIN_SHARE = 0.02;
const NODE_WIDTH = 12;
const NODE_PADDING = 18;
const LABEL_FONT_PX = 12;
const LINE_PX = 14;
const HEAD_PX = 28;
const MIN_COLUMN_PX = 180;

/**
 * `…/paths?anchor=&direction=from|to&depth=1–5`: a Sankey of what happens after (or before) an anchor
 * activity, step by step. Clicking a node keeps the cases that contain its activity.
 */
export default function PathsView({ workspaceId, datasetId, filter, onFilterChange }: ExplorerViewProps) {
  const { t } = useTranslation('explorer');
  const format = useFormat();
  const id = useId();
  const [params, update] = useViewParams();
  const direction = readChoice(params.get('direction'), DIRECTIONS, 'from');
  const depth = readInt(params.get('depth'), 1, 5, 3);
  const chosen = params.get('anchor');

  // the choices come from the whole dataset, like the filter menu's
  const activities = useDatasetQuery<StepTime[]>(workspaceId, datasetId, 'step-times', {});
  const startEnd = useDatasetQuery<StartEnd>(
    workspaceId,
    datasetId,
    'start-end',
    filter,
    {},
    {
      enabled: !chosen,
    },
  );
  const fallback =
    direction === 'from'
      ? startEnd.data?.startActivities[0]?.activity
      : startEnd.data?.endActivities[0]?.activity;
  const anchor = chosen ?? fallback ?? '';
  const paths = useDatasetQuery<PathsGraph>(
    workspaceId,
    datasetId,
    'paths',
    filter,
    { anchor, direction, depth },
    { enabled: anchor !== '' },
  );
  const summary = useDatasetQuery<Summary>(workspaceId, datasetId, 'summary', filter);
  const activityNames = useMemo(
    () => [...(activities.data ?? [])].map((a) => a.activity).sort((a, b) => a.localeCompare(b)),
    [activities.data],
  );

  const shown = anchor ? paths.data : undefined;
  const anchorCases = shown?.nodes.find((n) => n.offset === 0)?.cases ?? 0;
  const inScope = summary.data?.cases ?? 0;
  const notShown = Math.max(0, inScope - anchorCases);
  const percent = (share: number) => format.number(share, { style: 'percent', maximumFractionDigits: 1 });

  return (
    <section className="explorer-view" aria-labelledby={`${id}-heading`} data-testid="paths-view">
      <div className="explorer-view-head">
        <h2 id={`${id}-heading`}>{t('paths.title')}</h2>
      </div>
      <div className="view-controls">
        <label className="inline-field">
          <span>{t('paths.anchor')}</span>
          <select
            value={anchor}
            onChange={(e) => update({ anchor: e.target.value })}
            data-testid="paths-anchor"
          >
            {anchor && !activityNames.includes(anchor) && <option value={anchor}>{anchor}</option>}
            {activityNames.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          <span>{t('paths.direction')}</span>
          <select
            value={direction}
            onChange={(e) => update({ direction: e.target.value, ...(chosen ? {} : { anchor: null }) })}
            data-testid="paths-direction"
          >
            {DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {t(`paths.directions.${d}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          <span>{t('paths.depth')}</span>
          <select value={depth} onChange={(e) => update({ depth: e.target.value })} data-testid="paths-depth">
            {DEPTHS.map((d) => (
              <option key={d} value={d}>
                {t('paths.steps', { count: d })}
              </option>
            ))}
          </select>
        </label>
      </div>
      {paths.isError && <ErrorAlert error={paths.error} onRetry={() => void paths.refetch()} />}
      {!anchor && !startEnd.isPending && <p className="empty-state">{t('paths.pickAnchor')}</p>}
      {shown && summary.data && (
        <p className="view-note" data-testid="paths-not-shown" role="status">
          {anchorCases === 0
            ? t('paths.noneReach', { anchor: shown.anchor, cases: format.number(inScope) })
            : t(shown.direction === 'from' ? 'paths.notShownFrom' : 'paths.notShownTo', {
                anchor: shown.anchor,
                reached: format.number(anchorCases),
                inScope: format.number(inScope),
                notShown: format.number(notShown),
                share: percent(inScope ? notShown / inScope : 0),
              })}
        </p>
      )}
      {shown && anchorCases > 0 && (
        <>
          <PathsSankey
            paths={shown}
            onPick={(activity) => onFilterChange(addToFilter(filter, 'contains', activity))}
            stale={paths.isPlaceholderData}
          />
          <p className="muted view-note">
            {t('paths.grouping', {
              share: percent(MIN_SHARE),
              max: MAX_NODES_PER_STEP - 1,
            })}{' '}
            {t(direction === 'from' ? 'paths.narrowFrom' : 'paths.narrowTo')} {t('paths.clickHint')}
          </p>
          <PathsTable paths={shown} />
        </>
      )}
    </section>
  );
}

function PathsSankey({
  paths,
  onPick,
  stale,
}: {
  paths: PathsGraph;
  onPick: (activity: string) => void;
  stale: boolean;
}) {
  const { t } = useTranslation('explorer');
  const format = useFormat();
  const box = useRef<HTMLDivElement>(null);
  const boxWidth = useElementWidth(box);
  const layout = useMemo(() => {
    const perStep = new Map<number, number>();
    for (const node of paths.nodes) perStep.set(node.offset, (perStep.get(node.offset) ?? 0) + 1);
    const columns = Math.max(1, perStep.size);
    const tallest = Math.min(MAX_NODES_PER_STEP, Math.max(1, ...perStep.values()));
    return layoutPathsSankey(paths, {
      width: Math.max(boxWidth, columns * MIN_COLUMN_PX),
      height: Math.max(240, Math.min(620, tallest * 56)),
      nodeWidth: NODE_WIDTH,
      nodePadding: NODE_PADDING,
      maxNodesPerStep: MAX_NODES_PER_STEP,
      minShare: MIN_SHARE,
    });
  }, [paths, boxWidth]);
  const byId = useMemo(() => new Map(layout.nodes.map((n) => [n.id, n])), [layout]);

  const nameOf = (node: PathsSankeyNode) =>
    node.activity ?? t('paths.other', { count: node.activities.length });
  const stepLabel = (offset: number) =>
    offset === 0
      ? t('paths.stepAnchor')
      : t(offset > 0 ? 'paths.stepAfter' : 'paths.stepBefore', { count: Math.abs(offset) });
  const describe = (node: PathsSankeyNode) =>
    [
      `${nameOf(node)}: ${t('paths.cases', { count: node.cases, formatted: format.number(node.cases) })}`,
      node.endCases > 0
        ? t(paths.direction === 'from' ? 'paths.endHere' : 'paths.beginHere', {
            count: node.endCases,
            formatted: format.number(node.endCases),
          })
        : null,
      node.activity === null ? node.activities.join(', ') : null,
    ]
      .filter(Boolean)
      .join('. ');
  const onKey = (event: KeyboardEvent, activity: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onPick(activity);
    }
  };

  return (
    <div className="sankey-scroll" ref={box} data-stale={stale || undefined}>
      <svg
        className="sankey"
        width={layout.width}
        height={layout.height + HEAD_PX + 16}
        viewBox={`0 0 ${layout.width} ${layout.height + HEAD_PX + 16}`}
        role="group"
        aria-label={t('paths.chartLabel', { anchor: paths.anchor })}
        data-testid="paths-sankey"
      >
        <g className="sankey-steps" aria-hidden="true">
          {layout.steps.map((step) => (
            <text key={step.offset} x={step.x} y={16} className="sankey-step">
              {stepLabel(step.offset)}
            </text>
          ))}
        </g>
        <g transform={`translate(0 ${HEAD_PX + 8})`}>
          <g className="sankey-links" aria-hidden="true">
            {layout.links.map((link) => (
              <path key={link.id} d={link.path} strokeWidth={Math.max(1, link.width)} className="sankey-link">
                <title>
                  {`${nameOf(byId.get(link.sourceId)!)} → ${nameOf(byId.get(link.targetId)!)}: ${t(
                    'paths.cases',
                    { count: link.cases, formatted: format.number(link.cases) },
                  )}`}
                </title>
              </path>
            ))}
          </g>
          {layout.nodes.map((node) => {
            const lines = labelLines(node, format.number(node.cases), nameOf(node));
            const activity = node.activity;
            const body = (
              <>
                <title>{describe(node)}</title>
                <rect
                  x={node.x0}
                  y={node.y0}
                  width={node.x1 - node.x0}
                  height={Math.max(1, node.y1 - node.y0)}
                  className="sankey-bar"
                />
                {lines.length > 0 && (
                  <text
                    x={node.x1 + 6}
                    y={(node.y0 + node.y1) / 2 - ((lines.length - 1) * LINE_PX) / 2}
                    dy="0.35em"
                    className="sankey-label"
                  >
                    {lines.map((line, i) => (
                      <tspan
                        key={i}
                        x={node.x1 + 6}
                        dy={i === 0 ? undefined : LINE_PX}
                        className={line.strong ? 'sankey-label-count' : undefined}
                      >
                        {line.text}
                      </tspan>
                    ))}
                  </text>
                )}
              </>
            );
            return activity === null ? (
              <g key={node.id} className="sankey-node sankey-other" data-testid="paths-node">
                {body}
              </g>
            ) : (
              <g
                key={node.id}
                className={`sankey-node${node.offset === 0 ? ' sankey-anchor' : ''}`}
                role="button"
                tabIndex={0}
                aria-label={`${describe(node)}. ${t('paths.addContains', { activity })}`}
                onClick={() => onPick(activity)}
                onKeyDown={(e) => onKey(e, activity)}
                data-testid="paths-node"
                data-activity={activity}
              >
                {body}
              </g>
            );
          })}
        </g>
      </svg>
    </div>
  );
}

/**
 * A node's label, right of it: on a tall node its cases, then its name on up to three lines; on a thin
 * one, cases and name on one line. Cut with an ellipsis to the room up to the next step.
 */
function labelLines(node: PathsSankeyNode, cases: string, name: string): { text: string; strong: boolean }[] {
  const room = Math.floor((node.y1 - node.y0) / LINE_PX);
  const wrap = (text: string, maxLines: number) =>
    wrapText(text, { maxWidthPx: node.labelWidth, fontSizePx: LABEL_FONT_PX, maxLines });
  if (room < 2) return wrap(`${cases} · ${name}`, 1).map((text) => ({ text, strong: false }));
  return [
    { text: cases, strong: true },
    ...wrap(name, Math.min(3, room - 1)).map((text) => ({ text, strong: false })),
  ];
}

/** The same paths as a table: each step's activities with their cases and where they go next. */
function PathsTable({ paths }: { paths: PathsGraph }) {
  const { t } = useTranslation('explorer');
  const format = useFormat();
  return (
    <details className="view-details">
      <summary>{t('paths.asTable')}</summary>
      <div className="table-scroll">
        <table className="data-table" data-testid="paths-table">
          <thead>
            <tr>
              <th scope="col">{t('paths.table.step')}</th>
              <th scope="col">{t('paths.table.from')}</th>
              <th scope="col">{t('paths.table.to')}</th>
              <th scope="col" className="num">
                {t('paths.table.cases')}
              </th>
            </tr>
          </thead>
          <tbody>
            {paths.links.map((link) => (
              <tr key={`${link.fromOffset}:${link.fromActivity}:${link.toActivity}`}>
                <td className="num">
                  {link.fromOffset} → {link.toOffset}
                </td>
                <td>{link.fromActivity}</td>
                <td>{link.toActivity}</td>
                <td className="num">{format.number(link.cases)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
