import { Plus } from 'lucide-react';
import type { ReactNode } from 'react';

export interface CardStackCellProps {
  children: ReactNode[];
  /** Label of the add button; absent for readers. */
  addLabel?: string;
  onAdd?: () => void;
  addTestId?: string;
  emptyHint: string;
}

/** One phase's cell of the pain point or idea lane: small cards wrapping in the phase's width. */
export function CardStackCell({ children, addLabel, onAdd, addTestId, emptyHint }: CardStackCellProps) {
  return (
    <div className="lane-cell stack-cell">
      {children.length > 0 ? children : onAdd ? null : <span className="cell-empty">{emptyHint}</span>}
      {onAdd && addLabel && (
        <button type="button" className="add-mini" onClick={onAdd} data-testid={addTestId}>
          <Plus size={14} aria-hidden="true" />
          {addLabel}
        </button>
      )}
    </div>
  );
}
