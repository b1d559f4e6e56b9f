import type { ImportProblem } from '@trailmap/domain';
import { TriangleAlert } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.js';
import { explainImportReason } from './explainImportReason.js';

export interface ImportProblemNoticeProps {
  problem: ImportProblem;
  /** `first`: the dataset has no events (its first import failed); `append`: it keeps its earlier versions. */
  kind: 'first' | 'append';
  /** "Upload again" and "Delete", for editors. */
  actions?: ReactNode;
}

/** Where an import went wrong (file, line, column) and why, in the user's language, and what to do. */
export function ImportProblemNotice({ problem, kind, actions }: ImportProblemNoticeProps) {
  const { t } = useTranslation('data');
  const format = useFormat();
  const place = [
    problem.file ?? null,
    problem.line !== null ? t('problem.line', { line: format.number(problem.line) }) : null,
    problem.column !== null ? t('problem.column', { column: problem.column }) : null,
  ].filter((part): part is string => part !== null);
  const explained = explainImportReason(problem.reason);
  return (
    <div className={`import-problem import-problem-${kind}`} data-testid="import-problem">
      <p className="import-problem-title">
        <TriangleAlert size={16} aria-hidden="true" />
        <strong>{kind === 'first' ? t('problem.firstTitle') : t('problem.appendTitle')}</strong>
      </p>
      {place.length > 0 && (
        <p className="import-problem-where" data-testid="import-problem-where">
          {t('problem.where', { place: place.join(', ') })}
        </p>
      )}
      <p className="import-problem-reason" data-testid="import-problem-reason">
        {explained
          ? t(`problem.reasons.${explained.key}`, explained.values)
          : t('problem.reasonRaw', { reason: problem.reason })}
      </p>
      <p className="import-problem-next muted">
        {kind === 'first' ? t('problem.firstNext') : t('problem.appendNext')}
      </p>
      {actions && <div className="import-problem-actions">{actions}</div>}
    </div>
  );
}
