import type { ImportRow } from '@trailmap/analytics';
import { createRandom, mixSeed } from './createRandom.js';
import { createStratifiedDraw } from './createStratifiedDraw.js';
import { generateJourney, type JourneyContext } from './generateJourney.js';
import { DEFAULT_PLANTED_EFFECTS, type PlantedEffects } from './plantedEffects.js';

export interface GenerateOptions {
  /** Exactly this many events (the last journey is cut short when needed). */
  events: number;
  seed?: number;
  /** Overrides of the planted effects (the rest keep their defaults). */
  effects?: Partial<PlantedEffects>;
  /** First possible journey start (epoch ms); default 1 January 2024. */
  startMs?: number;
  /** Journeys start uniformly over this many days; default 365. */
  periodDays?: number;
  /** Share of customers on the app; default 0.4. */
  appShare?: number;
  /** Events per yielded batch; default 10,000. */
  batchSize?: number;
}

/**
 * Generates a reproducible multi-channel retail log, one customer journey after another, in batches:
 * memory stays flat whatever the size. Same options and seed → the same events, byte for byte.
 */
export async function* generateEvents(options: GenerateOptions): AsyncGenerator<ImportRow[]> {
  const seed = options.seed ?? 1;
  const effects: PlantedEffects = { ...DEFAULT_PLANTED_EFFECTS, ...options.effects };
  const offsets = createRandom(mixSeed(seed, -1));
  const context: JourneyContext = {
    seed,
    effects,
    startMs: options.startMs ?? Date.UTC(2024, 0, 1),
    periodMs: (options.periodDays ?? 365) * 86_400_000,
    appShare: options.appShare ?? 0.4,
    dropsCheckout: {
      app: createStratifiedDraw(effects.appCheckoutDropShare, offsets.next()),
      web: createStratifiedDraw(effects.webCheckoutDropShare, offsets.next()),
    },
  };
  const batchSize = options.batchSize ?? 10_000;
  let remaining = options.events;
  let batch: ImportRow[] = [];
  for (let index = 1; remaining > 0; index++) {
    const journey = generateJourney(index, context);
    const taken = journey.length > remaining ? journey.slice(0, remaining) : journey;
    remaining -= taken.length;
    for (const event of taken) batch.push(event);
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}
