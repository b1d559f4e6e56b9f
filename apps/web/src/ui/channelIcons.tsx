import type { Channel } from '@trailmap/domain';
import {
  Globe,
  Mail,
  Megaphone,
  MessageCircle,
  Mailbox,
  Signpost,
  Smartphone,
  MoreHorizontal,
  Phone,
  Share2,
  Store,
  Tv,
  Users,
  type LucideIcon,
} from 'lucide-react';
import { useTranslation } from 'react-i18next';

/** One icon per channel, all from lucide. */
export const CHANNEL_ICONS: Record<Channel, LucideIcon> = {
  web: Globe,
  app: Smartphone,
  email: Mail,
  phone: Phone,
  chat: MessageCircle,
  social: Share2,
  store: Store,
  letter: Mailbox,
  advertising: Megaphone,
  tv: Tv,
  billboard: Signpost,
  'word-of-mouth': Users,
  other: MoreHorizontal,
};

/** A channel icon with its name for screen readers (and as a tooltip). */
export function ChannelIcon({ channel, size = 16 }: { channel: Channel; size?: number }) {
  const { t } = useTranslation();
  const Icon = CHANNEL_ICONS[channel];
  const label = t(`channels.${channel}`);
  return <Icon size={size} role="img" aria-label={label} focusable={false} strokeWidth={2} />;
}
