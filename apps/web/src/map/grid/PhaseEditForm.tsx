import type { Phase, PhaseFields } from '@trailmap/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface PhaseEditFormProps {
  phase: Phase;
  onSave: (fields: PhaseFields) => void;
  onCancel: () => void;
}

/** Rename a phase and say what the customer needs in it, right in the phase header. */
export function PhaseEditForm({ phase, onSave, onCancel }: PhaseEditFormProps) {
  const { t } = useTranslation(['map', 'common']);
  const [name, setName] = useState(phase.name);
  const [need, setNeed] = useState(phase.customerNeed);
  function submitForm(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return;
    onSave({ name: name.trim(), customerNeed: need.trim() });
  }
  return (
    <form
      className="phase-edit"
      onSubmit={submitForm}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
      data-native-undo
    >
      <input
        type="text"
        value={name}
        onChange={(e) => setName(e.target.value)}
        aria-label={t('phase.name')}
        maxLength={200}
        required
        autoFocus
        data-testid="phase-name-input"
      />
      <input
        type="text"
        value={need}
        onChange={(e) => setNeed(e.target.value)}
        aria-label={t('phase.need')}
        placeholder={t('phase.needPlaceholder')}
        maxLength={1000}
      />
      <div className="phase-edit-actions">
        <button type="submit" className="btn btn-primary btn-small" disabled={!name.trim()}>
          {t('common:actions.save')}
        </button>
        <button type="button" className="btn btn-small" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
