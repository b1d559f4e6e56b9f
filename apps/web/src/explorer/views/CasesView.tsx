import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/format.js';
import { ErrorAlert } from '../../ui/ErrorAlert.js';
import { writeFilter } from '../explorerFilter.js';
import { useDatasetQuery } from '../useDatasetQuery.js';
import type { ExplorerViewProps } from './ExplorerViewProps.js';
import { useSearchParams } from 'react-router';
import { formatDuration } from '../formatDuration.js';

interface CaseList {
  total: number;
  cases: {
    caseId: string;
    customerId: string | null;
    events: number;
    firstTsMs: number;
    lastTsMs: number;
    durationSeconds: number;
  }[];
}

const SORTS = ['start', 'duration', 'events'] as const;
const PAGE = 50;

/** `…/cases`: the cases in the filter, a page at a time, each opening its timeline. */
export default function CasesView({ workspaceId, datasetId, filter }: ExplorerViewProps) {
  const { t, i18n } = useTranslation('explorer');
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const sort = (SORTS as readonly string[]).includes(params.get('sort') ?? '')
    ? (params.get('sort') as (typeof SORTS)[number])
    : 'start';
  const offset = Math.max(0, Number(params.get('offset') ?? 0) || 0);
  const cases = useDatasetQuery<CaseList>(workspaceId, datasetId, 'cases', filter, {
    sort,
    limit: PAGE,
    offset,
  });
  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(key);
    else next.set(key, value);
    setParams(next);
  };
  const filterText = writeFilter(filter);
  const timelineOf = (caseId: string) => {
    const search = new URLSearchParams({ case: caseId });
    if (filterText) search.set('filter', filterText);
    return `/w/${workspaceId}/data/${datasetId}/timeline?${search.toString()}`;
  };

  return (
    <section className="explorer-view" aria-labelledby="cases-heading">
      <div className="explorer-view-head">
        <h2 id="cases-heading">{t('cases.title')}</h2>
        <label className="inline-field">
          <span>{t('cases.sort')}</span>
          <select value={sort} onChange={(e) => setParam('sort', e.target.value)} data-testid="cases-sort">
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`cases.sorts.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {cases.isError && <ErrorAlert error={cases.error} onRetry={() => void cases.refetch()} />}
      {cases.data && (
        <>
          <p className="muted" role="status">
            {t('cases.showing', {
              from: format.number(cases.data.total === 0 ? 0 : offset + 1),
              to: format.number(Math.min(offset + PAGE, cases.data.total)),
              total: format.number(cases.data.total),
            })}
          </p>
          <div className="table-scroll">
            <table className="data-table" data-testid="cases-table">
              <thead>
                <tr>
                  <th scope="col">{t('cases.case')}</th>
                  <th scope="col">{t('cases.customer')}</th>
                  <th scope="col" className="num">
                    {t('cases.events')}
                  </th>
                  <th scope="col">{t('cases.start')}</th>
                  <th scope="col" className="num">
                    {t('cases.duration')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {cases.data.cases.map((c) => (
                  <tr key={c.caseId}>
                    <td>
                      <Link to={timelineOf(c.caseId)}>{c.caseId}</Link>
                    </td>
                    <td>{c.customerId ?? '—'}</td>
                    <td className="num">{format.number(c.events)}</td>
                    <td>{format.dateTime(new Date(c.firstTsMs).toISOString())}</td>
                    <td className="num">{formatDuration(c.durationSeconds, i18n.language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="pager">
            <button
              type="button"
              className="btn btn-small"
              disabled={offset === 0}
              onClick={() => setParam('offset', String(Math.max(0, offset - PAGE)) || null)}
            >
              {t('cases.previous')}
            </button>
            <button
              type="button"
              className="btn btn-small"
              disabled={offset + PAGE >= cases.data.total}
              onClick={() => setParam('offset', String(offset + PAGE))}
            >
              {t('cases.next')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
