import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from './describeError.js';
import { Dialog } from './Dialog.js';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  /** The action; while it runs the buttons are disabled, a failure is shown in the dialog. */
  onConfirm: () => Promise<unknown> | void;
  onClose: () => void;
  /** Red confirm button for actions that cannot be undone (the default). */
  danger?: boolean;
  /** Explains a known failure (for example the last-owner rule) better than the generic text. */
  explainError?: (error: unknown) => string | null;
}

/** "Are you sure?" for destructive actions. Focus starts on Cancel, so Enter never deletes by accident. */
export function ConfirmDialog({
  open,
  title,
  message,
  confirmLabel,
  onConfirm,
  onClose,
  danger = true,
  explainError,
}: ConfirmDialogProps) {
  const { t } = useTranslation(['ui', 'common']);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function closeDialog() {
    setError(null);
    setBusy(false);
    onClose();
  }

  async function runConfirm() {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      setBusy(false);
      onClose();
    } catch (err) {
      setBusy(false);
      setError(explainError?.(err) ?? describeError(t, err));
    }
  }

  return (
    <Dialog open={open} title={title} onClose={closeDialog} testId="confirm-dialog">
      <div className="confirm-message">{message}</div>
      {error && (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          className="btn"
          onClick={closeDialog}
          data-autofocus
          data-testid="confirm-cancel"
        >
          {t('common:actions.cancel')}
        </button>
        <button
          type="button"
          className={danger ? 'btn btn-danger' : 'btn btn-primary'}
          onClick={() => void runConfirm()}
          disabled={busy}
          data-testid="confirm-submit"
        >
          {busy ? t('ui:confirm.working') : confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
