import type { DatasetFilter } from '@trailmap/domain';
import { Filter, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.js';
import { listFilterParts, removeFilterPart, type FilterPart } from './explorerFilter.js';
import { formatDuration } from './formatDuration.js';
import { AddFilterMenu } from './AddFilterMenu.js';

export interface FilterBarProps {
  workspaceId: string;
  datasetId: string;
  filter: DatasetFilter;
  onChange: (filter: DatasetFilter) => void;
  /** The region's name (the explorer's filter by default; a view's own segment filter names itself). */
  label?: string;
  testId?: string;
  /** What the bar says when the filter is empty. */
  emptyText?: string;
}

/** What the filter keeps, as chips that each remove their part; "clear" removes them all. */
export function FilterBar({
  workspaceId,
  datasetId,
  filter,
  onChange,
  label,
  testId = 'filter-bar',
  emptyText,
}: FilterBarProps) {
  const { t, i18n } = useTranslation('explorer');
  const format = useFormat();
  const parts = listFilterParts(filter);

  function describe(part: FilterPart): string {
    switch (part.kind) {
      case 'from':
        return t('filter.from', { date: format.dateTime(part.value) });
      case 'to':
        return t('filter.to', { date: format.dateTime(part.value) });
      case 'channel':
        return t('filter.channel', { channel: part.value });
      case 'attribute':
        return part.label;
      case 'variants':
        return t('filter.variants', { count: part.count });
      case 'caseDuration':
        return t('filter.caseDuration', {
          min: part.minSeconds !== undefined ? formatDuration(part.minSeconds, i18n.language) : '0',
          max: part.maxSeconds !== undefined ? formatDuration(part.maxSeconds, i18n.language) : '∞',
        });
      case 'contains':
        return t('filter.contains', { activity: part.value });
      case 'notContains':
        return t('filter.notContains', { activity: part.value });
      case 'edge':
        return t('filter.edge', { from: part.from, to: part.to });
    }
  }

  return (
    <div className="filter-bar" role="region" aria-label={label ?? t('filter.label')} data-testid={testId}>
      <Filter size={16} aria-hidden="true" />
      {parts.length === 0 ? (
        <span className="muted">{emptyText ?? t('filter.none')}</span>
      ) : (
        <ul className="filter-chips">
          {parts.map((part, i) => {
            const text = describe(part);
            return (
              <li key={`${part.kind}-${i}`} className="filter-chip" data-testid="filter-chip">
                <span>{text}</span>
                <button
                  type="button"
                  className="icon-btn"
                  aria-label={t('filter.remove', { part: text })}
                  onClick={() => onChange(removeFilterPart(filter, part))}
                >
                  <X size={14} aria-hidden="true" />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="filter-actions">
        <AddFilterMenu workspaceId={workspaceId} datasetId={datasetId} filter={filter} onChange={onChange} />
        {parts.length > 0 && (
          <button
            type="button"
            className="btn btn-small btn-ghost"
            onClick={() => onChange({})}
            data-testid="filter-clear"
          >
            {t('filter.clear')}
          </button>
        )}
      </div>
    </div>
  );
}
