import { expect, type Page } from '@playwright/test';

export interface NewCard {
  title: string;
  channel: string;
  expectation?: number;
  experience?: number;
  emotion?: number;
}

export async function expectSaved(page: Page) {
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
}

/** Adds a touchpoint with the phase's add button and fills the side panel that opens. */
export async function addTouchpointThroughPanel(page: Page, phaseIndex: number, card: NewCard) {
  await page.getByTestId(`add-touchpoint-${phaseIndex}`).click();
  const panel = page.getByTestId('touchpoint-panel');
  await expect(panel).toBeVisible();
  await panel.getByTestId('tp-title').fill(card.title);
  await panel.getByTestId('tp-channel').selectOption(card.channel);
  if (card.emotion !== undefined) await panel.getByTestId('tp-emotion').selectOption(String(card.emotion));
  if (card.expectation !== undefined)
    await panel.getByTestId('tp-expectation').fill(String(card.expectation));
  if (card.experience !== undefined) await panel.getByTestId('tp-experience').fill(String(card.experience));
  await panel.getByTestId('panel-close').click();
  await expect(panel).toBeHidden();
}
