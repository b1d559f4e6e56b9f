import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, findIssue } from '../ui/describeError.js';
import { Dialog } from '../ui/Dialog.js';
import { Field } from '../ui/Field.js';
import { useRenameDataset, type DatasetView } from './datasetsApi.js';

export interface RenameDatasetDialogProps {
  workspaceId: string;
  dataset: DatasetView | null;
  onClose: () => void;
  onRenamed: (dataset: DatasetView) => void;
}

/** Gives a dataset another name. */
export function RenameDatasetDialog({ workspaceId, dataset, onClose, onRenamed }: RenameDatasetDialogProps) {
  const { t } = useTranslation(['data', 'common']);
  return (
    <Dialog open={dataset !== null} title={t('data:rename.title')} onClose={onClose} testId="rename-dataset-dialog">
      {dataset && (
        <RenameForm workspaceId={workspaceId} dataset={dataset} onClose={onClose} onRenamed={onRenamed} />
      )}
    </Dialog>
  );
}

function RenameForm({
  workspaceId,
  dataset,
  onClose,
  onRenamed,
}: {
  workspaceId: string;
  dataset: DatasetView;
  onClose: () => void;
  onRenamed: (dataset: DatasetView) => void;
}) {
  const { t } = useTranslation(['data', 'common', 'ui']);
  const [name, setName] = useState(dataset.name);
  const [problem, setProblem] = useState<string | null>(null);
  const rename = useRenameDataset(workspaceId);

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setProblem(t('data:rename.required'));
      return;
    }
    if (trimmed.length > 200) {
      setProblem(t('data:rename.tooLong'));
      return;
    }
    setProblem(null);
    rename.mutate(
      { datasetId: dataset.id, name: trimmed },
      {
        onSuccess: (renamed) => {
          onRenamed(renamed);
          onClose();
        },
        onError: (error) => setProblem(findIssue(error, 'name') ? t('data:rename.invalid') : describeError(t, error)),
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Field label={t('data:rename.label')} error={problem}>
        {(props) => (
          <input
            {...props}
            type="text"
            value={name}
            maxLength={200}
            onChange={(e) => setName(e.target.value)}
            data-autofocus
            data-testid="rename-dataset-name"
          />
        )}
      </Field>
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          {t('common:actions.cancel')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={rename.isPending} data-testid="rename-dataset-submit">
          {rename.isPending ? t('common:state.saving') : t('data:rename.submit')}
        </button>
      </div>
    </form>
  );
}
