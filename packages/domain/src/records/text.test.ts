import { describe, expect, it } from 'vitest';
import { clipText } from './text.js';

describe('clipText', () => {
  it('clipText(text, max) keeps short text and cuts long text to max code units', () => {
    expect(clipText('Buying shoes', 200)).toBe('Buying shoes');
    expect(clipText('abcdef', 4)).toBe('abcd');
  });

  it('clipText(text, max) never splits an emoji into a lone surrogate', () => {
    expect(clipText('abc👟', 4)).toBe('abc');
    expect(clipText('ab👟', 4)).toBe('ab👟');
  });
});
