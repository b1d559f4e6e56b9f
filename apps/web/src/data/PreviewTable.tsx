import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreviewValue, UploadPreview } from './datasetsApi.js';
import { fixedRoleOf, roleOfColumn, rolesFor, type ColumnRole, type MappingDraft } from './mappingDraft.js';

export interface PreviewTableProps {
  fileName: string;
  preview: UploadPreview;
  draft: MappingDraft;
  onAssign: (column: string, role: ColumnRole | null) => void;
  /** The server's words for a role it could not read, by role (a 400 of the import). */
  roleIssues: Partial<Record<ColumnRole, string>>;
}

function show(value: PreviewValue | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

/**
 * The file's first rows, scrolling sideways; each column's header names its detected type and has a role
 * picker (or, for XES, OCEL and Segment, the role the format gives it).
 */
export function PreviewTable({ fileName, preview, draft, onAssign, roleIssues }: PreviewTableProps) {
  const { t } = useTranslation('data');
  const captionId = useId();
  const idBase = useId();
  // XES, OCEL and Segment previews list the event model's own fields; those the file leaves empty are left out
  const columns = preview.columns.filter(
    (column) => !(fixedRoleOf(preview.format, column.name) && column.type === 'empty'),
  );
  return (
    <div className="preview-scroll" role="region" aria-labelledby={captionId} tabIndex={0} data-testid="preview-table">
      <table className="data-table preview-table">
        <caption id={captionId} className="preview-caption">
          {t('mapping.caption', { count: preview.rows.length, file: fileName })}
        </caption>
        <thead>
          <tr>
            {columns.map((column, index) => {
              const fixed = fixedRoleOf(preview.format, column.name);
              const roles = rolesFor(preview.format, column.name);
              const role = fixed ?? roleOfColumn(draft, column.name);
              const issue = role && !fixed ? roleIssues[role] : undefined;
              const errorId = `${idBase}-${index}-error`;
              return (
                <th
                  key={column.name}
                  scope="col"
                  className={role ? 'has-role' : undefined}
                  data-testid="preview-column"
                  data-column={column.name}
                >
                  <span className="column-name">{column.name}</span>
                  <span className="column-type">{t(`types.${column.type}`, { defaultValue: column.type })}</span>
                  {fixed ? (
                    <span className="column-fixed-role">{t(`roles.${fixed}`)}</span>
                  ) : roles.length > 0 ? (
                    <select
                      className="role-picker"
                      value={role ?? ''}
                      aria-label={t('mapping.roleOf', { column: column.name })}
                      aria-invalid={issue ? true : undefined}
                      aria-describedby={issue ? errorId : undefined}
                      onChange={(event) => onAssign(column.name, (event.target.value || null) as ColumnRole | null)}
                      data-testid="role-picker"
                    >
                      <option value="">{t('roles.none')}</option>
                      {roles.map((r) => (
                        <option key={r} value={r}>
                          {t(`roles.${r}`)}
                        </option>
                      ))}
                    </select>
                  ) : null}
                  {issue && (
                    <span id={errorId} className="error column-error">
                      {issue}
                    </span>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {columns.map((column) => {
                const text = show(row[column.name]);
                const mapped = fixedRoleOf(preview.format, column.name) ?? roleOfColumn(draft, column.name);
                return (
                  <td key={column.name} className={mapped ? 'has-role' : undefined} title={text.length > 40 ? text : undefined}>
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
