import type { PersonaId } from '../ids.js';
import type { JourneyContent, JourneyMeta } from '../records/JourneyMap.js';
import { buildDemoMap } from './buildDemoMap.js';

/** The title of the demo map the server links to the generated retail dataset. */
export const SHOES_NOW_TITLE = 'Buying shoes — now';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * "Buying shoes — now": the same purchase today, through social media, web shops and the app. The
 * Love phase is empty on purpose: nothing brings the customer back or makes her recommend the shop.
 * Its touchpoints carry matchers naming the activities (and channels, properties) of the generated
 * retail log of `@trailmap/generate`; "Returning a pair" has none, as that log has no return events.
 */
export function createShoesNowJourney(personaIds: readonly PersonaId[]): JourneyMeta & JourneyContent {
  const map = buildDemoMap();

  map.addTouchpoint('See', {
    title: 'Sees a trend on Instagram',
    channel: 'social',
    customerAction: 'Scrolls Instagram in the evening and saves a post with white leather sneakers',
    thinksFeels: 'Those look comfortable and would go with everything.',
    emotion: 2,
    expectation: 5,
    experience: 7,
    owningDepartment: 'Marketing (social media)',
    evidence: 'data',
    expectedSecondsToNext: 2 * DAY,
    matcher: { activities: ['Social Post Viewed'], channels: ['social'] },
  });
  const ads = map.addTouchpoint('See', {
    title: 'Influencer posts and retargeting ads',
    channel: 'advertising',
    customerAction: 'Sees an influencer wearing the sneakers, then the same ad on every site she visits',
    thinksFeels: 'Okay, I get it. Now it feels like they are following me.',
    emotion: -1,
    expectation: 5,
    experience: 3,
    owningDepartment: 'Marketing (performance)',
    evidence: 'data',
    expectedSecondsToNext: 1 * DAY,
    matcher: { activities: ['Ad Viewed'], channels: ['ads'] },
  });
  const compare = map.addTouchpoint('Think', {
    title: 'Searches and compares web shops',
    channel: 'web',
    customerAction: 'Googles the model and opens twelve web shops in tabs to compare price and delivery',
    thinksFeels: 'The price differs by 30 euros and every shop has other conditions. Which one can I trust?',
    emotion: -1,
    expectation: 6,
    experience: 4,
    owningDepartment: 'E-commerce',
    evidence: 'research',
    expectedSecondsToNext: 20 * MINUTE,
    matcher: {
      activities: ['Page Viewed'],
      channels: ['web'],
      properties: [{ key: 'page', op: 'in', value: ['search', 'category'] }],
    },
  });
  const reviews = map.addTouchpoint('Think', {
    title: 'Reads reviews',
    channel: 'web',
    customerAction: 'Reads reviews on the product page, looking for whether the size runs small',
    thinksFeels: 'Four and a half stars, and several people say: order half a size up. Helpful.',
    emotion: 1,
    expectation: 6,
    experience: 7,
    owningDepartment: 'E-commerce',
    evidence: 'data',
    expectedSecondsToNext: 10 * MINUTE,
    matcher: { activities: ['Product Viewed'] },
  });
  map.addTouchpoint('Think', {
    title: 'Best deal with free returns',
    channel: 'web',
    customerAction: 'Finds a 15 % welcome code and sees that returns are free for 30 days',
    thinksFeels: 'Free returns: then I can order two sizes and keep the one that fits.',
    emotion: 2,
    expectation: 6,
    experience: 8,
    owningDepartment: 'E-commerce',
    evidence: 'data',
    expectedSecondsToNext: 5 * MINUTE,
    matcher: { activities: ['Cart Added', 'Checkout Started'] },
  });
  const ordering = map.addTouchpoint('Do', {
    title: 'Orders in the app',
    channel: 'app',
    customerAction: 'Installs the app for the code, orders two sizes and pays with one tap',
    thinksFeels: 'Done in two minutes, on the sofa. That was easy!',
    emotion: 3,
    expectation: 7,
    experience: 9,
    owningDepartment: 'E-commerce',
    evidence: 'data',
    expectedSecondsToNext: 2 * DAY,
    matcher: { activities: ['Order Placed'], channels: ['app'] },
  });
  const delivery = map.addTouchpoint('Do', {
    title: 'Delivery',
    channel: 'email',
    customerAction: 'Gets a track-and-trace e-mail with a window of 8:00 to 18:00; misses the courier',
    thinksFeels: 'A card on the mat: now I have to fetch it from a parcel point across town.',
    emotion: -2,
    expectation: 7,
    experience: 4,
    owningDepartment: 'Logistics (carrier)',
    evidence: 'data',
    expectedSecondsToNext: 3 * DAY,
    backstageNotes: 'The carrier chooses the time slot; the shop does not see failed deliveries.',
    matcher: { activities: ['Order Shipped', 'Delivery Late', 'Order Delivered'], channels: ['delivery'] },
  });
  const returning = map.addTouchpoint('Care', {
    title: 'Returning a pair',
    channel: 'letter',
    customerAction: 'Prints a return label at work and posts the pair that is too small',
    thinksFeels: 'Free, but I needed a printer, tape and a trip to the post office.',
    emotion: -1,
    expectation: 7,
    experience: 5,
    owningDepartment: 'Logistics (returns)',
    evidence: 'research',
    expectedSecondsToNext: 14 * DAY,
  });
  const chatbot = map.addTouchpoint('Care', {
    title: 'Asks the chatbot about the refund',
    channel: 'chat',
    customerAction:
      'After two weeks without a refund, opens the chat; the bot keeps sending the returns policy',
    thinksFeels: 'They took my money in one tap, and now I cannot even reach a person.',
    emotion: -3,
    expectation: 6,
    experience: 2,
    owningDepartment: 'Customer service',
    evidence: 'data',
    expectedSecondsToNext: 1 * DAY,
    matcher: {
      activities: ['Chat Started'],
      channels: ['chat'],
      properties: [{ key: 'contact', op: 'eq', value: 1 }],
    },
  });
  map.addTouchpoint('Care', {
    title: 'A human agent solves it',
    channel: 'chat',
    customerAction: 'Types "human" twice; an agent finds the parcel, refunds it at once and adds a voucher',
    thinksFeels: 'Finally someone who reads what I write. Fixed in five minutes.',
    emotion: 2,
    expectation: 3,
    experience: 8,
    owningDepartment: 'Customer service',
    evidence: 'research',
    backstageNotes: 'Returns are booked by the warehouse in a nightly batch; agents can force a refund.',
    matcher: {
      activities: ['Chat Started'],
      channels: ['chat'],
      properties: [
        { key: 'contact', op: 'eq', value: 2 },
        { key: 'resolved', op: 'eq', value: 'true' },
      ],
    },
  });

  map.addPainPoint('See', {
    title: 'Ads that follow her around',
    description: 'Retargeting keeps showing the same shoes for weeks, even after she has bought them.',
    severity: 'low',
    evidence: 'data',
    touchpointId: ads,
  });
  map.addPainPoint('Think', {
    title: 'Hard to compare shops',
    description: 'Prices, delivery costs and return terms differ per web shop and are hard to find.',
    severity: 'medium',
    evidence: 'research',
    touchpointId: compare,
  });
  const missedDelivery = map.addPainPoint('Do', {
    title: 'Missed delivery',
    description: 'A ten-hour delivery window; one in five parcels is not delivered on the first attempt.',
    severity: 'high',
    evidence: 'data',
    touchpointId: delivery,
  });
  const slowRefund = map.addPainPoint('Care', {
    title: 'Refund takes two weeks',
    description:
      'The refund waits for the warehouse to book the return; customers contact us to ask where it is.',
    severity: 'high',
    evidence: 'data',
    touchpointId: returning,
  });
  const botLoop = map.addPainPoint('Care', {
    title: 'Chatbot without a way out',
    description: 'The bot answers with the returns policy and only hands over after the customer insists.',
    severity: 'high',
    evidence: 'data',
    touchpointId: chatbot,
  });
  const noLoyalty = map.addPainPoint('Love', {
    title: 'No loyalty left',
    description:
      'After the purchase nothing ties the customer to the shop: no card, no follow-up, no reason to come back.',
    severity: 'high',
    evidence: 'research',
  });

  map.addIdea({
    title: 'Size advice from earlier orders and reviews',
    description: 'Show “order half a size up” on the product page, based on reviews and returns per model.',
    reach: 4,
    feasibility: 3,
    evidence: 'data',
    phase: 'Think',
    touchpointId: reviews,
    alsoTouchpointIds: [compare],
    source: {
      kind: 'complaint',
      note: 'Wrong size: the top reason for returns in the survey',
      touchpointId: null,
    },
    scores: { frequency: 4, prospects: 3, media: 2, brand: 3 },
  });
  map.addIdea({
    title: 'Choose a delivery slot or pick up in store',
    description:
      'Let the customer pick a two-hour slot at checkout, or collect the parcel in the nearest store.',
    reach: 4,
    feasibility: 4,
    evidence: 'data',
    phase: 'Do',
    touchpointId: delivery,
    painPointId: missedDelivery,
    source: { kind: 'drop-off', note: 'Delivery: first-time delivery 81 %', touchpointId: delivery },
    scores: { frequency: 3, prospects: 2, media: 2, brand: 3 },
  });
  map.addIdea({
    title: 'Refund on scan at the parcel point',
    description: 'Refund as soon as the carrier scans the return, not when the warehouse books it.',
    reach: 3,
    feasibility: 2,
    evidence: 'assumption',
    phase: 'Care',
    touchpointId: returning,
    painPointId: slowRefund,
    source: { kind: 'complaint', note: 'Refund complaints in the chat', touchpointId: null },
    scores: { frequency: 2, prospects: 1, media: 3, brand: 4 },
  });
  map.addIdea({
    title: 'Hand over to a person after one failed answer',
    description:
      'When the bot does not resolve the question the first time, offer a human agent straight away.',
    reach: 3,
    feasibility: 5,
    evidence: 'data',
    phase: 'Care',
    touchpointId: chatbot,
    painPointId: botLoop,
    source: {
      kind: 'driver',
      note: 'The chatbot is one of the vital few NPS drivers',
      touchpointId: chatbot,
    },
    scores: { frequency: 3, prospects: 1, media: 3, brand: 4 },
  });
  map.addIdea({
    title: 'Loyalty in the app',
    description:
      'Points for purchases and reviews, a free repair after a year, and a birthday treat, all in the app.',
    reach: 5,
    feasibility: 3,
    evidence: 'assumption',
    phase: 'Love',
    painPointId: noLoyalty,
    source: { kind: 'workshop', note: 'Workshop with the store managers', touchpointId: null },
    scores: { frequency: 2, prospects: 2, media: 2, brand: 5 },
  });
  map.addIdea({
    title: 'One tap to order in the app',
    description: 'Save size, address and payment after the first order, so a repeat order is one tap.',
    reach: 3,
    feasibility: 4,
    evidence: 'assumption',
    phase: 'Do',
    touchpointId: ordering,
    source: { kind: 'workshop', note: 'Sprint review with the app team', touchpointId: null },
    scores: { frequency: 4, prospects: 1, media: 1, brand: 2 },
  });
  map.addIdea({
    title: 'Fewer, better-timed ads',
    description: 'Stop retargeting after a purchase and cap how often one person sees the same ad.',
    reach: 4,
    feasibility: 5,
    evidence: 'research',
    phase: 'See',
    touchpointId: ads,
    source: { kind: 'complaint', note: 'Ads that follow her around', touchpointId: null },
    scores: { frequency: 5, prospects: 4, media: 2, brand: 3 },
  });

  map.setKpi('See', 'Instagram reach: 120,000 a month');
  map.setKpi('Do', 'App conversion 3.2 %; first-time delivery 81 %');
  map.setKpi('Care', 'Return rate 28 %; refund questions: 1 in 6 returns');
  map.setKpi('Love', 'Repeat purchase within a year: 12 %');

  return {
    title: SHOES_NOW_TITLE,
    goal: 'Buy comfortable everyday sneakers without hassle',
    scope:
      'The same shoe shop today: social media and ads, the web shop and app, delivery, returns and chat.',
    personaIds: [...personaIds],
    state: 'current',
    counterpartId: null,
    phaseModel: 'see-think-do-care-love',
    // Linked to the generated retail dataset by the server's demo seeding, which imports it.
    datasetId: null,
    datasetFilter: null,
    ...map.content,
  };
}
