import { createId, type PersonaId } from '../ids.js';
import type { PersonaFields } from '../records/Persona.js';

/** A demo persona: its fields and the id the demo maps refer to. */
export type DemoPersona = PersonaFields & { id: PersonaId };

export interface DemoPersonas {
  /** Sanne, 34, practical shopper: buys on her phone, wants it easy. */
  sanne: DemoPersona;
  /** Henk, 67, loyal local customer: has bought his shoes in town for thirty years. */
  henk: DemoPersona;
}

/** The two personas of the demo workspace, with fresh ids. */
export function createDemoPersonas(): DemoPersonas {
  return {
    sanne: {
      id: createId('persona'),
      name: 'Sanne',
      description:
        '34, practical shopper. Works four days a week as a physiotherapist and has two young children. ' +
        'She shops on her phone in the evening, once the children are in bed, and wants it to be quick and easy.',
      goals: [
        'Comfortable shoes that last a season of school runs',
        'Pay a fair price without hunting for hours',
      ],
      needs: ['The right size the first time', 'Delivery when she is at home', 'Free and easy returns'],
      frustrations: [
        'Sizes that differ per brand',
        'Missing the courier and having to fetch the parcel',
        'Waiting weeks for a refund',
      ],
      quote: 'If I have to send it back, that should be as easy as ordering it.',
      pictureUrl: null,
      segmentRule: {
        match: 'all',
        // in the demo's generated shop data: journeys that order in the app
        conditions: [
          { field: 'channel', op: 'in', value: ['app', 'web'] },
          { field: 'properties.device', op: 'eq', value: 'app' },
        ],
      },
    },
    henk: {
      id: createId('persona'),
      name: 'Henk',
      description:
        '67, loyal local customer. A retired postman who has bought his shoes at the same shop in town for thirty ' +
        'years. He likes to be served by someone who knows him and his feet.',
      goals: ['Good walking shoes that fit properly', 'A pleasant morning in town'],
      needs: ['Personal advice and a proper fitting', 'Repairs, so good shoes last for years'],
      frustrations: [
        'Queues at the till on Saturdays',
        'His size being out of stock',
        'Having to do things online',
      ],
      quote: 'They know my feet better than I do.',
      pictureUrl: null,
      segmentRule: {
        match: 'all',
        // in the demo's generated shop data: returning customers who come to the store
        conditions: [
          { field: 'channel', op: 'eq', value: 'store' },
          { field: 'properties.segment', op: 'eq', value: 'returning' },
        ],
      },
    },
  };
}
