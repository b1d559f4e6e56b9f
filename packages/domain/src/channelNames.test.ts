import { describe, expect, it } from 'vitest';
import { CHANNEL_ALIASES, listDatasetChannelNames, normalizeChannelName } from './channelNames.js';
import { CHANNELS } from './channels.js';

describe('channelNames', () => {
  it('normalizeChannelName: trimmed, lower case, separators one hyphen', () => {
    expect(normalizeChannelName('  Call  Centre ')).toBe('call-centre');
    expect(normalizeChannelName('E_mail')).toBe('e-mail');
    expect(normalizeChannelName('Word of Mouth')).toBe('word-of-mouth');
    expect(normalizeChannelName('web')).toBe('web');
  });

  it('listDatasetChannelNames: the id first, then the aliases (phone: call centre)', () => {
    expect(listDatasetChannelNames('phone')).toContain(normalizeChannelName('Call Centre'));
    expect(listDatasetChannelNames('advertising')).toEqual(['advertising', 'ads', 'ad']);
    expect(listDatasetChannelNames('other')).toEqual(['other']);
  });

  it('CHANNEL_ALIASES: every alias normalised and standing for one channel only', () => {
    const owner = new Map<string, string>();
    for (const channel of CHANNELS)
      for (const name of listDatasetChannelNames(channel)) {
        expect(normalizeChannelName(name)).toBe(name);
        expect(owner.get(name), name).toBeUndefined();
        owner.set(name, channel);
      }
    expect(Object.keys(CHANNEL_ALIASES).sort()).toEqual([...CHANNELS].sort());
  });
});
