import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.js';
import type { DatasetView } from './datasetsApi.js';
import { formatBytes } from './formatBytes.js';

/** A dataset's figures: events, cases, customers, activities, time range, versions, size (in the locale). */
export function DatasetFigures({ dataset }: { dataset: DatasetView }) {
  const { t } = useTranslation('data');
  const format = useFormat();
  const count = (value: number) => (value > 0 ? format.number(value) : t('figures.none'));
  const first = dataset.firstEventAt;
  const last = dataset.lastEventAt;
  const range =
    first && last ? (
      format.date(first) === format.date(last) ? (
        <time dateTime={first}>{format.date(first)}</time>
      ) : (
        <>
          <time dateTime={first}>{format.date(first)}</time>
          {' – '}
          <time dateTime={last}>{format.date(last)}</time>
        </>
      )
    ) : (
      t('figures.none')
    );
  const items: [string, ReactNode, string][] = [
    ['events', count(dataset.events), 'dataset-events'],
    ['cases', count(dataset.cases), 'dataset-cases'],
    ['customers', count(dataset.customers), 'dataset-customers'],
    ['activities', count(dataset.activities), 'dataset-activities'],
    ['range', range, 'dataset-range'],
    ['versions', format.number(dataset.versions), 'dataset-versions'],
    ['size', formatBytes(dataset.sizeBytes, format.number), 'dataset-size'],
  ];
  return (
    <dl className="dataset-figures">
      {items.map(([key, value, testId]) => (
        <div key={key} className={`dataset-figure dataset-figure-${key}`}>
          <dt>{t(`figures.${key}`)}</dt>
          <dd data-testid={testId}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
