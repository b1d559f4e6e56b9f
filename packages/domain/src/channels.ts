import { z } from 'zod';

/** Every channel a touchpoint can happen in. A typed union, never a free string. */
export const CHANNELS = [
  'web',
  'app',
  'email',
  'phone',
  'chat',
  'social',
  'store',
  'letter',
  'advertising',
  'tv',
  'billboard',
  'word-of-mouth',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];
export const channelSchema = z.enum(CHANNELS);

/** Whether the organisation itself runs the channel (owned) or only influences it (paid, earned). */
export const CHANNEL_KIND: Record<Channel, 'owned' | 'paid' | 'earned'> = {
  web: 'owned',
  app: 'owned',
  email: 'owned',
  phone: 'owned',
  chat: 'owned',
  store: 'owned',
  letter: 'owned',
  social: 'earned',
  'word-of-mouth': 'earned',
  advertising: 'paid',
  tv: 'paid',
  billboard: 'paid',
  other: 'owned',
};
