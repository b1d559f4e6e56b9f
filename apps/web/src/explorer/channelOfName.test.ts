import { describe, expect, it } from 'vitest';
import { channelOfName } from './channelOfName.js';

describe('channelOfName', () => {
  it("channelOfName reads Trailmap's own channel names and the receipt log's (Internet, Desk, Post, e-mail)", () => {
    expect(channelOfName('web')).toBe('web');
    expect(channelOfName('Word of mouth')).toBe('word-of-mouth');
    expect(channelOfName('Internet')).toBe('web');
    expect(channelOfName('Desk')).toBe('store');
    expect(channelOfName('Post')).toBe('letter');
    expect(channelOfName('e-mail')).toBe('email');
    expect(channelOfName('Telefoon')).toBe('phone');
  });

  it('channelOfName of an unknown or missing name is other', () => {
    expect(channelOfName('Intern')).toBe('other');
    expect(channelOfName(null)).toBe('other');
    expect(channelOfName('')).toBe('other');
  });
});
