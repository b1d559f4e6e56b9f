import { z } from 'zod';
import { idSchema } from '../ids.js';
import { shortText } from './text.js';

/**
 * The rows of a map, top to bottom by default. Most lanes show fields of the touchpoints
 * (actions, thinks & feels, emotion, expectation vs experience, back stage); pain points and ideas
 * show their own cards; KPI and custom lanes hold free text per phase.
 */
export const LANE_KINDS = [
  'actions',
  'touchpoints',
  'thinks-feels',
  'emotion',
  'expectation',
  'pain-points',
  'ideas',
  'backstage',
  'kpis',
  'custom',
] as const;
export type LaneKind = (typeof LANE_KINDS)[number];
export const laneKindSchema = z.enum(LANE_KINDS);

export const laneSchema = z.object({
  id: idSchema('lane'),
  kind: laneKindSchema,
  /** Shown as the lane label; empty means the default label of its kind (translated in the app). */
  title: z.string().max(200).default(''),
  visible: z.boolean().default(true),
  /** Free text per phase id, for `kpis` and `custom` lanes. */
  cells: z.record(z.string(), shortText).default({}),
});
export type Lane = z.infer<typeof laneSchema>;
