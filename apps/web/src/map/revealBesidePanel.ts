/**
 * Scrolls the map so that the selected card is not hidden under the side panel (which overlays the
 * right of the map), nor cut off on the left under the sticky lane labels.
 */
export function revealBesidePanel(touchpointId: string): void {
  const card = document.querySelector<HTMLElement>(
    `[data-testid="touchpoint-card"][data-touchpoint-id="${touchpointId}"]`,
  );
  const panel = document.querySelector<HTMLElement>('.side-panel');
  const frame = card?.closest<HTMLElement>('.map-frame');
  if (!card || !panel || !frame) return;
  const cardBox = card.getBoundingClientRect();
  const panelBox = panel.getBoundingClientRect();
  if (panelBox.left <= frame.getBoundingClientRect().left + 1) return; // full-screen panel (phones)
  const overlap = cardBox.right + 16 - panelBox.left;
  if (overlap > 0) frame.scrollBy({ left: overlap, behavior: 'smooth' });
}
