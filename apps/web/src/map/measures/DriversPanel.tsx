import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../ui/describeError.js';
import type { MapView } from '../mapDoc.js';
import { SidePanel } from '../panel/SidePanel.js';
import type { FigureIdea } from './addIdeaFromFigure.js';
import { touchpointsInDesignedOrder } from './designedOrder.js';
import {
  DRIVER_OUTCOMES,
  MIN_SUPPORT,
  noneRanked,
  type DriverOutcome,
  type DriversAnswer,
} from './driversApi.js';
import { isNotReady, type Conformance, type Deviation } from './measuresApi.js';
import { ParetoChart } from './ParetoChart.js';

export type DriversTab = 'drivers' | 'conformance';

/** A query's state as the panel shows it; `choose`: conversion without a target touchpoint yet. */
export interface PanelQuery<T> {
  data?: T | undefined;
  error?: unknown;
  loading: boolean;
  onRetry?: () => void;
}

export interface DriversPanelProps {
  view: Pick<MapView, 'phases' | 'touchpoints'>;
  tab: DriversTab;
  onTab: (tab: DriversTab) => void;
  outcome: DriverOutcome;
  targetId: string | null;
  onOutcome: (outcome: DriverOutcome, targetId: string | null) => void;
  drivers: PanelQuery<DriversAnswer>;
  conformance: PanelQuery<Conformance>;
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
  onClose: () => void;
  /** Adds an idea from a key driver and opens it (editors). */
  onNewIdea?: ((idea: FigureIdea) => void) | undefined;
}

const PERCENT: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 0 };

/**
 * The measured map's analysis panel: the key drivers of an outcome as a Pareto chart with the sentence in
 * real numbers ("4 of 17 touchpoints (24 %) explain 81 % of NPS"), and the conformance to the designed order
 * with its top deviations. Opened from the figures bar; its tab, outcome and target live in the URL.
 */
export function DriversPanel({
  view,
  tab,
  onTab,
  outcome,
  targetId,
  onOutcome,
  drivers,
  conformance,
  formatNumber,
  onClose,
  onNewIdea,
}: DriversPanelProps) {
  const { t } = useTranslation(['measures', 'ui']);
  const id = useId();
  const percent = (share: number) => formatNumber(share, PERCENT);
  const titles = useMemo(
    () => new Map<string, string>(view.touchpoints.map((tp) => [tp.id, tp.title])),
    [view.touchpoints],
  );
  const titleOf = (touchpointId: string) => titles.get(touchpointId) ?? t('drivers.unknownTouchpoint');
  const targets = useMemo(
    () => touchpointsInDesignedOrder(view).filter((tp) => tp.matcher !== null && tp.matcher !== undefined),
    [view],
  );
  const outcomeName =
    outcome === 'conversion'
      ? t('drivers.outcomeName.conversion', { target: targetId ? titleOf(targetId) : '…' })
      : t(`drivers.outcomeName.${outcome}`);

  return (
    <SidePanel title={t('panel.title')} kicker={t('panel.kicker')} onClose={onClose} testId="drivers-panel">
      <div className="drivers-tabs" role="tablist" aria-label={t('panel.tabs')}>
        {(['drivers', 'conformance'] as const).map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`${id}-${name}`}
            aria-selected={tab === name}
            aria-controls={`${id}-panel`}
            className={tab === name ? 'drivers-tab is-active' : 'drivers-tab'}
            onClick={() => onTab(name)}
            data-testid={`${name}-tab`}
          >
            {t(`panel.${name}Tab`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${tab}`}>
        {tab === 'drivers' ? (
          <section className="drivers-section">
            <div className="drivers-outcome">
              <label htmlFor={`${id}-outcome`}>{t('drivers.outcome')}</label>
              <select
                id={`${id}-outcome`}
                value={outcome}
                onChange={(e) => onOutcome(e.target.value as DriverOutcome, targetId)}
                data-testid="drivers-outcome"
              >
                {DRIVER_OUTCOMES.map((o) => (
                  <option key={o} value={o}>
                    {t(`drivers.outcomes.${o}`)}
                  </option>
                ))}
              </select>
              {outcome === 'conversion' && targets.length > 0 && (
                <>
                  <label htmlFor={`${id}-target`}>{t('drivers.target')}</label>
                  <select
                    id={`${id}-target`}
                    value={targetId ?? ''}
                    onChange={(e) => onOutcome('conversion', e.target.value === '' ? null : e.target.value)}
                    data-testid="drivers-target"
                  >
                    <option value="">{t('drivers.targetNone')}</option>
                    {targets.map((tp) => (
                      <option key={tp.id} value={tp.id}>
                        {tp.title}
                      </option>
                    ))}
                  </select>
                </>
              )}
            </div>
            <DriversBody
              outcome={outcome}
              targetId={targetId}
              hasTargets={targets.length > 0}
              query={drivers}
              outcomeName={outcomeName}
              titleOf={titleOf}
              percent={percent}
              formatNumber={formatNumber}
              onNewIdea={onNewIdea}
            />
          </section>
        ) : (
          <ConformanceBody
            query={conformance}
            titleOf={titleOf}
            percent={percent}
            formatNumber={formatNumber}
          />
        )}
      </div>
    </SidePanel>
  );
}

function QueryState({ query, testId }: { query: PanelQuery<unknown>; testId: string }) {
  const { t } = useTranslation(['measures', 'ui']);
  if (query.error && !query.data) {
    return (
      <p className="drivers-message" role="alert" data-testid={testId} data-state="error">
        {isNotReady(query.error) ? t('state.notReady') : describeError(t, query.error)}{' '}
        {query.onRetry && (
          <button type="button" className="btn btn-small" onClick={query.onRetry}>
            {t('panel.retry')}
          </button>
        )}
      </p>
    );
  }
  return (
    <p className="drivers-message" role="status" data-testid={testId} data-state="loading">
      {t('panel.loading')}
    </p>
  );
}

interface DriversBodyProps {
  outcome: DriverOutcome;
  targetId: string | null;
  hasTargets: boolean;
  query: PanelQuery<DriversAnswer>;
  outcomeName: string;
  titleOf: (touchpointId: string) => string;
  percent: (share: number) => string;
  formatNumber: (value: number) => string;
  onNewIdea?: ((idea: FigureIdea) => void) | undefined;
}

function DriversBody({
  outcome,
  targetId,
  hasTargets,
  query,
  outcomeName,
  titleOf,
  percent,
  formatNumber,
  onNewIdea,
}: DriversBodyProps) {
  const { t } = useTranslation('measures');
  if (outcome === 'conversion' && !targetId) {
    return (
      <p className="drivers-message" data-testid="drivers-state" data-state="choose">
        {hasTargets ? t('drivers.targetHint') : t('drivers.noTargets')}
      </p>
    );
  }
  const answer = query.data;
  if (!answer) return <QueryState query={query} testId="drivers-state" />;
  if (answer.drivers.length === 0) {
    return (
      <p className="drivers-message" data-testid="drivers-state" data-state="empty">
        {t('drivers.noTouchpoints')}
      </p>
    );
  }
  if (noneRanked(answer)) {
    return (
      <p className="drivers-message" data-testid="drivers-state" data-state="empty">
        {t('drivers.none', { min: MIN_SUPPORT, outcome: outcomeName })}
      </p>
    );
  }
  const vital = answer.drivers.filter((d) => d.vitalFew).length;
  const total = answer.drivers.length;
  return (
    <div data-testid="drivers-state" data-state={query.loading ? 'refreshing' : 'ready'}>
      <p className="drivers-sentence" data-testid="drivers-sentence">
        {t('drivers.sentence', {
          count: vital,
          vital: formatNumber(vital),
          total: formatNumber(total),
          vitalShare: percent(vital / total),
          explained: percent(answer.vitalFewShare),
          outcome: outcomeName,
        })}
      </p>
      <p className="drivers-base">
        {t('drivers.base', { count: answer.journeys, journeys: formatNumber(answer.journeys) })}
      </p>
      <ParetoChart
        drivers={answer.drivers}
        titleOf={titleOf}
        outcomeName={outcomeName}
        formatPercent={percent}
      />
      {onNewIdea ? (
        <div className="drivers-ideas">
          <h3>{t('newIdea.vitalFew')}</h3>
          <ul>
            {answer.drivers
              .filter((d) => d.vitalFew)
              .map((d) => (
                <li key={d.touchpointId}>
                  <span>
                    {titleOf(d.touchpointId)} · {percent(d.share)}
                  </span>
                  <button
                    type="button"
                    className="btn btn-small btn-ghost"
                    aria-label={t('newIdea.fromDriverLabel', { touchpoint: titleOf(d.touchpointId) })}
                    data-testid={`driver-new-idea-${d.touchpointId}`}
                    onClick={() =>
                      onNewIdea({
                        touchpointId: d.touchpointId,
                        kind: 'driver',
                        title: t('newIdea.title', { touchpoint: titleOf(d.touchpointId) }),
                        note: t('newIdea.driverNote', {
                          touchpoint: titleOf(d.touchpointId),
                          share: percent(d.share),
                          outcome: outcomeName,
                        }),
                      })
                    }
                  >
                    {t('newIdea.fromDriver')}
                  </button>
                </li>
              ))}
          </ul>
        </div>
      ) : null}
      <p className="drivers-explainer">{t('drivers.explainer')}</p>
    </div>
  );
}

interface ConformanceBodyProps {
  query: PanelQuery<Conformance>;
  titleOf: (touchpointId: string) => string;
  percent: (share: number) => string;
  formatNumber: (value: number) => string;
}

function ConformanceBody({ query, titleOf, percent, formatNumber }: ConformanceBodyProps) {
  const { t } = useTranslation('measures');
  const answer = query.data;
  if (!answer) return <QueryState query={query} testId="conformance-state" />;
  if (answer.journeys === 0) {
    return (
      <p className="drivers-message" data-testid="conformance-state" data-state="empty">
        {t('conformance.noJourneys')}
      </p>
    );
  }
  const describe = (d: Deviation) =>
    d.kind === 'skipped'
      ? t('conformance.skipped', { touchpoint: titleOf(d.touchpointId) })
      : d.kind === 'backward'
        ? t('conformance.backward', { from: titleOf(d.fromTouchpointId), to: titleOf(d.toTouchpointId) })
        : t('conformance.unmatched', {
            activity: d.activity,
            after: titleOf(d.afterTouchpointId),
            before: titleOf(d.beforeTouchpointId),
          });
  return (
    <section className="conformance" data-testid="conformance-state" data-state="ready">
      <p className="drivers-sentence" data-testid="conformance-follow">
        {t('conformance.follow', { share: percent(answer.followShare) })}
      </p>
      <p className="drivers-base">
        {t('conformance.base', { count: answer.journeys, journeys: formatNumber(answer.journeys) })}
      </p>
      <h3 className="drivers-subtitle">{t('conformance.deviations')}</h3>
      {answer.deviations.length === 0 ? (
        <p className="drivers-message">{t('conformance.noDeviations')}</p>
      ) : (
        <ol className="deviations">
          {answer.deviations.map((d, i) => (
            <li
              key={i}
              className={`deviation is-${d.kind}`}
              data-testid="conformance-deviation"
              data-kind={d.kind}
            >
              <span className="deviation-what">{describe(d)}</span>
              <span className="deviation-count">
                {t('conformance.count', {
                  count: d.journeys,
                  journeys: formatNumber(d.journeys),
                  share: percent(d.share),
                })}
                {d.kind === 'unmatched' &&
                  ` · ${t('conformance.events', { count: d.events, events: formatNumber(d.events) })}`}
              </span>
              <span className="deviation-bar" aria-hidden="true">
                <span style={{ width: `${Math.round(Math.min(1, d.share) * 100)}%` }} />
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
