import { Upload } from 'lucide-react';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type ApiIssue } from '../api/client.js';
import { useFormat } from '../i18n/format.js';
import { describeError } from '../ui/describeError.js';
import { Field } from '../ui/Field.js';
import { CaseNotionField } from './CaseNotionField.js';
import { useCreateDataset, type DatasetView, type UploadView } from './datasetsApi.js';
import { FormatOptions } from './FormatOptions.js';
import { formatBytes } from './formatBytes.js';
import {
  assignRole,
  buildMapping,
  COLUMN_ROLES,
  fieldOfIssue,
  initialDraft,
  mapsColumns,
  missingParts,
  type ColumnRole,
  type MappingDraft,
} from './mappingDraft.js';
import { PreviewTable } from './PreviewTable.js';

export interface MappingStepProps {
  workspaceId: string;
  upload: UploadView;
  /** Choose another file. */
  onStartOver: () => void;
  /** The import was accepted (202) and runs in the background. */
  onImported: (dataset: DatasetView) => void;
}

interface FieldIssues {
  roles: Partial<Record<ColumnRole, string>>;
  delimiter?: string;
  classifier?: string;
  objectType?: string;
  notion?: string;
  stitching?: string;
  name?: string;
  other: string[];
}

/** A refused import's issues, by the field of the mapping step that shows them. */
function sortIssues(issues: readonly ApiIssue[]): FieldIssues {
  const sorted: FieldIssues = { roles: {}, other: [] };
  for (const issue of issues) {
    const field = fieldOfIssue(issue.path);
    if (field.kind === 'role') sorted.roles[field.role] = issue.message;
    else if (field.kind === 'other' || field.kind === 'file') sorted.other.push(issue.message);
    else sorted[field.kind] = issue.message;
  }
  return sorted;
}

/**
 * The mapping step: what Trailmap read from the file (format, columns with their types, the first rows),
 * a role per column (pm4py/XES names pre-chosen), the format's own options, what one journey is, identity
 * stitching, a name — and what is still missing before the import can start.
 */
export function MappingStep({ workspaceId, upload, onStartOver, onImported }: MappingStepProps) {
  const { t } = useTranslation(['data', 'common', 'ui']);
  const format = useFormat();
  const { preview } = upload;
  const [draft, setDraft] = useState<MappingDraft>(() => initialDraft(preview, upload.fileName));
  const [refused, setRefused] = useState<{ issues: FieldIssues; error: unknown } | null>(null);
  const create = useCreateDataset(workspaceId);
  const missing = missingParts(draft, preview);
  const missingId = useId();
  const problemRef = useRef<HTMLDivElement>(null);
  const fileHeading = useRef<HTMLHeadingElement>(null);

  // the file input that had focus is gone: keyboard and screen-reader users continue at what was read
  useEffect(() => {
    fileHeading.current?.focus();
  }, []);
  const issues = refused?.issues ?? { roles: {}, other: [] };

  const recognised = useMemo(
    () =>
      COLUMN_ROLES.flatMap((role) => {
        const column = preview.suggested.columns?.[role];
        return column ? [{ role, column }] : [];
      }),
    [preview],
  );

  function change(next: MappingDraft) {
    setDraft(next);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (missing.length > 0 || create.isPending) return;
    setRefused(null);
    create.mutate(
      { uploadId: upload.id, name: draft.name.trim(), mapping: buildMapping(draft, preview) },
      {
        onSuccess: onImported,
        onError: (error) => {
          setRefused({ issues: sortIssues(error instanceof ApiError ? error.issues : []), error });
          requestAnimationFrame(() => problemRef.current?.focus());
        },
      },
    );
  }

  // a role the server could not read that no column holds is shown with what is missing
  const unplacedRoleIssues = (Object.entries(issues.roles) as [ColumnRole, string][]).filter(
    ([role]) => !draft.roles[role],
  );

  return (
    <form className="mapping-step" onSubmit={submit} noValidate data-testid="mapping-step">
      <section className="mapping-summary card" aria-labelledby={`${missingId}-file`}>
        <div>
          <h2 id={`${missingId}-file`} className="mapping-file" ref={fileHeading} tabIndex={-1}>
            {upload.fileName}
          </h2>
          <p className="muted mapping-facts">
            <span className="badge" data-testid="mapping-format">
              {t(`data:formats.${preview.format}`)}
            </span>{' '}
            {formatBytes(upload.sizeBytes, format.number)} ·{' '}
            {t('data:mapping.columnCount', { count: preview.columns.length, formatted: format.number(preview.columns.length) })}
          </p>
          {recognised.length > 0 ? (
            <div className="mapping-recognised" data-testid="mapping-recognised">
              <p className="mapping-recognised-title">{t('data:mapping.recognised')}</p>
              <ul className="recognised-list">
                {recognised.map(({ role, column }) => (
                  <li key={role}>
                    <strong>{t(`data:roles.${role}`)}</strong> <code>{column}</code>
                  </li>
                ))}
              </ul>
            </div>
          ) : mapsColumns(preview.format) ? (
            <p className="mapping-recognised">{t('data:mapping.noneRecognised')}</p>
          ) : (
            <p className="mapping-recognised">{t(`data:mapping.ownFields.${preview.format}`)}</p>
          )}
        </div>
        <button type="button" className="btn btn-small" onClick={onStartOver} data-testid="choose-another">
          <Upload size={16} aria-hidden="true" />
          {t('data:mapping.another')}
        </button>
      </section>

      <section className="mapping-section mapping-columns" aria-labelledby={`${missingId}-columns`}>
        <h2 id={`${missingId}-columns`}>{t('data:mapping.columnsTitle')}</h2>
        <p className="hint muted">
          {mapsColumns(preview.format)
            ? t('data:mapping.columnsHint')
            : preview.format === 'xes'
              ? t('data:mapping.columnsHintXes')
              : t('data:mapping.columnsHintFixed')}
        </p>
        <PreviewTable
          fileName={upload.fileName}
          preview={preview}
          draft={draft}
          onAssign={(column, role) => change(assignRole(draft, column, role))}
          roleIssues={issues.roles}
        />
      </section>

      <FormatOptions preview={preview} draft={draft} onChange={change} issues={issues} />
      <CaseNotionField preview={preview} draft={draft} onChange={change} issues={issues} />

      <section className="mapping-section mapping-finish">
        <Field label={t('data:mapping.name')} hint={t('data:mapping.nameHint')} error={issues.name} className="name-field">
          {(props) => (
            <input
              {...props}
              type="text"
              value={draft.name}
              maxLength={200}
              onChange={(e) => change({ ...draft, name: e.target.value })}
              data-testid="dataset-name-input"
            />
          )}
        </Field>

        <div id={missingId} className="mapping-missing" aria-live="polite" data-testid="mapping-missing">
          {(missing.length > 0 || unplacedRoleIssues.length > 0) && (
            <>
              <p>
                <strong>{t('data:missing.title')}</strong>
              </p>
              <ul>
                {missing.map((part) => (
                  <li key={part} data-missing={part}>
                    {t(`data:missing.${part}`)}
                  </li>
                ))}
                {unplacedRoleIssues.map(([role, message]) => (
                  <li key={`issue-${role}`} className="error">
                    {t('data:missing.refusedRole', { role: t(`data:roles.${role}`) })} <span className="muted">({message})</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>

        {refused && (
          <div className="alert alert-error" role="alert" tabIndex={-1} ref={problemRef} data-testid="mapping-refused">
            {explainRefusal(t, refused.error, issues)}
            {issues.other.length > 0 && (
              <ul>
                {issues.other.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            )}
            {refused.error instanceof ApiError && refused.error.status === 404 && (
              <button type="button" className="btn btn-small" onClick={onStartOver}>
                {t('data:mapping.another')}
              </button>
            )}
          </div>
        )}

        <div className="mapping-actions">
          <button
            type="submit"
            className="btn btn-primary"
            disabled={missing.length > 0 || create.isPending}
            aria-describedby={missing.length > 0 ? missingId : undefined}
            data-testid="import-submit"
          >
            {create.isPending ? t('data:mapping.starting') : t('data:mapping.import')}
          </button>
          <p className="muted mapping-leave-hint">{t('data:mapping.leaveHint')}</p>
        </div>
      </section>
    </form>
  );
}

function explainRefusal(
  t: (key: string, values?: Record<string, unknown>) => string,
  error: unknown,
  issues: FieldIssues,
): string {
  if (error instanceof ApiError) {
    if (error.status === 404) return t('data:mapping.expired');
    if (error.code === 'imports-busy') return t('data:mapping.busy');
    if (error.status === 400) {
      const atFields = Object.keys(issues.roles).length > 0 || Object.keys(issues).some((k) => k !== 'roles' && k !== 'other');
      return atFields ? t('data:mapping.refusedAtFields') : t('data:mapping.refused');
    }
  }
  return describeError(t, error);
}
