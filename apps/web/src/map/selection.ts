/** The card whose side panel is open. */
export type CardKind = 'touchpoint' | 'painPoint' | 'idea';

export interface Selection {
  kind: CardKind;
  id: string;
}

export function isSelected(selection: Selection | null, kind: CardKind, id: string): boolean {
  return selection !== null && selection.kind === kind && selection.id === id;
}
