import {
  pointerWithin,
  rectIntersection,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
  type ScreenReaderInstructions,
} from '@dnd-kit/core';
import { placeTouchpoint, touchpointsInPhase, type Phase, type Touchpoint } from '@trailmap/domain';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contentOf, withContent, type EditFn } from '../mapDoc.js';

/** Prefer the card under the pointer (insert before it) over the phase cell around it (append). */
export const detectDropTarget: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  const hits = within.length > 0 ? within : rectIntersection(args);
  const onCard = hits.filter((c) => String(c.id).startsWith('before:'));
  return onCard.length > 0 ? onCard : hits;
};

/** Where a drop on `overId` puts `touchpointId`: a phase and a position among the other cards. */
export function resolveDrop(
  touchpoints: readonly Touchpoint[],
  touchpointId: string,
  overId: string,
): { phaseId: string; index: number } | null {
  if (overId.startsWith('phase:')) return { phaseId: overId.slice(6), index: Number.MAX_SAFE_INTEGER };
  if (!overId.startsWith('before:')) return null;
  const beforeId = overId.slice(7);
  if (beforeId === touchpointId) return null;
  const before = touchpoints.find((t) => t.id === beforeId);
  if (!before) return null;
  const others = touchpointsInPhase(
    touchpoints.filter((t) => t.id !== touchpointId),
    before.phaseId,
  );
  return { phaseId: before.phaseId, index: others.findIndex((t) => t.id === beforeId) };
}

/** Drag and drop of touchpoint cards between and within phases, with announcements in the user's language. */
export function useCardDrag(touchpoints: readonly Touchpoint[], phases: readonly Phase[], onEdit?: EditFn) {
  const { t } = useTranslation('map');
  const [draggingId, setDraggingId] = useState<string | null>(null);

  const titleOf = (id: string | number) => touchpoints.find((tp) => tp.id === id)?.title ?? '';
  const describeOver = (id: string | number | undefined) => {
    if (id === undefined) return t('drag.nowhere');
    const value = String(id);
    if (value.startsWith('phase:')) {
      return t('drag.overPhase', { phase: phases.find((p) => p.id === value.slice(6))?.name ?? '' });
    }
    return t('drag.overCard', { title: titleOf(value.slice(7)) });
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => t('drag.start', { title: titleOf(active.id) }),
    onDragOver: ({ active, over }) =>
      t('drag.over', { title: titleOf(active.id), target: describeOver(over?.id) }),
    onDragEnd: ({ active, over }) =>
      over
        ? t('drag.end', { title: titleOf(active.id), target: describeOver(over.id) })
        : t('drag.cancel', { title: titleOf(active.id) }),
    onDragCancel: ({ active }) => t('drag.cancel', { title: titleOf(active.id) }),
  };
  const screenReaderInstructions: ScreenReaderInstructions = { draggable: t('keyboard.cardHint') };

  const handlers = useMemo(
    () => ({
      onDragStart: (event: DragStartEvent) => setDraggingId(String(event.active.id)),
      onDragCancel: () => setDraggingId(null),
      onDragEnd: (event: DragEndEvent) => {
        setDraggingId(null);
        if (!onEdit || !event.over) return;
        const id = String(event.active.id);
        const overId = String(event.over.id);
        onEdit((doc) => {
          const drop = resolveDrop(doc.touchpoints, id, overId);
          return drop ? withContent(doc, placeTouchpoint(contentOf(doc), id, drop.phaseId, drop.index)) : doc;
        });
      },
    }),
    [onEdit],
  );

  return {
    draggingId,
    accessibility: { announcements, screenReaderInstructions },
    ...handlers,
  };
}
