// @vitest-environment jsdom
import {
  DndContext,
  PointerSensor,
  useDraggable,
  useSensor,
  useSensors,
  type SensorDescriptor,
} from '@dnd-kit/core';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CardPointerSensor } from './CardPointerSensor.js';

function Card() {
  const { attributes, listeners, setNodeRef } = useDraggable({ id: 'card' });
  return (
    <div ref={setNodeRef} {...attributes} {...listeners} data-testid="card">
      card
    </div>
  );
}

function Board({ sensor, onMenu }: { sensor: typeof PointerSensor; onMenu: () => void }) {
  const sensors: SensorDescriptor<object>[] = useSensors(
    useSensor(sensor, { activationConstraint: { distance: 6 } }),
  );
  return (
    <DndContext sensors={sensors}>
      <Card />
      <button type="button" onClick={onMenu} data-testid="menu">
        menu
      </button>
    </DndContext>
  );
}

const pointer = { isPrimary: true, button: 0, pointerId: 1 };

/** Drags the card 40 px; the browser's click from the drop's mouse-up follows at once. */
function dragCard() {
  const card = screen.getByTestId('card');
  fireEvent.pointerDown(card, { ...pointer, clientX: 10, clientY: 10 });
  fireEvent.pointerMove(document, { ...pointer, clientX: 30, clientY: 10 });
  fireEvent.pointerMove(document, { ...pointer, clientX: 50, clientY: 10 });
  fireEvent.pointerUp(document, { ...pointer, clientX: 50, clientY: 10 });
  fireEvent.click(card);
}

/** The user's next click on the menu button, as a browser sends it. */
function clickMenu() {
  const menu = screen.getByTestId('menu');
  fireEvent.pointerDown(menu, pointer);
  fireEvent.pointerUp(menu, pointer);
  fireEvent.click(menu);
}

beforeEach(() => {
  // The machine is busy: dnd-kit's 50 ms timer has not run yet when the next click arrives.
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('CardPointerSensor', () => {
  it('dnd-kit’s own pointer sensor swallows the next click while its timer is late (the flaw)', () => {
    const onMenu = vi.fn();
    render(<Board sensor={PointerSensor} onMenu={onMenu} />);
    dragCard();
    clickMenu();
    expect(onMenu).not.toHaveBeenCalled();
  });

  it('CardPointerSensor lets the next click through at once, however late the timer', () => {
    const onMenu = vi.fn();
    render(<Board sensor={CardPointerSensor} onMenu={onMenu} />);
    dragCard();
    clickMenu();
    expect(onMenu).toHaveBeenCalledTimes(1);
  });

  it('CardPointerSensor still swallows the click the drop itself makes', () => {
    const onCard = vi.fn();
    render(<Board sensor={CardPointerSensor} onMenu={() => {}} />);
    screen.getByTestId('card').addEventListener('click', onCard);
    dragCard();
    expect(onCard).not.toHaveBeenCalled();
  });
});
