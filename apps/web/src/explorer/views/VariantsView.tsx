import { Filter } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useFormat } from '../../i18n/format.js';
import { ErrorAlert } from '../../ui/ErrorAlert.js';
import { useDatasetQuery } from '../useDatasetQuery.js';
import type { ExplorerViewProps } from './ExplorerViewProps.js';
import type { VariantsAnswer } from './processMap/selectionProtocol.js';
import { compressChain, variantKey } from './variants/variantChain.js';
import './variants/variants.css';

/** Variants listed at first, and added by "show more"; `?top=` in the URL. */
export const VARIANTS_PAGE = 25;
const MAX_TOP = 5000;
/** Steps shown of a long variant before "+ n more". */
const CHAIN_PREVIEW = 10;
/** Light tints (dark text passes AA on each) that tell activities apart along a chain. */
const CHIP_TINTS = 8;

function tintOf(activity: string): number {
  let hash = 0;
  for (let i = 0; i < activity.length; i++) hash = (hash * 31 + activity.charCodeAt(i)) | 0;
  return (Math.abs(hash) % CHIP_TINTS) + 1;
}

function readTop(text: string | null): number {
  const value = Math.round(Number(text));
  return Number.isFinite(value) && value >= 1 ? Math.min(MAX_TOP, value) : VARIANTS_PAGE;
}

/**
 * `…/variants`: the most frequent variants (their activities as a chain of chips, cases, share and the
 * coverage so far), a bar of how much the listed variants cover, and a filter by the ones chosen.
 */
export default function VariantsView({ workspaceId, datasetId, filter, onFilterChange }: ExplorerViewProps) {
  const { t } = useTranslation('explorer');
  const numbers = useFormat();
  // one decimal throughout, so the column lines up; a share that rounds to nothing is not written as 0
  const share = (fraction: number) =>
    fraction >= 0.9995
      ? `${numbers.number(100)} %`
      : fraction > 0 && fraction < 0.0005
        ? `< ${numbers.number(0.1, { minimumFractionDigits: 1 })} %`
        : `${numbers.number(fraction * 100, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;
  const [params, setParams] = useSearchParams();
  const top = readTop(params.get('top'));
  const answer = useDatasetQuery<VariantsAnswer>(workspaceId, datasetId, 'variants', filter, { limit: top });
  const [chosen, setChosen] = useState<ReadonlyMap<string, string[]>>(new Map());
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());

  const toggle = (activities: string[]) => {
    const key = variantKey(activities);
    const next = new Map(chosen);
    if (next.has(key)) next.delete(key);
    else next.set(key, activities);
    setChosen(next);
  };
  const showMore = () => {
    const next = new URLSearchParams(params);
    next.set('top', String(Math.min(MAX_TOP, top + VARIANTS_PAGE)));
    setParams(next, { preventScrollReset: true });
  };
  const applyFilter = () => {
    onFilterChange({ ...filter, variants: [...chosen.values()] });
    setChosen(new Map());
  };

  const data = answer.data;
  let cumulative = 0;
  const rows = (data?.variants ?? []).map((v, i) => {
    cumulative += v.shareOfCases;
    return { ...v, rank: i + 1, key: variantKey(v.activities), coverage: cumulative };
  });
  const covered = rows.at(-1)?.coverage ?? 0;

  return (
    <section className="explorer-view variants-view" aria-labelledby="variants-heading">
      <div className="explorer-view-head">
        <h2 id="variants-heading">{t('variants.title')}</h2>
        <div className="variants-actions">
          <span className="muted" role="status">
            {t('variants.chosen', { count: chosen.size })}
          </span>
          <button
            type="button"
            className="btn btn-small"
            disabled={chosen.size === 0}
            onClick={() => setChosen(new Map())}
          >
            {t('variants.clearChoice')}
          </button>
          <button
            type="button"
            className="btn btn-small btn-primary"
            disabled={chosen.size === 0}
            onClick={applyFilter}
            data-testid="variants-filter"
          >
            <Filter size={14} aria-hidden="true" />
            {chosen.size === 0 ? t('variants.filterNone') : t('variants.filter', { count: chosen.size })}
          </button>
        </div>
      </div>
      {answer.isError && <ErrorAlert error={answer.error} onRetry={() => void answer.refetch()} />}
      {!data && !answer.isError && <p className="muted">{t('variants.loading')}</p>}
      {data && (
        <>
          <p className="variants-summary" data-testid="variants-summary">
            {t('variants.summary', {
              count: data.total,
              total: numbers.number(data.total),
              cases: numbers.number(data.cases),
              shown: numbers.number(rows.length),
              coverage: share(covered),
            })}
          </p>
          <div
            className="variants-coverage"
            role="img"
            aria-label={t('variants.coverageLabel', {
              shown: numbers.number(rows.length),
              coverage: share(covered),
            })}
            data-testid="variants-coverage"
          >
            {rows.map((r) => (
              <span
                key={r.key}
                className={`variants-coverage-part${chosen.has(r.key) ? ' is-chosen' : ''}`}
                style={{ width: `${r.shareOfCases * 100}%` }}
                title={t('variants.coveragePart', { rank: r.rank, share: share(r.shareOfCases) })}
              />
            ))}
          </div>
          {rows.length === 0 ? (
            <p className="empty-state">{t('variants.empty')}</p>
          ) : (
            <ol
              className={`variants-list${answer.isPlaceholderData ? ' is-stale' : ''}`}
              data-testid="variants-list"
            >
              {rows.map((r) => {
                const chain = compressChain(r.activities);
                const open = expanded.has(r.key) || chain.length <= CHAIN_PREVIEW + 2;
                const shown = open ? chain : chain.slice(0, CHAIN_PREVIEW);
                const label = t('variants.rowLabel', {
                  rank: r.rank,
                  steps: r.activities.length,
                  cases: numbers.number(r.cases),
                });
                return (
                  <li
                    key={r.key}
                    className={`variant-row${chosen.has(r.key) ? ' is-chosen' : ''}`}
                    data-testid="variant-row"
                    onClick={(e) => {
                      // a click anywhere on the row chooses it (the checkbox is its keyboard way)
                      if ((e.target as Element).closest('button, input, label, a')) return;
                      toggle(r.activities);
                    }}
                  >
                    <label className="variant-choose">
                      <input
                        type="checkbox"
                        checked={chosen.has(r.key)}
                        onChange={() => toggle(r.activities)}
                        aria-label={t('variants.choose', { label })}
                        data-testid="variant-choose"
                      />
                      <span className="variant-rank">#{r.rank}</span>
                    </label>
                    <div className="variant-chain-wrap">
                      <ol className="variant-chain" aria-label={t('variants.chainLabel', { rank: r.rank })}>
                        {shown.map((step, i) => (
                          <li
                            key={i}
                            className={`variant-chip tint-${tintOf(step.activity)}`}
                            title={step.activity}
                            data-testid="variant-step"
                          >
                            <span className="variant-chip-name">{step.activity}</span>
                            {step.times > 1 && (
                              <span className="variant-chip-times">
                                {t('variants.repeated', { times: step.times })}
                              </span>
                            )}
                          </li>
                        ))}
                      </ol>
                      {chain.length > CHAIN_PREVIEW + 2 && (
                        <button
                          type="button"
                          className="btn btn-small btn-ghost variant-more"
                          aria-expanded={open}
                          onClick={() => {
                            const next = new Set(expanded);
                            if (open) next.delete(r.key);
                            else next.add(r.key);
                            setExpanded(next);
                          }}
                        >
                          {open
                            ? t('variants.fewerSteps')
                            : t('variants.moreSteps', { count: chain.length - CHAIN_PREVIEW })}
                        </button>
                      )}
                    </div>
                    <div className="variant-figures">
                      <span className="variant-cases" data-testid="variant-cases">
                        {t('variants.cases', { count: r.cases, cases: numbers.number(r.cases) })}
                      </span>
                      <span className="variant-share">{share(r.shareOfCases)}</span>
                      <span className="variant-coverage" title={t('variants.coverageTitle')}>
                        <span className="variant-coverage-bar" aria-hidden="true">
                          <span style={{ width: `${Math.min(100, r.coverage * 100)}%` }} />
                        </span>
                        {t('variants.coverage', { coverage: share(r.coverage) })}
                      </span>
                    </div>
                  </li>
                );
              })}
            </ol>
          )}
          {rows.length < data.total && rows.length < MAX_TOP && (
            <button type="button" className="btn btn-small" onClick={showMore} data-testid="variants-more">
              {t('variants.showMore', { count: Math.min(VARIANTS_PAGE, data.total - rows.length) })}
            </button>
          )}
        </>
      )}
    </section>
  );
}
