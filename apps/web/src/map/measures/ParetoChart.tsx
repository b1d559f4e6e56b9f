import { useTranslation } from 'react-i18next';
import type { Driver } from './driversApi.js';

export interface ParetoChartProps {
  /** The ranking, most important first (as the API gives it). */
  drivers: readonly Driver[];
  titleOf: (touchpointId: string) => string;
  /** Names the outcome in the chart's accessible label ("NPS", "conversion to …"). */
  outcomeName: string;
  formatPercent: (share: number) => string;
}

const WIDTH = 360;
const LEFT = 4;
const RIGHT = 14;
const TOP = 22;
const ROW = 32;
const BAR = 10;
const BOTTOM = 22;
const PLOT = WIDTH - LEFT - RIGHT;
const MAX_LABEL = 48;

function shorten(text: string): string {
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1).trimEnd()}…` : text;
}

/**
 * A Pareto chart laid on its side so the touchpoints' titles stay readable in the side panel: one row per
 * ranked touchpoint (importance above 0), most important at the top, its title above its bar, the bar its
 * share of the explained outcome; the cumulative share runs down the rows as a line; a dashed guide marks 80 %. One axis, 0–100 %.
 * A table with the same numbers follows for screen readers and for reading off exact values.
 */
export function ParetoChart({ drivers, titleOf, outcomeName, formatPercent }: ParetoChartProps) {
  const { t } = useTranslation('measures');
  const ranked = drivers.filter((d) => d.importance > 0);
  const height = TOP + ranked.length * ROW + BOTTOM;
  const x = (share: number) => LEFT + Math.max(0, Math.min(1, share)) * PLOT;
  /** The middle of a row's bar (its title sits above it). */
  const y = (index: number) => TOP + index * ROW + ROW - BAR / 2 - 4;
  const line = ranked.map((d, i) => `${x(d.cumulativeShare).toFixed(1)},${y(i).toFixed(1)}`).join(' ');
  return (
    <figure className="pareto" data-testid="pareto-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-label={t('drivers.chartLabel', { outcome: outcomeName })}
        className="pareto-svg"
      >
        {[0, 0.5, 1].map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={TOP - 6} y2={height - BOTTOM + 4} className="pareto-grid" />
            <text
              x={x(tick)}
              y={TOP - 10}
              textAnchor={tick === 1 ? 'end' : tick === 0 ? 'start' : 'middle'}
              className="pareto-tick"
            >
              {formatPercent(tick)}
            </text>
          </g>
        ))}
        <line x1={x(0.8)} x2={x(0.8)} y1={TOP - 6} y2={height - BOTTOM + 4} className="pareto-guide" />
        <text x={x(0.8)} y={height - 6} textAnchor="middle" className="pareto-tick pareto-guide-label">
          {formatPercent(0.8)}
        </text>
        {ranked.map((d, i) => {
          const title = titleOf(d.touchpointId);
          return (
            <g
              key={d.touchpointId}
              data-testid="pareto-bar"
              data-touchpoint-id={d.touchpointId}
              data-vital-few={d.vitalFew ? 'true' : 'false'}
              className={d.vitalFew ? 'pareto-row is-vital' : 'pareto-row'}
            >
              <title>{`${title}: ${formatPercent(d.share)} (${formatPercent(d.cumulativeShare)})`}</title>
              <text x={x(0)} y={y(i) - BAR / 2 - 4} className="pareto-label">
                {shorten(title)}
              </text>
              <rect
                x={x(0)}
                y={y(i) - BAR / 2}
                width={Math.max(1, x(d.share) - x(0))}
                height={BAR}
                rx={2}
                className="pareto-bar"
              />
            </g>
          );
        })}
        {ranked.length > 0 && <polyline points={line} className="pareto-line" fill="none" />}
        {ranked.map((d, i) => (
          <circle key={d.touchpointId} cx={x(d.cumulativeShare)} cy={y(i)} r={2.5} className="pareto-dot" />
        ))}
      </svg>
      <figcaption className="pareto-legend">
        <span className="pareto-key is-vital">{t('drivers.legendVital')}</span>
        <span className="pareto-key is-share">{t('drivers.legendShare')}</span>
        <span className="pareto-key is-cumulative">{t('drivers.legendCumulative')}</span>
      </figcaption>
      <details className="pareto-table">
        <summary>{t('drivers.table')}</summary>
        <table data-testid="pareto-table">
          <thead>
            <tr>
              <th scope="col">{t('drivers.columns.rank')}</th>
              <th scope="col">{t('drivers.columns.touchpoint')}</th>
              <th scope="col">{t('drivers.columns.share')}</th>
              <th scope="col">{t('drivers.columns.cumulative')}</th>
              <th scope="col">{t('drivers.columns.vitalFew')}</th>
            </tr>
          </thead>
          <tbody>
            {drivers.map((d, i) => (
              <tr key={d.touchpointId}>
                <td>{i + 1}</td>
                <th scope="row">{titleOf(d.touchpointId)}</th>
                <td>{formatPercent(d.share)}</td>
                <td>{formatPercent(d.cumulativeShare)}</td>
                <td>{d.vitalFew ? t('drivers.yes') : t('drivers.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
