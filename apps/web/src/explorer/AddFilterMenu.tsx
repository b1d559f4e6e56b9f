import type { DatasetFilter } from '@trailmap/domain';
import { Plus } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MenuButton } from '../map/MenuButton.js';
import { addToFilter } from './explorerFilter.js';
import { useDatasetQuery } from './useDatasetQuery.js';

interface StepTime {
  activity: string;
  events: number;
}
interface SatisfactionGroup {
  group: string;
  journeys: number;
}

type Kind = 'contains' | 'notContains' | 'channels' | 'time' | 'duration';

/** Adds a part to the filter: an activity a case must (not) contain, a channel, a time range, a case duration. */
export function AddFilterMenu({
  workspaceId,
  datasetId,
  filter,
  onChange,
}: {
  workspaceId: string;
  datasetId: string;
  filter: DatasetFilter;
  onChange: (filter: DatasetFilter) => void;
}) {
  const { t } = useTranslation('explorer');
  const [kind, setKind] = useState<Kind>('contains');
  const [value, setValue] = useState('');
  const [to, setTo] = useState('');
  const id = useId();
  // the choices come from the whole dataset, not the filtered part
  const activities = useDatasetQuery<StepTime[]>(workspaceId, datasetId, 'step-times', {});
  const channels = useDatasetQuery<SatisfactionGroup[]>(
    workspaceId,
    datasetId,
    'satisfaction',
    {},
    { by: 'channel' },
  );
  const activityNames = [...(activities.data ?? [])]
    .sort((a, b) => a.activity.localeCompare(b.activity))
    .map((a) => a.activity);
  const channelNames = (channels.data ?? []).map((g) => g.group).sort();

  function apply(event: FormEvent, close: () => void) {
    event.preventDefault();
    if (kind === 'contains' || kind === 'notContains' || kind === 'channels') {
      if (value) onChange(addToFilter(filter, kind, value));
    } else if (kind === 'time') {
      const next = { ...filter };
      if (value) next.from = new Date(value).toISOString();
      if (to) next.to = new Date(to).toISOString();
      onChange(next);
    } else {
      const min = Number(value);
      const max = Number(to);
      onChange({
        ...filter,
        caseDuration: {
          ...(value !== '' && Number.isFinite(min) ? { minSeconds: min * 3600 } : {}),
          ...(to !== '' && Number.isFinite(max) ? { maxSeconds: max * 3600 } : {}),
        },
      });
    }
    setValue('');
    setTo('');
    close();
  }

  const options = kind === 'channels' ? channelNames : activityNames;
  return (
    <MenuButton
      kind="dialog"
      label={
        <>
          <Plus size={14} aria-hidden="true" />
          {t('filter.add')}
        </>
      }
      className="btn btn-small"
      testId="filter-add"
      align="end"
    >
      {(close) => (
        <form className="add-filter" onSubmit={(e) => apply(e, close)}>
          <label htmlFor={`${id}-kind`}>{t('filter.kind')}</label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as Kind);
              setValue('');
              setTo('');
            }}
            data-testid="filter-kind"
          >
            {(['contains', 'notContains', 'channels', 'time', 'duration'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`filter.kinds.${k}`)}
              </option>
            ))}
          </select>
          {(kind === 'contains' || kind === 'notContains' || kind === 'channels') && (
            <>
              <label htmlFor={`${id}-value`}>
                {t(kind === 'channels' ? 'filter.channelLabel' : 'filter.activityLabel')}
              </label>
              <select
                id={`${id}-value`}
                value={value}
                onChange={(e) => setValue(e.target.value)}
                data-testid="filter-value"
              >
                <option value="">—</option>
                {options.map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </select>
            </>
          )}
          {kind === 'time' && (
            <>
              <label htmlFor={`${id}-from`}>{t('filter.fromLabel')}</label>
              <input
                id={`${id}-from`}
                type="datetime-local"
                value={value}
                onChange={(e) => setValue(e.target.value)}
              />
              <label htmlFor={`${id}-to`}>{t('filter.toLabel')}</label>
              <input
                id={`${id}-to`}
                type="datetime-local"
                value={to}
                onChange={(e) => setTo(e.target.value)}
              />
            </>
          )}
          {kind === 'duration' && (
            <>
              <label htmlFor={`${id}-min`}>{t('filter.minHours')}</label>
              <input
                id={`${id}-min`}
                type="number"
                min={0}
                step="any"
                value={value}
                onChange={(e) => setValue(e.target.value)}
              />
              <label htmlFor={`${id}-max`}>{t('filter.maxHours')}</label>
              <input
                id={`${id}-max`}
                type="number"
                min={0}
                step="any"
                value={to}
                onChange={(e) => setTo(e.target.value)}
              />
            </>
          )}
          <button type="submit" className="btn btn-primary btn-small" data-testid="filter-apply">
            {t('filter.apply')}
          </button>
        </form>
      )}
    </MenuButton>
  );
}
