import { PointerSensor, type PointerSensorProps } from '@dnd-kit/core';

/** What dnd-kit keeps on its pointer sensors but does not declare (checked by CardPointerSensor.test.tsx). */
interface SensorInternals {
  detach: () => void;
  documentListeners: { removeAll(): void };
}

/**
 * dnd-kit's pointer sensor, with one fix. After a drag it swallows every click on the page (so the click
 * the browser makes from the drop's mouse-up does not open the card) and stops doing so on a 50 ms timer.
 * On a busy machine the browser runs pending input before late timers, so the user's next click — on a
 * menu, a button — was swallowed too. Here the swallowing also ends at the next pointer-down or key-down,
 * which comes before any click the user means and after the click made by the drop.
 */
export class CardPointerSensor extends PointerSensor {
  constructor(props: PointerSensorProps) {
    super(props);
    const internals = this as unknown as SensorInternals;
    const detach = internals.detach.bind(this);
    internals.detach = () => {
      detach();
      const release = () => {
        internals.documentListeners.removeAll();
        window.removeEventListener('pointerdown', release, true);
        window.removeEventListener('keydown', release, true);
      };
      window.addEventListener('pointerdown', release, true);
      window.addEventListener('keydown', release, true);
    };
  }
}
