import type { Channel } from './channels.js';

/**
 * A dataset's channel text in the form the map's channels are compared in: lower case, every run of
 * spaces, underscores and hyphens one hyphen, none at either end ("Call  Centre" → "call-centre",
 * "E_mail" → "e-mail"). The engine's SQL normalises the same way (`suggestActivities.duckdb.sql`).
 */
export function normalizeChannelName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The other names (normalised) under which a dataset records the map's channels. Besides these, a dataset
 * channel is the map's channel when it equals the channel's id ignoring case, spaces, underscores and
 * hyphens ("Word of mouth" is `word-of-mouth`). Kept short and unambiguous: "mail" is neither e-mail nor
 * letter, so it is not listed.
 */
export const CHANNEL_ALIASES: Readonly<Record<Channel, readonly string[]>> = {
  web: ['website', 'browser'],
  app: ['mobile', 'mobile-app', 'ios', 'android'],
  email: ['e-mail'],
  phone: ['call', 'calls', 'call-centre', 'call-center', 'telephone', 'voice'],
  chat: ['chatbot', 'live-chat', 'messaging', 'whatsapp'],
  social: ['social-media'],
  store: ['shop', 'retail', 'branch'],
  letter: ['post'],
  advertising: ['ads', 'ad'],
  tv: ['television'],
  billboard: ['outdoor'],
  'word-of-mouth': ['referral'],
  other: [],
};

/** Every normalised dataset channel name that stands for `channel`: its id and its aliases. */
export function listDatasetChannelNames(channel: Channel): string[] {
  return [channel, ...CHANNEL_ALIASES[channel]];
}
