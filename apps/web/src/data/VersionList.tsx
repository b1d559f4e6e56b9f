import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.js';
import { useDataset } from './datasetsApi.js';

/** The versions (files) of a dataset, read when opened: when each came in, events added and skipped. */
export function VersionList({ workspaceId, datasetId }: { workspaceId: string; datasetId: string }) {
  const { t } = useTranslation(['data', 'common']);
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const dataset = useDataset(workspaceId, datasetId, open);
  const versions = dataset.data?.versionList ?? [];
  return (
    <details className="dataset-versions" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('data:versions.summary')}</summary>
      {dataset.isPending && open && <p className="muted">{t('common:state.loading')}</p>}
      {versions.length > 0 && (
        <div className="table-scroll">
          <table className="data-table version-table">
            <caption className="visually-hidden">{t('data:versions.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('data:versions.version')}</th>
                <th scope="col">{t('data:versions.importedAt')}</th>
                <th scope="col" className="numeric">
                  {t('data:versions.added')}
                </th>
                <th scope="col" className="numeric">
                  {t('data:versions.skipped')}
                </th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.version}>
                  <td>{format.number(v.version)}</td>
                  <td>
                    <time dateTime={v.importedAt}>{format.dateTime(v.importedAt)}</time>
                  </td>
                  <td className="numeric">{format.number(v.eventsAdded)}</td>
                  <td className="numeric">{format.number(v.eventsSkipped)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
