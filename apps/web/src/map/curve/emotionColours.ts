/**
 * Colours of the emotion faces, −3..+3: reds below neutral, grey at neutral, greens above. Each has at
 * least 3:1 contrast with white (WCAG AA for graphics); the face's mouth carries the meaning in print.
 */
const COLOURS: Record<number, string> = {
  [-3]: '#991b1b',
  [-2]: '#b91c1c',
  [-1]: '#dc2626',
  0: '#6b7280',
  1: '#16a34a',
  2: '#15803d',
  3: '#166534',
};

export function pickEmotionColour(emotion: number): string {
  return COLOURS[Math.max(-3, Math.min(3, Math.round(emotion)))] ?? '#6b7280';
}
