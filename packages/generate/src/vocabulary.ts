/** The channels of the generated retail journeys. */
export type GeneratedChannel =
  'ads' | 'social' | 'web' | 'app' | 'email' | 'phone' | 'chat' | 'store' | 'delivery';

/** See–Think–Do–Care–Love: the phases the generated activities belong to. */
export type GeneratedPhase = 'See' | 'Think' | 'Do' | 'Care' | 'Love';

/** Every activity the generator emits, with its phase. */
export const GENERATED_ACTIVITIES = {
  'Ad Viewed': 'See',
  'Social Post Viewed': 'See',
  'Page Viewed': 'Think',
  'App Opened': 'Think',
  'Product Viewed': 'Think',
  'Newsletter Opened': 'Think',
  'Store Visited': 'Think',
  Identify: 'Do',
  'Cart Added': 'Do',
  'Checkout Started': 'Do',
  'Order Placed': 'Do',
  'Cart Reminder Sent': 'Do',
  'Order Confirmation Sent': 'Do',
  'CES Survey Answered': 'Do',
  'Order Shipped': 'Care',
  'Delivery Late': 'Care',
  'Order Delivered': 'Care',
  'Inbound Call': 'Care',
  'First Call Resolved': 'Care',
  'Chat Started': 'Care',
  'Complaint Filed': 'Care',
  'CSAT Survey Answered': 'Care',
  'NPS Survey Answered': 'Love',
  'Review Written': 'Love',
  'Referral Sent': 'Love',
} as const satisfies Record<string, GeneratedPhase>;

export type GeneratedActivity = keyof typeof GENERATED_ACTIVITIES;

/** Service topics a contact is about. */
export const CONTACT_TOPICS = ['delivery', 'billing', 'product', 'return'] as const;
export type ContactTopic = (typeof CONTACT_TOPICS)[number];
