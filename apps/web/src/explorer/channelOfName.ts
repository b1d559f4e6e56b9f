import { CHANNELS, type Channel } from '@trailmap/domain';

/** Names datasets use for the channels (English and Dutch), lower case without spaces or dashes. */
const SYNONYMS: Record<string, Channel> = {
  internet: 'web',
  website: 'web',
  site: 'web',
  online: 'web',
  portal: 'web',
  webshop: 'web',
  www: 'web',
  browser: 'web',
  mobile: 'app',
  mobileapp: 'app',
  ios: 'app',
  android: 'app',
  mail: 'email',
  newsletter: 'email',
  nieuwsbrief: 'email',
  telephone: 'phone',
  telefoon: 'phone',
  call: 'phone',
  callcenter: 'phone',
  callcentre: 'phone',
  ivr: 'phone',
  voice: 'phone',
  sms: 'chat',
  whatsapp: 'chat',
  messenger: 'chat',
  livechat: 'chat',
  chatbot: 'chat',
  facebook: 'social',
  instagram: 'social',
  twitter: 'social',
  linkedin: 'social',
  tiktok: 'social',
  socialmedia: 'social',
  shop: 'store',
  winkel: 'store',
  desk: 'store',
  balie: 'store',
  counter: 'store',
  branch: 'store',
  filiaal: 'store',
  office: 'store',
  kantoor: 'store',
  inperson: 'store',
  walkin: 'store',
  post: 'letter',
  brief: 'letter',
  ad: 'advertising',
  ads: 'advertising',
  advertentie: 'advertising',
  reclame: 'advertising',
  display: 'advertising',
  television: 'tv',
  televisie: 'tv',
  wordofmouth: 'word-of-mouth',
  mondtotmond: 'word-of-mouth',
};

/**
 * The channel (and so the icon) a dataset's channel name stands for: the name itself when it is one of
 * Trailmap's channels, a known synonym (`Internet` → web, `Desk` → store, `Post` → letter), else other.
 */
export function channelOfName(name: string | null | undefined): Channel {
  if (!name) return 'other';
  const lower = name.trim().toLowerCase();
  if ((CHANNELS as readonly string[]).includes(lower)) return lower as Channel;
  const key = lower.replace(/[\s_-]+/g, '');
  if ((CHANNELS as readonly string[]).includes(key)) return key as Channel;
  return SYNONYMS[key] ?? 'other';
}
