import { DATA_EVIDENCE_MIN_JOURNEYS } from '@trailmap/domain';
import { BarChart3, Database, Eye, EyeOff, KeyRound } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../ui/describeError.js';
import { MIN_ANSWERS, isNotReady } from './measuresApi.js';

/** off: the map is not linked; hidden: linked, figures hidden for a workshop. */
export type FiguresState = 'off' | 'hidden' | 'loading' | 'ready' | 'not-ready' | 'error';

export interface FiguresBarProps {
  state: FiguresState;
  shown: boolean;
  onToggle: () => void;
  /** The linked dataset's name and journeys in scope, once measured. */
  summary?: { datasetName: string; journeys: number } | undefined;
  error?: unknown;
  onRetry?: () => void;
  /** The data control (editors) or the linked dataset's name (viewers). */
  data?: ReactNode;
  formatNumber: (value: number) => string;
  /** The key drivers and conformance panel (a linked map): whether it is open, and its button. */
  analysisOpen?: boolean;
  onAnalysis?: () => void;
  /** The emotion curve's "Designed / Measured / Both" control, once the figures are ready. */
  curve?: ReactNode;
  /** The "Then vs now" control, once the figures are ready. */
  thenVsNow?: ReactNode;
  /** The conformance controls (deviations on the map, designed vs actual), once the figures are ready. */
  conformance?: ReactNode;
  /** The persona picker ("Figures for: All customers / a persona"), while figures are shown. */
  persona?: ReactNode;
}

/** The row under the map's header for its measured figures: the link, the toggle, the legend and the state. */
export function FiguresBar({
  state,
  shown,
  onToggle,
  summary,
  error,
  onRetry,
  data,
  formatNumber,
  analysisOpen = false,
  onAnalysis,
  curve,
  thenVsNow,
  conformance,
  persona,
}: FiguresBarProps) {
  const { t } = useTranslation(['measures', 'ui']);
  return (
    <div className="figures-bar" data-testid="figures-bar" data-state={state}>
      {data}
      {state !== 'off' && (
        <>
          <button
            type="button"
            className="btn btn-small"
            aria-pressed={shown}
            onClick={onToggle}
            data-testid="figures-toggle"
          >
            {shown ? <EyeOff size={15} aria-hidden="true" /> : <Eye size={15} aria-hidden="true" />}
            {shown ? t('measures:toggle.hide') : t('measures:toggle.show')}
          </button>
          {onAnalysis && (
            <button
              type="button"
              className="btn btn-small"
              aria-pressed={analysisOpen}
              onClick={onAnalysis}
              data-testid="drivers-open"
            >
              <KeyRound size={15} aria-hidden="true" />
              {t('measures:panel.open')}
            </button>
          )}
          {shown && persona}
          {shown && (
            <span className="figures-status" role="status" data-testid="figures-status">
              {state === 'loading' && t('measures:state.loading')}
              {state === 'not-ready' && t('measures:state.notReady')}
              {state === 'ready' &&
                summary &&
                t('measures:state.ready', {
                  dataset: summary.datasetName,
                  journeys: formatNumber(summary.journeys),
                  count: summary.journeys,
                })}
            </span>
          )}
          {shown && state === 'error' && (
            <span className="figures-error" role="alert" data-testid="figures-error">
              {isNotReady(error) ? t('measures:state.notReady') : describeError(t, error)}
              {onRetry && (
                <button type="button" className="btn btn-small" onClick={onRetry}>
                  {t('measures:state.retry')}
                </button>
              )}
            </span>
          )}
          {shown && state === 'ready' && curve}
          {shown && state === 'ready' && thenVsNow}
          {shown && state === 'ready' && conformance}
          {shown && (
            <details className="figures-legend" data-testid="figures-legend">
              <summary>
                <BarChart3 size={15} aria-hidden="true" />
                {t('measures:legend.title')}
              </summary>
              <dl>
                {(['reach', 'dropOff', 'next', 'nps', 'journeys', 'noData'] as const).map((kind) => (
                  <div key={kind}>
                    <dt>
                      <span className={`figure-chip is-${kind}`}>{t(`measures:legend.${kind}.chip`)}</span>
                    </dt>
                    <dd>{t(`measures:legend.${kind}.text`, { min: MIN_ANSWERS })}</dd>
                  </div>
                ))}
                <div>
                  <dt>
                    <span className="figure-chip is-evidence">
                      <span className="evidence-measured" aria-hidden="true">
                        <Database size={10} strokeWidth={2.5} />
                      </span>
                      {t('measures:evidence.legend.chip')}
                    </span>
                  </dt>
                  <dd>{t('measures:evidence.legend.text', { min: DATA_EVIDENCE_MIN_JOURNEYS })}</dd>
                </div>
              </dl>
            </details>
          )}
        </>
      )}
    </div>
  );
}
