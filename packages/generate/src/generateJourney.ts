import type { ImportRow } from '@trailmap/analytics';
import { createRandom, mixSeed, type Random } from './createRandom.js';
import type { PlantedEffects } from './plantedEffects.js';
import {
  CONTACT_TOPICS,
  type ContactTopic,
  type GeneratedActivity,
  type GeneratedChannel,
} from './vocabulary.js';

/** The NPS answer before the planted effects: round(mean + spread·N(0, 1)), clamped to 0–10. */
export const NPS_BASE_MEAN = 7.2;
export const NPS_SPREAD = 1.8;
/** Share of delivered orders followed by a service contact, late or on time (not a planted effect). */
export const CONTACT_SHARE = { late: 0.6, onTime: 0.3 } as const;

const minuteMs = 60_000;
const hourMs = 60 * minuteMs;
const dayMs = 24 * hourMs;

/** What every journey of one generation run shares. */
export interface JourneyContext {
  seed: number;
  effects: PlantedEffects;
  startMs: number;
  periodMs: number;
  /** Share of customers shopping on the app (the rest on the web). */
  appShare: number;
  /** Stratified draws for the checkout drop per device (see `createStratifiedDraw`). */
  dropsCheckout: { app: () => boolean; web: () => boolean };
}

type Device = 'app' | 'web';

/** One customer's journey (journey id `J<index>`), its events in time order. */
export function generateJourney(index: number, context: JourneyContext): ImportRow[] {
  const random = createRandom(mixSeed(context.seed, index));
  const effects = context.effects;
  const customerId = `C${String(index).padStart(7, '0')}`;
  const anonymousId = `anon-${mixSeed(context.seed ^ 0x5bd1e995, index)
    .toString(16)
    .padStart(8, '0')}`;
  const caseId = `J${String(index).padStart(7, '0')}`;
  const device: Device = random.chance(context.appShare) ? 'app' : 'web';
  const segment = random.chance(0.3) ? 'new' : 'returning';
  const events: ImportRow[] = [];
  let clockMs = context.startMs + Math.floor(random.next() * context.periodMs);
  let identified = device === 'app';

  const emit = (
    activity: GeneratedActivity,
    channel: GeneratedChannel,
    properties: Record<string, string | number | boolean> = {},
    scores: { nps?: number; csat?: number; ces?: number } = {},
  ): void => {
    const anonymousChannel = channel === 'ads' || channel === 'social' || (channel === 'web' && !identified);
    events.push({
      eventId: `${caseId}-${events.length + 1}`,
      caseId,
      customerId: anonymousChannel ? null : customerId,
      anonymousId: channel === 'ads' || channel === 'social' || channel === 'web' ? anonymousId : null,
      tsMs: clockMs,
      startTsMs: null,
      activity,
      channel,
      source: 'generator',
      properties: { segment, device, ...properties },
      nps: scores.nps ?? null,
      csat: scores.csat ?? null,
      ces: scores.ces ?? null,
    });
  };
  const wait = (minMs: number, maxMs: number): void => {
    clockMs += minMs + Math.floor(random.next() * (maxMs - minMs));
  };

  // See: ads and social reach the anonymous visitor.
  if (random.chance(0.6))
    emit('Ad Viewed', 'ads', { campaign: random.pick(['spring', 'summer', 'sale', 'brand']) });
  if (random.chance(0.35)) {
    wait(hourMs, 2 * dayMs);
    emit('Social Post Viewed', 'social');
  }
  // Think: browsing on the device, a newsletter, now and then a store visit.
  wait(10 * minuteMs, 3 * dayMs);
  if (device === 'app') emit('App Opened', 'app');
  else
    for (let i = random.integer(1, 3); i > 0; i--, wait(20_000, 5 * minuteMs))
      emit('Page Viewed', 'web', { page: random.pick(['home', 'category', 'search']) });
  for (let i = random.integer(1, 2); i > 0; i--) {
    wait(20_000, 10 * minuteMs);
    emit('Product Viewed', device);
  }
  if (random.chance(0.25)) emit('Newsletter Opened', 'email');
  if (random.chance(0.08)) {
    wait(dayMs, 4 * dayMs);
    emit('Store Visited', 'store');
  }
  if (!random.chance(0.7)) return events;

  // Do: log in (web), cart, checkout; the planted drop per device (c).
  wait(minuteMs, 20 * minuteMs);
  if (device === 'web') {
    identified = true;
    emit('Identify', 'web');
  }
  emit('Cart Added', device);
  wait(minuteMs, 15 * minuteMs);
  if (!random.chance(0.85)) return events;
  emit('Checkout Started', device);
  const dropped = context.dropsCheckout[device]();
  if (dropped) {
    if (random.chance(0.5)) {
      wait(hourMs, dayMs);
      emit('Cart Reminder Sent', 'email');
    }
    return events;
  }
  wait(minuteMs, 10 * minuteMs);
  emit('Order Placed', device, { order_value: random.integer(20, 400) });
  wait(10_000, minuteMs);
  emit('Order Confirmation Sent', 'email');
  if (random.chance(0.3)) emit('CES Survey Answered', device, {}, { ces: drawScore(random, 5.3, 1.3, 1, 7) });

  // Care: shipping and delivery, late with the planted share (a).
  wait(12 * hourMs, 36 * hourMs);
  emit('Order Shipped', 'delivery');
  const late = random.chance(effects.lateDeliveryShare);
  if (late) {
    wait(2 * dayMs, 3 * dayMs);
    emit('Delivery Late', 'delivery');
    wait(2 * dayMs, 4 * dayMs);
  } else {
    wait(dayMs, 2 * dayMs);
  }
  emit('Order Delivered', 'delivery');
  const service = serveContact(random, effects, late, clockMs, emit, (ms) => (clockMs = ms));

  // Love: the NPS survey after the journey, with the planted effects (a) and (b).
  if (!random.chance(0.6)) return events;
  wait(dayMs, 3 * dayMs);
  const latent =
    NPS_BASE_MEAN +
    NPS_SPREAD * random.normal() +
    (late ? effects.lateDeliveryNpsPoints : 0) +
    (service.helpfulFirstCall ? effects.helpfulFirstCallNpsPoints : 0);
  const nps = Math.max(0, Math.min(10, Math.round(latent)));
  emit('NPS Survey Answered', 'email', {}, { nps });
  if (nps >= 9 && random.chance(0.2)) {
    wait(hourMs, 2 * dayMs);
    emit('Review Written', 'web');
  }
  if (nps >= 9 && random.chance(0.1)) {
    wait(hourMs, 5 * dayMs);
    emit('Referral Sent', 'app');
  }
  return events;
}

type Emit = (
  activity: GeneratedActivity,
  channel: GeneratedChannel,
  properties?: Record<string, string | number | boolean>,
  scores?: { csat?: number },
) => void;

/** Service contacts after delivery: first contact, the planted repeat-call change (d), complaints, CSAT. */
function serveContact(
  random: Random,
  effects: PlantedEffects,
  late: boolean,
  nowMs: number,
  emit: Emit,
  setClock: (ms: number) => void,
): { helpfulFirstCall: boolean } {
  if (!random.chance(late ? CONTACT_SHARE.late : CONTACT_SHARE.onTime)) return { helpfulFirstCall: false };
  let clockMs = nowMs + Math.floor(random.next() * 2 * dayMs);
  setClock(clockMs);
  const topic: ContactTopic = late ? 'delivery' : random.pick(CONTACT_TOPICS);
  const phone = random.chance(0.7);
  let helpfulFirstCall = false;
  let resolved: boolean;
  let repeat: boolean;
  if (phone) {
    resolved = random.chance(effects.helpfulFirstCallShare);
    const repeatShare =
      clockMs >= effects.repeatChangeMs ? effects.repeatCallShareAfter : effects.repeatCallShareBefore;
    repeat = !resolved && random.chance(Math.min(1, repeatShare / (1 - effects.helpfulFirstCallShare)));
    emit('Inbound Call', 'phone', { topic, resolved, contact: 1 });
    if (resolved) {
      clockMs += 10_000;
      setClock(clockMs);
      emit('First Call Resolved', 'phone', { topic });
      helpfulFirstCall = true;
    }
  } else {
    resolved = random.chance(0.6);
    repeat = !resolved && random.chance(0.3);
    emit('Chat Started', 'chat', { topic, resolved, contact: 1 });
  }
  if (repeat) {
    clockMs += dayMs + Math.floor(random.next() * 5 * dayMs);
    setClock(clockMs);
    emit(phone ? 'Inbound Call' : 'Chat Started', phone ? 'phone' : 'chat', {
      topic,
      resolved: true,
      contact: 2,
    });
    resolved = true;
  } else if (!resolved && random.chance(0.5)) {
    clockMs += 2 * 60 * 60_000 + Math.floor(random.next() * dayMs);
    setClock(clockMs);
    emit('Complaint Filed', 'email', { topic, complaint: true });
  }
  if (random.chance(0.5)) {
    clockMs += 60 * 60_000;
    setClock(clockMs);
    emit(
      'CSAT Survey Answered',
      'email',
      { topic },
      { csat: drawScore(random, resolved ? 4 : 2.6, 0.9, 1, 5) },
    );
  }
  return { helpfulFirstCall };
}

/** A whole score from a rounded, clamped normal. */
function drawScore(
  random: Random,
  mean: number,
  standardDeviation: number,
  min: number,
  max: number,
): number {
  return Math.max(min, Math.min(max, Math.round(mean + standardDeviation * random.normal())));
}
