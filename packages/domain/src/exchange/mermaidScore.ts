/**
 * Trailmap's emotion (−3 … +3) and Mermaid's journey score (1 … 5) side by side:
 *
 *   emotion  −3  −2  −1   0  +1  +2  +3
 *   score     1   2   2   3   4   4   5
 *
 *   score     1   2   3   4   5
 *   emotion  −3  −2   0  +2  +3
 *
 * The extremes and neutral map onto each other; mild and moderate feelings share Mermaid's 2 and 4,
 * which read back as −2 and +2 (the middle of the two). Score → emotion → score is the identity; the
 * exact emotion (±1) travels in the `%% trailmap touchpoint` comment, so Trailmap → Mermaid → Trailmap
 * loses nothing.
 */
export const EMOTION_TO_MERMAID_SCORE: Readonly<Record<number, number>> = {
  [-3]: 1,
  [-2]: 2,
  [-1]: 2,
  0: 3,
  1: 4,
  2: 4,
  3: 5,
};

export const MERMAID_SCORE_TO_EMOTION: Readonly<Record<number, number>> = {
  1: -3,
  2: -2,
  3: 0,
  4: 2,
  5: 3,
};

export const MERMAID_SCORE_MIN = 1;
export const MERMAID_SCORE_MAX = 5;

/** Mermaid's score (1..5) for an emotion (−3..+3); throws for values outside that range. */
export function emotionToMermaidScore(emotion: number): number {
  const score = EMOTION_TO_MERMAID_SCORE[emotion];
  if (score === undefined)
    throw new RangeError(`emotion must be a whole number from -3 to 3, got ${emotion}`);
  return score;
}

/** The emotion (−3..+3) for a Mermaid score (1..5); throws for values outside that range. */
export function mermaidScoreToEmotion(score: number): number {
  const emotion = MERMAID_SCORE_TO_EMOTION[score];
  if (emotion === undefined)
    throw new RangeError(`Mermaid score must be a whole number from 1 to 5, got ${score}`);
  return emotion;
}
