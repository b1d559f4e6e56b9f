import { placeTouchpoint, type Phase, type Touchpoint } from '@trailmap/domain';
import { useCallback, useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { contentOf, withContent, type EditFn } from '../mapDoc.js';

export interface CardKeysOptions {
  root: RefObject<HTMLElement | null>;
  phases: readonly Phase[];
  byPhase: ReadonlyMap<string, Touchpoint[]>;
  /** Touchpoint ids in journey order. */
  order: readonly string[];
  onOpen: (touchpointId: string) => void;
  /** Absent for readers: then Alt+arrows do nothing. */
  onEdit?: EditFn;
  announce: (touchpoint: Touchpoint, phase: Phase, position: number) => void;
}

function focusCard(root: HTMLElement | null, id: string | undefined): boolean {
  if (!root || !id) return false;
  const card = root.querySelector<HTMLElement>(`[data-testid="touchpoint-card"][data-touchpoint-id="${id}"]`);
  card?.focus();
  return !!card;
}

/**
 * Keyboard use of the cards: arrows move the focus through the journey, Enter opens, Alt+Left/Right
 * moves the card to the previous/next phase, Alt+Up/Down earlier/later within its phase.
 */
export function useCardKeys(options: CardKeysOptions) {
  const pendingFocus = useRef<string | null>(null);
  // The handler stays the same function across renders (so cards need not redraw); it reads the latest options.
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const { root } = options;

  // After a keyboard move the card is drawn anew in its new place: give it the focus back.
  useEffect(() => {
    if (pendingFocus.current && focusCard(root.current, pendingFocus.current)) pendingFocus.current = null;
  });

  return useCallback(
    (event: KeyboardEvent<HTMLButtonElement>, touchpoint: Touchpoint) => {
      const { phases, byPhase, order, onOpen, onEdit, announce } = latest.current;
      const at = order.indexOf(touchpoint.id);
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onOpen(touchpoint.id);
        return;
      }
      if (!event.altKey) {
        const target =
          event.key === 'ArrowRight' || event.key === 'ArrowDown'
            ? order[at + 1]
            : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
              ? order[at - 1]
              : event.key === 'Home'
                ? order[0]
                : event.key === 'End'
                  ? order[order.length - 1]
                  : undefined;
        if (target) {
          event.preventDefault();
          focusCard(root.current, target);
        }
        return;
      }
      if (!onEdit || !event.key.startsWith('Arrow')) return;
      event.preventDefault();
      const phaseIndex = phases.findIndex((p) => p.id === touchpoint.phaseId);
      const inPhase = byPhase.get(touchpoint.phaseId) ?? [];
      const position = inPhase.findIndex((t) => t.id === touchpoint.id);
      let target: { phase: Phase; index: number } | null = null;
      if (event.key === 'ArrowRight' && phaseIndex < phases.length - 1)
        target = { phase: phases[phaseIndex + 1]!, index: 0 };
      if (event.key === 'ArrowLeft' && phaseIndex > 0) {
        const previous = phases[phaseIndex - 1]!;
        target = { phase: previous, index: (byPhase.get(previous.id) ?? []).length };
      }
      if (event.key === 'ArrowUp' && position > 0)
        target = { phase: phases[phaseIndex]!, index: position - 1 };
      if (event.key === 'ArrowDown' && position < inPhase.length - 1)
        target = { phase: phases[phaseIndex]!, index: position + 1 };
      if (!target) return;
      const { phase, index } = target;
      onEdit((doc) => withContent(doc, placeTouchpoint(contentOf(doc), touchpoint.id, phase.id, index)));
      pendingFocus.current = touchpoint.id;
      announce(touchpoint, phase, index + 1);
    },
    [root],
  );
}
