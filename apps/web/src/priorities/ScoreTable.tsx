import type { IdeaCriterion } from '@trailmap/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PriorityIdea, ScoreChange } from './prioritiesApi.js';
import type { SortDirection, SortKey } from './sortIdeas.js';

export interface ScoreTableProps {
  ideas: readonly PriorityIdea[];
  /** The criteria with a weight above 0, in the set's order. */
  criteria: readonly IdeaCriterion[];
  sort: { key: SortKey; direction: SortDirection };
  onSort: (key: SortKey) => void;
  projectsHref: string;
  formatScore: (value: number) => string;
  /** Editing tools; absent for viewers. */
  editing?: {
    onScore: (idea: PriorityIdea, change: ScoreChange) => void;
    onChoose: (idea: PriorityIdea) => void;
    choosingId: string | null;
  };
}

const CHOSEN = new Set(['chosen', 'in-progress']);

/** The weighted score table: one row per idea, a column per weighted criterion, sortable by any column. */
export function ScoreTable({
  ideas,
  criteria,
  sort,
  onSort,
  projectsHref,
  formatScore,
  editing,
}: ScoreTableProps) {
  const { t } = useTranslation('priorities');
  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button type="button" className="pr-sort" onClick={() => onSort(key)} data-testid={`sort-${key}`}>
          {label}
          <span aria-hidden="true">{active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
        </button>
      </th>
    );
  };
  return (
    <div className="pr-table-wrap">
      <table className="pr-table" data-testid="score-table">
        <caption className="visually-hidden">{t('table.caption')}</caption>
        <thead>
          <tr>
            {header('title', t('table.idea'))}
            {criteria.map((c) => (
              <th
                key={c}
                scope="col"
                aria-sort={sort.key === c ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                <button type="button" className="pr-sort" onClick={() => onSort(c)} data-testid={`sort-${c}`}>
                  {t(`criteria.${c}`)}
                  <span aria-hidden="true">
                    {sort.key === c ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              </th>
            ))}
            {header('score', t('table.score'))}
            <th scope="col">{t('table.choice')}</th>
          </tr>
        </thead>
        <tbody>
          {ideas.map((idea) => {
            const project = idea.projects.find((p) => CHOSEN.has(p.status)) ?? idea.projects[0];
            return (
              <tr key={idea.id} data-testid={`idea-row-${idea.id}`}>
                <th scope="row" className="pr-idea">
                  <span className="pr-idea__title">{idea.title}</span>
                  <span className="muted pr-idea__source">
                    {t(`sources.${idea.source.kind}`)}
                    {idea.source.note ? ` — ${idea.source.note}` : ''}
                  </span>
                </th>
                {criteria.map((c) => {
                  const score = idea.scores[c];
                  const label = t('table.scoreLabel', { criterion: t(`criteria.${c}`), title: idea.title });
                  return (
                    <td key={c} className="pr-cell">
                      {editing ? (
                        <select
                          aria-label={label}
                          value={score.value === null ? '' : String(score.value)}
                          data-testid={`score-${c}-${idea.id}`}
                          onChange={(e) =>
                            editing.onScore(idea, {
                              [c]: e.target.value === '' ? null : Number(e.target.value),
                            })
                          }
                        >
                          <option value="">–</option>
                          {[1, 2, 3, 4, 5].map((v) => (
                            <option key={v} value={v}>
                              {v}
                            </option>
                          ))}
                        </select>
                      ) : (
                        <span aria-label={label}>{score.value ?? '–'}</span>
                      )}
                      {score.basis === 'measured' ? (
                        <span className="badge pr-basis pr-basis--measured" title={t('basis.measuredHint')}>
                          {t('basis.measured')}
                        </span>
                      ) : score.measuredValue !== null ? (
                        <span className="pr-override">
                          <span
                            className="badge pr-basis"
                            title={t('basis.overrideHint', { value: score.measuredValue })}
                          >
                            {t('basis.override')}
                          </span>
                          {editing && (c === 'reach' || c === 'satisfaction') ? (
                            <button
                              type="button"
                              className="btn btn-small btn-ghost"
                              onClick={() => editing.onScore(idea, { useMeasured: [c] })}
                              data-testid={`use-measured-${c}-${idea.id}`}
                            >
                              {t('basis.useMeasured', { value: score.measuredValue })}
                            </button>
                          ) : null}
                        </span>
                      ) : null}
                    </td>
                  );
                })}
                <td className="pr-score" data-testid={`score-${idea.id}`}>
                  {idea.score === null ? (
                    <span className="muted">{t('table.unscored')}</span>
                  ) : (
                    formatScore(idea.score)
                  )}
                </td>
                <td className="pr-choice">
                  {project ? (
                    <Link to={projectsHref} className="badge pr-chosen" data-testid={`chosen-${idea.id}`}>
                      {t(`projectStatus.${project.status}`)}
                    </Link>
                  ) : editing ? (
                    <button
                      type="button"
                      className="btn btn-small"
                      onClick={() => editing.onChoose(idea)}
                      disabled={editing.choosingId === idea.id}
                      aria-label={t('table.chooseLabel', { title: idea.title })}
                      data-testid={`choose-${idea.id}`}
                    >
                      {t('table.choose')}
                    </button>
                  ) : (
                    <span className="muted">–</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
