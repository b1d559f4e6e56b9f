import { describe, expect, it } from 'vitest';
import { describeUnsafeText, findUnsafeText } from './findUnsafeText.js';

describe('findUnsafeText', () => {
  it('findUnsafeText(body) names each string with a control character by its path', () => {
    const body = { title: 'a\u0000b', touchpoints: [{ title: 'ok' }, { title: 'bell\u0007' }], n: 3 };
    expect(findUnsafeText(body, 'body')).toEqual([
      { path: 'body.title', message: expect.stringContaining('U+0000 at position 1') },
      { path: 'body.touchpoints.1.title', message: expect.stringContaining('U+0007') },
    ]);
  });

  it('findUnsafeText(value) lets tab, line feed, carriage return, emoji and other scripts through', () => {
    expect(
      findUnsafeText({ notes: 'a\tb\r\nc', who: 'Zoë 👟 名前 עברית', x: null, y: true }, 'body'),
    ).toEqual([]);
  });

  it('findUnsafeText(value) refuses lone surrogates, high or low, but not a pair', () => {
    expect(findUnsafeText(['\uD83D', 'x\uDC5F', '\uD83D\uDC5F'], 'query.ids')).toEqual([
      { path: 'query.ids.0', message: expect.stringContaining('lone surrogate (U+D83D)') },
      { path: 'query.ids.1', message: expect.stringContaining('lone surrogate (U+DC5F)') },
    ]);
  });

  it('findUnsafeText(value) checks object keys too', () => {
    expect(findUnsafeText({ cells: { 'ph\u0001': 'x' } }, 'body')).toEqual([
      { path: 'body.cells', message: expect.stringMatching(/^a key contains the control character U\+0001/) },
    ]);
  });

  it('findUnsafeText(value) walks any depth without recursion and names at most 20 problems', () => {
    let deep: unknown = 'end\u0000';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(findUnsafeText(deep, 'body')).toHaveLength(1);
    expect(
      findUnsafeText(
        Array.from({ length: 1000 }, () => '\u0000'),
        'body',
      ),
    ).toHaveLength(20);
  });

  it('describeUnsafeText(text) is null for acceptable text', () => {
    expect(describeUnsafeText('plain text')).toBeNull();
    expect(describeUnsafeText('\u001F')).toContain('U+001F');
  });
});
