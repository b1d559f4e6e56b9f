import {
  CHANNELS,
  createJourneyContent,
  journeyMetaSchema,
  touchpointFieldsSchema,
  type JourneyContent,
  type JourneyMeta,
  type Touchpoint,
  type TouchpointId,
} from '@trailmap/domain';
import { createRandom } from './createRandom.js';

/**
 * A See–Think–Do–Care–Love map with `touchpoints` cards spread evenly over its five phases (up to
 * `LIMITS.touchpoints`), every field filled (titles `Step <n>: the customer …`, actions, thoughts,
 * emotions, expectation vs experience, back stage): the wide map of the export and map-editor benchmarks
 * and of the server's export tests. The same seed gives the same texts, scores and touchpoint ids
 * (`tpt_<8 digits>`, the card's position); phase ids are fresh.
 */
export function generateJourneyMap(options: { touchpoints: number; seed?: number; title?: string }): {
  meta: JourneyMeta;
  content: JourneyContent;
} {
  const random = createRandom(options.seed ?? 1);
  const content = createJourneyContent('see-think-do-care-love');
  const perPhase = new Map<string, number>();
  const touchpoints: Touchpoint[] = [];
  for (let i = 0; i < options.touchpoints; i++) {
    const phase = content.phases[Math.floor((i * content.phases.length) / options.touchpoints)]!;
    const order = perPhase.get(phase.id) ?? 0;
    perPhase.set(phase.id, order + 1);
    const fields = touchpointFieldsSchema.parse({
      phaseId: phase.id,
      order,
      title: `Step ${i + 1}: the customer ${random.pick(['compares offers', 'asks a question', 'waits for delivery', 'reads a review'])}`,
      channel: CHANNELS[i % CHANNELS.length],
      customerAction: 'Opens the page, reads, compares and decides what to do next',
      thinksFeels: random.pick([
        'Is this what I was looking for?',
        'I hope it is quick.',
        'Why so many steps?',
      ]),
      emotion: Math.floor(random.next() * 7) - 3,
      expectation: 1 + Math.floor(random.next() * 10),
      experience: 1 + Math.floor(random.next() * 10),
      owningDepartment: random.pick(['Customer service', 'Web team', 'Logistics']),
      backstageNotes: 'Handled by the web team; data from the CRM.',
      evidence: random.pick(['assumption', 'research', 'data'] as const),
    });
    touchpoints.push({ ...fields, id: `tpt_${String(i).padStart(8, '0')}` as TouchpointId });
  }
  return {
    meta: journeyMetaSchema.parse({
      title: options.title ?? `A map of ${options.touchpoints} touchpoints`,
      phaseModel: 'see-think-do-care-love',
    }),
    content: { ...content, touchpoints },
  };
}
