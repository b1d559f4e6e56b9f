import { describe, expect, it } from 'vitest';
import { measureText } from './measureText.js';
import { wrapText } from './wrapText.js';

describe('wrapText', () => {
  it('wrapText(short text) keeps one line', () => {
    expect(wrapText('Reads reviews', { maxWidthPx: 200, fontSizePx: 13, maxLines: 3 })).toEqual([
      'Reads reviews',
    ]);
  });

  it('wrapText(long text) breaks at spaces into lines no wider than the limit', () => {
    const text = 'Googles the model and opens twelve web shops in tabs to compare price and delivery';
    const lines = wrapText(text, { maxWidthPx: 180, fontSizePx: 13, maxLines: 10 });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(measureText(line, 13)).toBeLessThanOrEqual(180);
  });

  it('wrapText(too many lines) keeps maxLines and ends the last in an ellipsis that still fits', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', {
      maxWidthPx: 60,
      fontSizePx: 13,
      maxLines: 2,
    });
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(measureText(lines[1]!, 13)).toBeLessThanOrEqual(60);
  });

  it('wrapText(a word wider than the line) breaks the word', () => {
    const lines = wrapText('x'.repeat(100), { maxWidthPx: 50, fontSizePx: 10, maxLines: 50 });
    expect(lines.join('')).toBe('x'.repeat(100));
    for (const line of lines) expect(measureText(line, 10)).toBeLessThanOrEqual(50);
  });

  it('measureText uses DejaVu Sans advances: "W" is wider than "i", bold wider than regular', () => {
    expect(measureText('W', 10)).toBeGreaterThan(measureText('i', 10));
    expect(measureText('Trailmap', 10, true)).toBeGreaterThan(measureText('Trailmap', 10));
    // DejaVu Sans: the space is 318/1000 em wide
    expect(measureText(' ', 1000)).toBe(318);
  });
});
