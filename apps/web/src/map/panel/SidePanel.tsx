import { X } from 'lucide-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface SidePanelProps {
  title: string;
  /** A small line above the title: what kind of card this is. */
  kicker: string;
  onClose: () => void;
  children: ReactNode;
  testId: string;
}

/**
 * The panel on the right where a card is edited (or read). It is not modal: the map stays usable.
 * Escape or the close button closes it; focus moves into it when it opens.
 */
export function SidePanel({ title, kicker, onClose, children, testId }: SidePanelProps) {
  const { t } = useTranslation('map');
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const panel = ref.current;
    if (panel && !panel.contains(document.activeElement)) {
      const first = panel.querySelector<HTMLElement>('[autofocus], input, select, textarea');
      (first ?? panel).focus();
    }
  }, []);
  return (
    <aside
      ref={ref}
      className="side-panel"
      aria-label={title}
      tabIndex={-1}
      data-testid={testId}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <header className="side-panel-header">
        <div>
          <p className="side-panel-kicker">{kicker}</p>
          <h2 className="side-panel-title">{title}</h2>
        </div>
        <button
          type="button"
          className="icon-btn"
          onClick={onClose}
          aria-label={t('panel.close')}
          title={t('panel.close')}
          data-testid="panel-close"
        >
          <X size={18} aria-hidden="true" />
        </button>
      </header>
      <div className="side-panel-body">{children}</div>
    </aside>
  );
}
