import { z } from 'zod';
import { isoDateTime } from './text.js';

const name = z.string().min(1).max(500);

/** A condition on one event attribute (`properties`; case attributes are keyed `case:…`). */
export const attributeConditionSchema = z.discriminatedUnion('op', [
  z.object({ key: name, op: z.literal('equals'), value: z.string().max(1000) }),
  z.object({ key: name, op: z.literal('notEquals'), value: z.string().max(1000) }),
  z.object({ key: name, op: z.literal('in'), values: z.array(z.string().max(1000)).min(1).max(100) }),
  z.object({ key: name, op: z.literal('exists') }),
]);

/**
 * The one filter of the explorer and the query API. Event-level parts (time range, channels, attribute
 * conditions) keep the matching events; case-level parts (variants, case duration, contains / does not
 * contain, direct steps) then keep whole cases of what remains.
 */
export const datasetFilterSchema = z
  .object({
    /** Events at or after this time. */
    from: isoDateTime.optional(),
    /** Events before this time. */
    to: isoDateTime.optional(),
    channels: z.array(name).min(1).max(50).optional(),
    attributes: z.array(attributeConditionSchema).min(1).max(20).optional(),
    /** Cases whose variant (activity sequence) is one of these. */
    variants: z.array(z.array(name).min(1).max(2000)).min(1).max(50).optional(),
    /** Cases lasting (first to last event) at least `minSeconds` and at most `maxSeconds`. */
    caseDuration: z
      .object({ minSeconds: z.number().min(0).optional(), maxSeconds: z.number().min(0).optional() })
      .strict()
      .optional(),
    /** Cases containing every one of these activities. */
    contains: z.array(name).min(1).max(20).optional(),
    /** Cases containing none of these activities. */
    notContains: z.array(name).min(1).max(20).optional(),
    /** Cases in which `to` directly follows `from` (a path of the process map). */
    edges: z
      .array(z.object({ from: name, to: name }).strict())
      .min(1)
      .max(20)
      .optional(),
  })
  .strict();
export type DatasetFilter = z.infer<typeof datasetFilterSchema>;
