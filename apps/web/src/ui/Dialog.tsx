import { X } from 'lucide-react';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './ui.css';

export interface DialogProps {
  open: boolean;
  title: string;
  /** Called on Escape, the close button, or the caller's own cancel button. */
  onClose: () => void;
  children: ReactNode;
  /** Optional line under the title. */
  description?: ReactNode;
  /** `wide` for forms with more than a few fields. */
  size?: 'narrow' | 'wide';
  testId?: string;
}

/**
 * A modal dialog on the native `<dialog>` element: the browser traps focus and makes the page inert.
 * The first element marked `data-autofocus` gets focus when it opens (else the first focusable one),
 * and focus returns to where it was when it closes.
 */
export function Dialog(props: DialogProps) {
  // Mounted only while open: forms inside start fresh, and no closed dialogs linger in the page.
  return props.open ? <OpenDialog {...props} /> : null;
}

function OpenDialog({ title, onClose, children, description, size = 'narrow', testId }: DialogProps) {
  const { t } = useTranslation('ui');
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${size}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="dialog-surface">
        <header className="dialog-header">
          <div>
            <h2 id={titleId}>{title}</h2>
            {description && (
              <p id={descriptionId} className="muted dialog-description">
                {description}
              </p>
            )}
          </div>
          <button type="button" className="icon-btn" onClick={onClose} aria-label={t('dialog.close')}>
            <X size={18} aria-hidden="true" />
          </button>
        </header>
        <div className="dialog-body">{children}</div>
      </div>
    </dialog>
  );
}
