import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';

export interface DeleteCardButtonProps {
  label: string;
  confirmTitle: string;
  confirmMessage: string;
  onDelete: () => void;
  testId: string;
}

/** Delete with a confirmation first (undo can bring the card back). */
export function DeleteCardButton({
  label,
  confirmTitle,
  confirmMessage,
  onDelete,
  testId,
}: DeleteCardButtonProps) {
  const { t } = useTranslation('map');
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button
        type="button"
        className="btn btn-ghost danger-text"
        onClick={() => setAsking(true)}
        data-testid={testId}
      >
        <Trash2 size={16} aria-hidden="true" />
        {label}
      </button>
      <ConfirmDialog
        open={asking}
        title={confirmTitle}
        message={<p>{confirmMessage}</p>}
        confirmLabel={t('panel.deleteConfirm')}
        onConfirm={onDelete}
        onClose={() => setAsking(false)}
      />
    </>
  );
}
