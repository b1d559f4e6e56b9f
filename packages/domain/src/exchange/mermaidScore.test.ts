import { describe, expect, it } from 'vitest';
import { emotionToMermaidScore, mermaidScoreToEmotion } from './mermaidScore.js';

describe('mermaidScore', () => {
  it('emotionToMermaidScore maps −3..+3 onto 1..5, extremes and neutral onto each other', () => {
    expect([-3, -2, -1, 0, 1, 2, 3].map(emotionToMermaidScore)).toEqual([1, 2, 2, 3, 4, 4, 5]);
  });

  it('mermaidScoreToEmotion maps 1..5 back onto −3, −2, 0, +2, +3', () => {
    expect([1, 2, 3, 4, 5].map(mermaidScoreToEmotion)).toEqual([-3, -2, 0, 2, 3]);
  });

  it('score → emotion → score is the identity', () => {
    for (const score of [1, 2, 3, 4, 5])
      expect(emotionToMermaidScore(mermaidScoreToEmotion(score))).toBe(score);
  });

  it('refuses values outside the scales', () => {
    expect(() => emotionToMermaidScore(4)).toThrow(RangeError);
    expect(() => emotionToMermaidScore(0.5)).toThrow(RangeError);
    expect(() => mermaidScoreToEmotion(0)).toThrow(RangeError);
    expect(() => mermaidScoreToEmotion(6)).toThrow(RangeError);
  });
});
