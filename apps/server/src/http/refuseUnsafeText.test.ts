import { describe, expect, it } from 'vitest';
import { findUnsafeLines } from './refuseUnsafeText.js';

describe('findUnsafeLines', () => {
  it('findUnsafeLines(text) names the line of each problem', () => {
    expect(findUnsafeLines('journey\n  title Shoes\n  section S\u0000\n')).toEqual([
      { path: 'body.line.3', message: expect.stringContaining('U+0000') },
    ]);
    expect(findUnsafeLines('journey\n  title \uD800\n  section \u0007\n')).toEqual([
      { path: 'body.line.2', message: expect.stringContaining('lone surrogate') },
      { path: 'body.line.3', message: expect.stringContaining('U+0007') },
    ]);
  });

  it('findUnsafeLines(text) lets CRLF line ends and tabs through', () => {
    expect(findUnsafeLines('journey\r\n  title\tShoes\r\n')).toEqual([]);
  });
});
