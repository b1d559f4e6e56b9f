import { z } from 'zod';
import { idSchema } from '../ids.js';
import { nameText, shortText } from './text.js';

/** A stage of the journey (a column on the map). Order is the order in the map's `phases` array. */
export const phaseFieldsSchema = z.object({
  name: nameText,
  /** What the customer needs in this phase, shown under the phase name. */
  customerNeed: shortText.default(''),
});
export type PhaseFields = z.infer<typeof phaseFieldsSchema>;

export const phaseSchema = phaseFieldsSchema.extend({ id: idSchema('phase') });
export type Phase = z.infer<typeof phaseSchema>;
