import { ArrowLeft } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../api/client.js';
import { useFormat } from '../i18n/format.js';
import { useDocumentTitle } from '../pages/useDocumentTitle.js';
import { useWorkspaceRole } from '../pages/useWorkspaceRole.js';
import { describeError } from '../ui/describeError.js';
import type { UploadView } from './datasetsApi.js';
import type { ImportStartedState } from './DatasetsPage.js';
import { FileDropZone } from './FileDropZone.js';
import { formatBytes } from './formatBytes.js';
import { MappingStep } from './MappingStep.js';
import { ProgressBar } from './ProgressBar.js';
import { sendFile, UploadAborted } from './sendFile.js';
import '../pages/pages.css';
import './data.css';

type Phase =
  | { kind: 'choose' }
  | { kind: 'uploading'; file: File; sent: number | null }
  | { kind: 'refused'; file: File; error: unknown }
  | { kind: 'mapping'; upload: UploadView };

/** `/w/:ws/data/new`: choose or drop a file, upload it with progress, map its columns, import. */
export default function NewDatasetPage() {
  const { workspaceId = '' } = useParams();
  const { t } = useTranslation(['data', 'common', 'ui']);
  useDocumentTitle(t('data:new.title'));
  const format = useFormat();
  const navigate = useNavigate();
  const access = useWorkspaceRole(workspaceId);
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const controller = useRef<AbortController | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => () => controller.current?.abort(), []);

  async function upload(file: File) {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setPhase({ kind: 'uploading', file, sent: 0 });
    try {
      const answer = await sendFile<{ upload: UploadView }>(`/api/workspaces/${workspaceId}/uploads`, file, {
        signal: abort.signal,
        onProgress: (sent, total) =>
          setPhase({ kind: 'uploading', file, sent: total > 0 ? Math.min(1, sent / total) : null }),
      });
      setPhase({ kind: 'mapping', upload: answer.upload });
    } catch (error) {
      if (error instanceof UploadAborted) setPhase({ kind: 'choose' });
      else setPhase({ kind: 'refused', file, error });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  }

  function startOver() {
    setPhase({ kind: 'choose' });
    heading.current?.focus();
  }

  const step = phase.kind === 'mapping' ? 2 : 1;
  return (
    <div className="page new-dataset-page">
      <Link to={`/w/${workspaceId}/data`} className="back-link">
        <ArrowLeft size={16} aria-hidden="true" />
        {t('data:title')}
      </Link>
      <header className="page-header">
        <div>
          <h1 ref={heading} tabIndex={-1}>
            {t('data:new.title')}
          </h1>
          <p className="muted page-intro">{t('data:new.intro')}</p>
        </div>
      </header>
      <ol className="data-steps" aria-label={t('data:new.stepsLabel')}>
        {[1, 2, 3].map((n) => (
          <li key={n} aria-current={n === step ? 'step' : undefined} className={n < step ? 'done' : undefined}>
            <span className="data-step-number" aria-hidden="true">
              {n}
            </span>
            <span className="data-step-label">{t(`data:new.step${n}`)}</span>
          </li>
        ))}
      </ol>

      {!access.isPending && !access.canEdit ? (
        <p className="alert" data-testid="new-dataset-viewer">
          {t('data:new.viewer')}
        </p>
      ) : (
        <>
          {phase.kind === 'choose' && <FileDropZone onFile={(file) => void upload(file)} />}

          {phase.kind === 'uploading' && (
            <section className="card upload-card" aria-live="polite" data-testid="upload-progress">
              <p className="upload-file">
                <strong>{phase.file.name}</strong>{' '}
                <span className="muted">{formatBytes(phase.file.size, format.number)}</span>
              </p>
              <ProgressBar
                value={phase.sent !== null && phase.sent >= 1 ? null : phase.sent}
                label={t('data:new.uploadingLabel', { file: phase.file.name })}
              />
              <p className="muted">
                {phase.sent !== null && phase.sent >= 1 ? t('data:new.reading') : t('data:new.uploading')}
              </p>
              <button type="button" className="btn btn-small" onClick={() => controller.current?.abort()}>
                {t('common:actions.cancel')}
              </button>
            </section>
          )}

          {phase.kind === 'refused' && (
            <section className="card upload-card" data-testid="upload-refused">
              <div className="alert alert-error" role="alert">
                <p className="upload-refused-title">
                  <strong>{t('data:new.refused', { file: phase.file.name })}</strong>
                </p>
                <p>{explainUploadError(t, phase.error)}</p>
              </div>
              <FileDropZone onFile={(file) => void upload(file)} />
            </section>
          )}

          {phase.kind === 'mapping' && (
            <MappingStep
              workspaceId={workspaceId}
              upload={phase.upload}
              onStartOver={startOver}
              onImported={(dataset) =>
                navigate(`/w/${workspaceId}/data`, { state: { started: dataset.name } satisfies ImportStartedState })
              }
            />
          )}
        </>
      )}
    </div>
  );
}

/** Why the server did not take a file, in words; the server's own detail follows for a file it cannot read. */
function explainUploadError(t: (key: string, values?: Record<string, unknown>) => string, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 413) return t('data:new.tooLarge');
    if (error.status === 400) {
      const detail = error.issues.find((i) => i.path === 'body.file')?.message ?? error.message;
      return t('data:new.unreadable', { detail });
    }
  }
  return describeError(t, error);
}
