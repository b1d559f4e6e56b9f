import type { PersonaId } from '../ids.js';
import type { JourneyContent, JourneyMeta } from '../records/JourneyMap.js';
import { buildDemoMap } from './buildDemoMap.js';

const HOUR = 3600;
const DAY = 24 * HOUR;

/** "Buying shoes — then": the shoe shop in town as it was, before web shops; offline channels only. */
export function createShoesThenJourney(personaIds: readonly PersonaId[]): JourneyMeta & JourneyContent {
  const map = buildDemoMap();

  const leaflet = map.addTouchpoint('See', {
    title: 'Leaflet through the letterbox',
    channel: 'letter',
    customerAction: 'Finds the seasonal leaflet of the shoe shop on the doormat and reads it over coffee',
    thinksFeels: 'The autumn collection is in. My walking shoes are worn out; time for a new pair.',
    emotion: 1,
    expectation: 5,
    experience: 6,
    owningDepartment: 'Marketing',
    evidence: 'research',
    expectedSecondsToNext: 5 * DAY,
    backstageNotes: 'Printed twice a year, delivered door to door in a 10 km radius.',
  });
  map.addTouchpoint('Think', {
    title: 'A shopping day in town',
    channel: 'store',
    customerAction: 'Takes the bus into town on market day and looks in the windows of three shoe shops',
    thinksFeels: 'Nice to be out. I will look around first, but I know where I will end up.',
    emotion: 2,
    expectation: 6,
    experience: 7,
    owningDepartment: 'Store operations',
    evidence: 'research',
    expectedSecondsToNext: 1 * HOUR,
  });
  const fitting = map.addTouchpoint('Think', {
    title: 'Advice and fitting in the store',
    channel: 'store',
    customerAction: 'Has both feet measured and tries on five pairs the salesman brings',
    thinksFeels: 'He remembers my wide feet and my bad knee. This is why I come here.',
    emotion: 3,
    expectation: 7,
    experience: 9,
    owningDepartment: 'Store staff',
    evidence: 'research',
    expectedSecondsToNext: 30 * 60,
    backstageNotes: 'Stock is checked by walking to the back room; no system shows other branches.',
  });
  const till = map.addTouchpoint('Do', {
    title: 'Paying at the till',
    channel: 'store',
    customerAction: 'Queues at the only till on Saturday and pays cash',
    thinksFeels: 'Fifteen minutes in line with a box under my arm. Why is only one till open?',
    emotion: -2,
    expectation: 6,
    experience: 3,
    owningDepartment: 'Store operations',
    evidence: 'data',
    expectedSecondsToNext: 7 * DAY,
  });
  const pickUp = map.addTouchpoint('Do', {
    title: 'Coming back for the ordered size',
    channel: 'store',
    customerAction: 'The brown pair is not in stock in size 44; orders it and comes back a week later',
    thinksFeels: 'Another bus ride into town. At least they called when it arrived.',
    emotion: -1,
    expectation: 7,
    experience: 5,
    owningDepartment: 'Purchasing',
    evidence: 'research',
    expectedSecondsToNext: 60 * DAY,
  });
  map.addTouchpoint('Care', {
    title: 'Follow-up letter with care tips',
    channel: 'letter',
    customerAction: 'Receives a letter with care tips for leather and a voucher for a free heel repair',
    thinksFeels: 'They still think of me after the sale. I did not expect that.',
    emotion: 2,
    expectation: 4,
    experience: 7,
    owningDepartment: 'Marketing',
    evidence: 'assumption',
    expectedSecondsToNext: 180 * DAY,
  });
  map.addTouchpoint('Care', {
    title: 'Heel repaired by the shoemaker',
    channel: 'store',
    customerAction:
      'Brings the shoes to the shoemaker in the back of the shop; picks them up the same afternoon',
    thinksFeels: 'Like new again, and they did it while I had a coffee.',
    emotion: 2,
    expectation: 6,
    experience: 8,
    owningDepartment: 'Repair workshop',
    evidence: 'research',
    expectedSecondsToNext: 90 * DAY,
  });
  map.addTouchpoint('Love', {
    title: 'Loyalty card full',
    channel: 'store',
    customerAction: 'Gets the tenth stamp on his paper loyalty card and picks free insoles',
    thinksFeels: 'A small thing, but it feels like being a regular.',
    emotion: 1,
    expectation: 5,
    experience: 6,
    owningDepartment: 'Marketing',
    evidence: 'data',
    backstageNotes: 'Paper cards: nobody knows how many customers hold one.',
  });
  map.addTouchpoint('Love', {
    title: 'Birthday card from the shop',
    channel: 'letter',
    customerAction: 'Receives a handwritten birthday card with 10 % off his next pair',
    thinksFeels: 'They remembered!',
    emotion: 2,
    expectation: 3,
    experience: 7,
    owningDepartment: 'Store staff',
    evidence: 'assumption',
  });
  map.addTouchpoint('Love', {
    title: 'Recommends the shop to friends',
    channel: 'word-of-mouth',
    customerAction: 'Tells his friends at the bowling club where to buy shoes that fit',
    thinksFeels: 'Go to them and ask for the old salesman. He knows what he is doing.',
    emotion: 3,
    expectation: 7,
    experience: 8,
    owningDepartment: 'Store staff',
    evidence: 'research',
  });

  const queue = map.addPainPoint('Do', {
    title: 'Queue at the till',
    description: 'On Saturdays one till serves the whole shop; customers wait up to fifteen minutes to pay.',
    severity: 'high',
    evidence: 'data',
    touchpointId: till,
  });
  const outOfStock = map.addPainPoint('Think', {
    title: 'Size not in stock',
    description: 'Popular models run out in common sizes; the customer has to come back a week later.',
    severity: 'medium',
    evidence: 'research',
    touchpointId: fitting,
  });
  map.addPainPoint('See', {
    title: 'The leaflet reaches everyone, relevant or not',
    description: 'The same leaflet goes to every address; nobody knows who reads it.',
    severity: 'low',
    evidence: 'assumption',
    touchpointId: leaflet,
  });

  map.addIdea({
    title: 'Second till on Saturdays',
    description: 'Open a second till, or let the salesman take payment at the fitting chair, on busy days.',
    reach: 4,
    feasibility: 5,
    evidence: 'data',
    phase: 'Do',
    touchpointId: till,
    painPointId: queue,
  });
  map.addIdea({
    title: 'Send the ordered size to the customer’s home',
    description: 'Instead of a second trip into town, post the pair when it arrives from the supplier.',
    reach: 3,
    feasibility: 3,
    evidence: 'assumption',
    phase: 'Do',
    touchpointId: pickUp,
    painPointId: outOfStock,
  });

  map.setKpi('Do', 'Waiting time at the till: up to 15 min on Saturdays');
  map.setKpi('Love', 'Roughly 1 in 3 new customers comes on a friend’s advice');

  return {
    title: 'Buying shoes — then',
    goal: 'Buy a good pair of walking shoes',
    scope:
      'The shoe shop in the town centre as it worked before web shops: leaflets, the store, the shoemaker.',
    personaIds: [...personaIds],
    state: 'current',
    counterpartId: null,
    datasetId: null,
    datasetFilter: null,
    phaseModel: 'see-think-do-care-love',
    ...map.content,
  };
}
