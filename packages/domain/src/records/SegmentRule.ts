import { z } from 'zod';

/**
 * A rule that recognises a persona (or any segment) in event data: conditions on event or customer
 * fields such as `channel`, `activity` or `properties.age`. The analytics filter object uses the same shape.
 */
export const CONDITION_OPERATORS = [
  'eq',
  'neq',
  'in',
  'gt',
  'gte',
  'lt',
  'lte',
  'contains',
  'exists',
] as const;
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];

const scalar = z.union([z.string().max(1000), z.number(), z.boolean()]);

export const conditionSchema = z
  .object({
    field: z
      .string()
      .min(1)
      .max(200)
      .regex(/^[A-Za-z_][A-Za-z0-9_:.-]*$/, 'must be a field name such as channel or properties.age'),
    op: z.enum(CONDITION_OPERATORS),
    value: z.union([scalar, z.array(scalar).max(500)]).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.op === 'exists') return;
    if (c.value === undefined)
      ctx.addIssue({ code: 'custom', path: ['value'], message: `is required for ${c.op}` });
    if (c.op === 'in' && !Array.isArray(c.value))
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'must be a list for in' });
    if (
      ['gt', 'gte', 'lt', 'lte'].includes(c.op) &&
      typeof c.value !== 'number' &&
      typeof c.value !== 'string'
    )
      ctx.addIssue({ code: 'custom', path: ['value'], message: `must be a number or date for ${c.op}` });
  });
export type Condition = z.infer<typeof conditionSchema>;

export const segmentRuleSchema = z.object({
  match: z.enum(['all', 'any']),
  conditions: z.array(conditionSchema).min(1).max(50),
});
export type SegmentRule = z.infer<typeof segmentRuleSchema>;
