import { FileUp } from 'lucide-react';
import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCEPTED_FILES } from './DatasetRow.js';

/** Choose a file, or drop one here: a label around a real file input, so keyboards and screen readers reach it. */
export function FileDropZone({ onFile }: { onFile: (file: File) => void }) {
  const { t } = useTranslation('data');
  const [over, setOver] = useState(false);
  const hintId = useId();

  function drop(event: DragEvent) {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  }

  return (
    <label
      className={over ? 'file-drop over' : 'file-drop'}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      data-testid="file-drop"
    >
      <FileUp size={32} aria-hidden="true" className="file-drop-icon" />
      <span className="file-drop-title">{t('new.choose')}</span>
      <span id={hintId} className="muted file-drop-hint">
        {t('new.formats')}
      </span>
      <span className="btn btn-primary file-drop-button" aria-hidden="true">
        {t('new.chooseButton')}
      </span>
      <input
        type="file"
        className="visually-hidden"
        accept={ACCEPTED_FILES}
        aria-describedby={hintId}
        data-testid="file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
