import { describe, expect, test } from 'vitest';
import { createStratifiedDraw } from './createStratifiedDraw.js';

describe('createStratifiedDraw', () => {
  test('createStratifiedDraw realises its share within one draw', () => {
    const draw = createStratifiedDraw(0.35, 0.42);
    let yes = 0;
    for (let k = 1; k <= 1000; k++) {
      if (draw()) yes++;
      expect(Math.abs(yes - 0.35 * k)).toBeLessThan(1);
    }
  });
});
