import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface MenuButtonProps {
  /** Content of the trigger button (icon and/or text). */
  label: ReactNode;
  /** Accessible name of the trigger when its content is an icon only. */
  ariaLabel?: string;
  className?: string;
  testId?: string;
  align?: 'start' | 'end';
  /** The menu's items; `close` closes the menu (call it after an item's action). */
  children: (close: () => void) => ReactNode;
  /** `menu` for a list of actions (arrow keys move), `dialog` for a small form (lanes). */
  kind?: 'menu' | 'dialog';
}

/**
 * A button that opens a small popup below it: a menu of actions, or a small panel. Escape and a click
 * outside close it; focus returns to the button; in a menu, arrow keys move between the items.
 */
export function MenuButton({
  label,
  ariaLabel,
  className = 'btn',
  testId,
  align = 'start',
  children,
  kind = 'menu',
}: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popupId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    const first = rootRef.current?.querySelector<HTMLElement>(
      kind === 'menu' ? '[role="menuitem"]' : 'input, button, select, textarea, a[href]',
    );
    first?.focus();
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open, kind]);

  function closeMenu() {
    setOpen(false);
    buttonRef.current?.focus();
  }

  function onPopupKey(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      closeMenu();
      return;
    }
    if (kind !== 'menu' || !['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
    const items = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]'));
    const at = items.indexOf(document.activeElement as HTMLElement);
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? items.length - 1
          : (at + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
    event.preventDefault();
    items[next]?.focus();
  }

  return (
    <div className="menu-root" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className={className}
        aria-haspopup={kind === 'menu' ? 'menu' : 'dialog'}
        aria-expanded={open}
        aria-controls={open ? popupId : undefined}
        aria-label={ariaLabel}
        title={ariaLabel}
        data-testid={testId}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
      </button>
      {open && (
        <div
          id={popupId}
          className={`menu-popup menu-popup-${align}`}
          role={kind === 'menu' ? 'menu' : 'dialog'}
          aria-label={ariaLabel}
          onKeyDown={onPopupKey}
        >
          {children(closeMenu)}
        </div>
      )}
    </div>
  );
}
