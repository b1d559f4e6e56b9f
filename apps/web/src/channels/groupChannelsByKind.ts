import { CHANNEL_KIND, type ChannelPhases } from '@trailmap/domain';

export const CHANNEL_KINDS = ['owned', 'paid', 'earned'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export interface ChannelGroup {
  kind: ChannelKind;
  channels: ChannelPhases[];
}

/** The matrix rows grouped into owned, paid and earned channels (in that order); empty groups are left out. */
export function groupChannelsByKind(channels: readonly ChannelPhases[]): ChannelGroup[] {
  return CHANNEL_KINDS.map((kind) => ({
    kind,
    channels: channels.filter((c) => CHANNEL_KIND[c.channel] === kind),
  })).filter((group) => group.channels.length > 0);
}
