import { ImageOff, Upload } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Avatar } from '../../ui/Avatar.js';
import { downscaleImage, MAX_PICTURE_SIDE_PX, PictureError } from './downscaleImage.js';

export interface PictureFieldProps {
  name: string;
  pictureUrl: string | null;
  onChange: (pictureUrl: string | null) => void;
}

/** The persona's picture: upload one (scaled down to 256 px in the browser) or remove it for initials. */
export function PictureField({ name, pictureUrl, onChange }: PictureFieldProps) {
  const { t } = useTranslation('personas');
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const statusId = useId();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function readFile(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    setProblem(null);
    try {
      onChange(await downscaleImage(file));
    } catch (error) {
      setProblem(t(`picture.problems.${error instanceof PictureError ? error.problem : 'unreadable'}`));
    } finally {
      setBusy(false);
      if (inputRef.current) inputRef.current.value = '';
    }
  }

  return (
    <div className="picture-field">
      <Avatar name={name || '?'} pictureUrl={pictureUrl} size={96} decorative />
      <div className="picture-field-controls">
        <span className="label">{t('picture.label')}</span>
        <div className="picture-field-buttons">
          <input
            ref={inputRef}
            id={inputId}
            type="file"
            accept="image/png,image/jpeg,image/webp,image/gif"
            className="visually-hidden file-input"
            aria-describedby={statusId}
            onChange={(e) => void readFile(e.target.files?.[0])}
            data-testid="persona-picture-input"
          />
          <label htmlFor={inputId} className="btn btn-small file-button">
            <Upload size={16} aria-hidden="true" />
            {pictureUrl ? t('picture.replace') : t('picture.upload')}
          </label>
          {pictureUrl && (
            <button
              type="button"
              className="btn btn-small btn-ghost"
              onClick={() => onChange(null)}
              data-testid="persona-picture-remove"
            >
              <ImageOff size={16} aria-hidden="true" />
              {t('picture.remove')}
            </button>
          )}
        </div>
        <p id={statusId} className={problem ? 'error' : 'hint'} role={problem ? 'alert' : undefined}>
          {busy ? t('picture.reading') : (problem ?? t('picture.hint', { size: MAX_PICTURE_SIDE_PX }))}
        </p>
      </div>
    </div>
  );
}
