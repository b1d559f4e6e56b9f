import { IDEA_CRITERIA, type IdeaCriterion } from '@trailmap/domain';
import { ArrowLeft, ClipboardCheck } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../api/client.js';
import { useWorkspaces } from '../api/session.js';
import { useNumberFormat } from '../map/useNumberFormat.js';
import { ChosenLimitNotice } from '../projects/ChosenLimitNotice.js';
import { rememberVisit } from '../shell/lastVisited.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { PriorityMatrix } from './PriorityMatrix.js';
import {
  useChangeWeight,
  useChooseIdea,
  usePriorities,
  useScoreIdea,
  type PriorityIdea,
  type ScoreChange,
} from './prioritiesApi.js';
import { ScoreTable } from './ScoreTable.js';
import { sortIdeas, type SortDirection, type SortKey } from './sortIdeas.js';
import { WeightsPanel } from './WeightsPanel.js';
import './priorities.css';

const SIZE_OPTIONS = ['score', 'frequency', 'satisfaction', 'prospects', 'media', 'brand'] as const;
type SizeBy = (typeof SIZE_OPTIONS)[number];
const isSizeBy = (value: string | null): value is SizeBy =>
  (SIZE_OPTIONS as readonly (string | null)[]).includes(value);
const isSortKey = (value: string | null): value is SortKey =>
  value === 'score' || value === 'title' || (IDEA_CRITERIA as readonly (string | null)[]).includes(value);

/**
 * `/w/:workspaceId/journeys/:journeyId/priorities` ("choose five"): the map's ideas on a reach × feasibility
 * matrix and in a weighted score table; editors re-score and choose, owners weigh the criteria. The bubble
 * size and the table's order are in the URL (`?size=`, `?sort=`, `?dir=`).
 */
export default function PrioritiesPage() {
  const { t, i18n } = useTranslation(['priorities', 'common']);
  const { workspaceId = '', journeyId = '' } = useParams();
  const location = useLocation();
  const [search, setSearch] = useSearchParams();
  const answer = usePriorities(workspaceId, journeyId);
  const workspaces = useWorkspaces();
  const score = useScoreIdea(workspaceId, journeyId);
  const choose = useChooseIdea(workspaceId, journeyId);
  const weigh = useChangeWeight(workspaceId, journeyId);
  const formatNumber = useNumberFormat();
  const [refusal, setRefusal] = useState<unknown>(null);

  useEffect(() => {
    rememberVisit(location.pathname + location.search);
  }, [location.pathname, location.search]);

  const sizeParam = search.get('size');
  const sizeBy: SizeBy = isSizeBy(sizeParam) ? sizeParam : 'frequency';
  const sortParam = search.get('sort');
  const sortKey: SortKey = isSortKey(sortParam) ? sortParam : 'score';
  const direction: SortDirection = search.get('dir') === 'asc' ? 'asc' : 'desc';
  const ideas = answer.data?.ideas;
  const sorted = useMemo(
    () => (ideas ? sortIdeas(ideas, sortKey, direction, i18n.language) : []),
    [ideas, sortKey, direction, i18n.language],
  );

  if (answer.error) {
    const missing =
      answer.error instanceof ApiError && (answer.error.status === 404 || answer.error.status === 403);
    return (
      <div className="page" data-testid="priorities-view">
        {missing ? (
          <p className="alert alert-error" role="alert">
            {t('priorities:problem.missing')}
          </p>
        ) : (
          <ErrorAlert error={answer.error} onRetry={() => void answer.refetch()} />
        )}
        <p>
          <Link to={`/w/${workspaceId}/journeys`}>{t('priorities:problem.toList')}</Link>
        </p>
      </div>
    );
  }
  if (!answer.data || workspaces.isPending) {
    return (
      <p className="page muted" role="status">
        {t('common:state.loading')}
      </p>
    );
  }
  const data = answer.data;
  const role = workspaces.data?.find((w) => w.id === workspaceId)?.role ?? 'viewer';
  const canEdit = role !== 'viewer';
  const weights = Object.fromEntries(data.criteria.map((c) => [c.id, c.weight])) as Record<
    IdeaCriterion,
    number
  >;
  const weighted = data.criteria.filter((c) => c.weight > 0).map((c) => c.id);
  const mapHref = `/w/${workspaceId}/journeys/${journeyId}`;
  const projectsHref = `${mapHref}/projects`;
  const full = data.chosen.count >= data.chosen.limit;

  const setParam = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(search);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null) next.delete(k);
      else next.set(k, v);
    }
    setSearch(next, { replace: true });
  };
  const onSort = (key: SortKey) =>
    setParam({
      sort: key,
      dir: key === sortKey ? (direction === 'desc' ? 'asc' : 'desc') : key === 'title' ? 'asc' : 'desc',
    });
  const onScore = (idea: PriorityIdea, change: ScoreChange) => {
    setRefusal(null);
    score.mutate({ idea, change }, { onError: (error) => setRefusal(error) });
  };
  const onChoose = (idea: PriorityIdea) => {
    setRefusal(null);
    choose.mutate(idea, { onError: (error) => setRefusal(error) });
  };

  return (
    <div className="page pr-page" data-testid="priorities-view">
      <header className="pr-header">
        <Link to={mapHref} className="pr-back" data-testid="priorities-back">
          <ArrowLeft size={16} aria-hidden="true" />
          {t('priorities:header.back', { title: data.journey.title })}
        </Link>
        <div className="pr-header__title">
          <h1>{t('priorities:header.title')}</h1>
          <span
            className={`badge pr-chosen-count${full ? ' pr-chosen-count--full' : ''}`}
            data-testid="priorities-chosen-count"
          >
            {t('priorities:header.chosen', { count: data.chosen.count, limit: data.chosen.limit })}
          </span>
          <Link to={projectsHref} className="btn btn-small btn-ghost" data-testid="priorities-to-projects">
            <ClipboardCheck size={16} aria-hidden="true" />
            <span>{t('priorities:header.projects')}</span>
          </Link>
        </div>
        <p className="muted pr-lead">{t('priorities:header.lead')}</p>
        <p className="muted pr-data" data-testid="priorities-data">
          {data.data.dataset
            ? t('priorities:data.linked', {
                name: data.data.dataset.name,
                journeys: formatNumber(data.data.dataset.journeys),
              })
            : t(`priorities:data.${data.data.reason ?? 'not-linked'}`)}
        </p>
      </header>
      {refusal ? (
        refusal instanceof ApiError && refusal.code === 'chosen-limit' ? (
          <ChosenLimitNotice error={refusal} />
        ) : (
          <ErrorAlert error={refusal} />
        )
      ) : null}
      {data.ideas.length === 0 ? (
        <p className="pr-empty" data-testid="priorities-empty">
          {t('priorities:empty')} <Link to={mapHref}>{t('priorities:emptyLink')}</Link>
        </p>
      ) : (
        <div className="pr-layout">
          <section className="pr-matrix-section" aria-labelledby="pr-matrix-title">
            <div className="pr-matrix-head">
              <h2 id="pr-matrix-title">{t('priorities:matrix.title')}</h2>
              <label className="pr-size">
                <span>{t('priorities:matrix.sizeBy')}</span>
                <select
                  value={sizeBy}
                  onChange={(e) => setParam({ size: e.target.value })}
                  data-testid="bubble-size"
                >
                  {SIZE_OPTIONS.map((s) => (
                    <option key={s} value={s}>
                      {t(`priorities:criteria.${s}`)}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <PriorityMatrix
              ideas={data.ideas}
              sizeBy={sizeBy}
              {...(canEdit
                ? {
                    onRescore: (idea: PriorityIdea, reach: number, feasibility: number) =>
                      onScore(idea, { reach, feasibility }),
                  }
                : {})}
            />
          </section>
          <WeightsPanel
            weights={weights}
            formatNumber={(v) => formatNumber(v)}
            saving={weigh.isPending}
            {...(role === 'owner'
              ? {
                  onChange: (criterion: IdeaCriterion, weight: number) => {
                    setRefusal(null);
                    weigh.mutate({ criterion, weight }, { onError: (error) => setRefusal(error) });
                  },
                }
              : {})}
          />
          <section className="pr-table-section" aria-labelledby="pr-table-title">
            <h2 id="pr-table-title">{t('priorities:table.title')}</h2>
            <ScoreTable
              ideas={sorted}
              criteria={weighted}
              sort={{ key: sortKey, direction }}
              onSort={onSort}
              projectsHref={projectsHref}
              formatScore={(v) => formatNumber(v, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}
              {...(canEdit
                ? {
                    editing: {
                      onScore,
                      onChoose,
                      choosingId: choose.isPending ? (choose.variables?.id ?? null) : null,
                    },
                  }
                : {})}
            />
          </section>
        </div>
      )}
    </div>
  );
}
