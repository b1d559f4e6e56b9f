import { ArrowLeft } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../ui/describeError.js';
import type { MapView } from '../mapDoc.js';
import { touchpointsInDesignedOrder } from '../measures/designedOrder.js';
import { isNotReady, type JourneyMeasuresAnswer } from '../measures/measuresApi.js';
import { FlowColumnsSvg, type FlowSvgEdge, type FlowSvgNode } from './FlowColumnsSvg.js';
import { layoutFlowColumns } from './layoutFlowColumns.js';
import './conformance.css';

export interface ConformanceViewProps {
  view: Pick<MapView, 'phases' | 'touchpoints'>;
  /** The map's measures query (its `conformance` answer). */
  measures: { data?: JourneyMeasuresAnswer | undefined; error?: unknown; onRetry?: () => void };
  linked: boolean;
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
  onBack: () => void;
}

const PERCENT: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 0 };
/** Starts and ends below this share are not written on a node (the table and hover still have them). */
const MIN_END_SHARE = 0.005;

/**
 * Designed vs actual (`?view=conformance`): left the designed journey — the touchpoints in designed order,
 * in their phase columns — and right the actual one: the same touchpoints in the same places, with the
 * steps journeys really take between them (conformance.flow), the steps back in the deviation colour.
 * The follow share and its base head it; a table gives every step in words.
 */
export function ConformanceView({ view, measures, linked, formatNumber, onBack }: ConformanceViewProps) {
  const { t } = useTranslation(['conformance', 'measures', 'ui']);
  const percent = (share: number) => formatNumber(share, PERCENT);
  // a share that rounds to 0 % but is not nothing
  const shareText = (share: number) =>
    share > 0 && share < 0.005 ? `<${formatNumber(0.01, PERCENT)}` : percent(share);
  const ordered = useMemo(() => touchpointsInDesignedOrder(view), [view]);
  const layout = useMemo(
    () =>
      layoutFlowColumns({
        phases: view.phases,
        touchpoints: ordered.map((tp) => ({ id: tp.id, phaseId: tp.phaseId, title: tp.title })),
        figureLines: 2,
      }),
    [view.phases, ordered],
  );
  const titles = new Map<string, string>(ordered.map((tp) => [tp.id, tp.title]));
  const titleOf = (id: string) => titles.get(id) ?? '…';
  const answer = measures.data;
  const conformance = answer?.conformance;
  const flow = conformance?.flow;

  const designedNodes = new Map<string, FlowSvgNode>(
    ordered.map((tp, step) => {
      const measured = Boolean(tp.matcher?.activities.length);
      return [
        tp.id,
        {
          state: measured ? 'designed' : 'no-data',
          intensity: 0,
          figures: [`${step + 1}`, measured ? '' : t('view.noData')],
          title: t('view.designedTitle', { touchpoint: tp.title, step: step + 1 }),
        },
      ];
    }),
  );
  const designedEdges: FlowSvgEdge[] = ordered.slice(1).map((tp, i) => ({
    from: ordered[i]!.id,
    to: tp.id,
    direction: 'forward',
    label: '',
    strokeWidth: 1.5,
    title: `${ordered[i]!.title} → ${tp.title}`,
  }));

  let body;
  if (!linked) body = <p className="conformance-view-message">{t('view.notLinked')}</p>;
  else if (!answer || !conformance) {
    body =
      measures.error && !answer ? (
        <p className="conformance-view-message" role="alert" data-testid="conformance-view-state">
          {isNotReady(measures.error) ? t('view.loading') : describeError(t, measures.error)}{' '}
          {measures.onRetry && (
            <button type="button" className="btn btn-small" onClick={measures.onRetry}>
              {t('measures:state.retry')}
            </button>
          )}
        </p>
      ) : (
        <p className="conformance-view-message" role="status" data-testid="conformance-view-state">
          {t('view.loading')}
        </p>
      );
  } else if (conformance.journeys === 0) {
    body = <p className="conformance-view-message">{t('view.noJourneys')}</p>;
  } else if (!flow) {
    body = <p className="conformance-view-message">{t('view.noFlow')}</p>;
  } else {
    const base = conformance.journeys;
    const busiest = Math.max(1, ...flow.nodes.map((n) => n.journeys));
    const widest = Math.max(1, ...flow.edges.map((e) => e.journeys));
    const reached = new Map(flow.nodes.map((n) => [n.touchpointId, n.journeys]));
    const starts = new Map(flow.starts.map((s) => [s.touchpointId, s.share]));
    const ends = new Map(flow.ends.map((s) => [s.touchpointId, s.share]));
    const actualNodes = new Map<string, FlowSvgNode>(
      ordered.map((tp) => {
        const journeys = reached.get(tp.id);
        const measured = Boolean(tp.matcher?.activities.length);
        if (journeys === undefined) {
          return [
            tp.id,
            {
              state: measured ? 'unreached' : 'no-data',
              intensity: 0,
              figures: [measured ? t('view.notReached') : t('view.noData')],
              title: tp.title,
            },
          ];
        }
        const start = starts.get(tp.id) ?? 0;
        const end = ends.get(tp.id) ?? 0;
        const marks = [
          start >= MIN_END_SHARE ? t('view.starts', { share: shareText(start) }) : '',
          end >= MIN_END_SHARE ? t('view.ends', { share: shareText(end) }) : '',
        ].filter(Boolean);
        return [
          tp.id,
          {
            state: 'reached',
            intensity: journeys / busiest,
            figures: [
              t('view.nodeFigure', { journeys: formatNumber(journeys), share: shareText(journeys / base) }),
              marks.join('  '),
            ],
            title: t('view.nodeTitle', {
              touchpoint: tp.title,
              journeys: formatNumber(journeys),
              share: percent(journeys / base),
              starts: percent(start),
              ends: percent(end),
            }),
          },
        ];
      }),
    );
    const describeEdge = (e: (typeof flow.edges)[number]) =>
      t('view.edgeTitle', {
        count: e.journeys,
        from: titleOf(e.fromTouchpointId),
        to: titleOf(e.toTouchpointId),
        journeys: formatNumber(e.journeys),
        share: percent(e.share),
        direction: t(`view.direction.${e.direction}`),
      });
    // the busiest steps are routed (and labelled) first
    const actualEdges: FlowSvgEdge[] = flow.edges.map((e) => ({
      from: e.fromTouchpointId,
      to: e.toTouchpointId,
      direction: e.direction,
      label: shareText(e.share),
      strokeWidth: Math.round((1 + 5 * (e.journeys / widest)) * 10) / 10,
      title: describeEdge(e),
    }));
    body = (
      <>
        <div className="conformance-headline">
          <p className="conformance-follow" data-testid="conformance-view-follow">
            {t('view.follow', { share: percent(conformance.followShare) })}
          </p>
          <p className="conformance-base">
            {t('view.base', { count: base, journeys: formatNumber(base), dataset: answer.dataset.name })}
          </p>
        </div>
        <div className="conformance-panes">
          <figure className="conformance-pane" data-testid="designed-pane">
            <figcaption>
              <h3>{t('view.designed')}</h3>
              <p>{t('view.designedHint')}</p>
            </figcaption>
            <div className="conformance-scroll">
              <FlowColumnsSvg
                layout={layout}
                nodes={designedNodes}
                edges={designedEdges}
                label={t('view.designed')}
                testId="designed-flow"
              />
            </div>
          </figure>
          <figure className="conformance-pane" data-testid="actual-pane">
            <figcaption>
              <h3>{t('view.actual')}</h3>
              <p>{t('view.actualHint')}</p>
            </figcaption>
            <div className="conformance-scroll">
              <FlowColumnsSvg
                layout={layout}
                nodes={actualNodes}
                edges={actualEdges}
                label={t('view.actual')}
                testId="actual-flow"
              />
            </div>
            <ul className="flow-legend">
              {(['forward', 'skipping', 'backward'] as const).map((direction) => (
                <li key={direction}>
                  <svg width="30" height="10" aria-hidden="true" className={`flow-edge is-${direction}`}>
                    <path d="M 1 5 L 29 5" strokeWidth={2.5} />
                  </svg>
                  {t(`view.legend.${direction}`)}
                </li>
              ))}
              <li>{t('view.legend.starts')}</li>
              <li>{t('view.legend.ends')}</li>
            </ul>
          </figure>
        </div>
        <details className="conformance-table">
          <summary>{t('view.table')}</summary>
          <table data-testid="flow-table">
            <thead>
              <tr>
                <th scope="col">{t('view.from')}</th>
                <th scope="col">{t('view.to')}</th>
                <th scope="col">{t('view.kind')}</th>
                <th scope="col">{t('view.journeys')}</th>
                <th scope="col">{t('view.share')}</th>
              </tr>
            </thead>
            <tbody>
              {flow.edges.map((e) => (
                <tr key={`${e.fromTouchpointId}>${e.toTouchpointId}`} data-direction={e.direction}>
                  <td>{titleOf(e.fromTouchpointId)}</td>
                  <td>{titleOf(e.toTouchpointId)}</td>
                  <td>{t(`view.direction.${e.direction}`)}</td>
                  <td>{formatNumber(e.journeys)}</td>
                  <td>{percent(e.share)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </>
    );
  }

  return (
    <section
      className="conformance-view"
      data-testid="conformance-view"
      aria-labelledby="conformance-view-title"
    >
      <div className="conformance-view-bar">
        <button type="button" className="btn btn-small" onClick={onBack} data-testid="conformance-view-back">
          <ArrowLeft size={15} aria-hidden="true" />
          {t('view.back')}
        </button>
        <h2 id="conformance-view-title">{t('view.title')}</h2>
      </div>
      {body}
    </section>
  );
}
