import { z } from 'zod';
import { idSchema, type ProjectId, type ProjectKpiId, type WorkspaceId } from '../ids.js';
import { isoDateTime } from './text.js';

/**
 * What a project's KPI measures. Shares are 0–1 of journeys, `medianSecondsBetween` seconds,
 * `contactsPerJourney` contacts, NPS −100..100, CSAT 1–5, CES 1–7 (the units of its `target`).
 */
export const KPI_METRICS = [
  'nps',
  'csat',
  'ces',
  'reachShare',
  'dropOffShare',
  'conversionShare',
  'medianSecondsBetween',
  'repeatContactShare',
  'firstContactResolutionShare',
  'complaintShare',
  'contactsPerJourney',
] as const;
export type KpiMetric = (typeof KPI_METRICS)[number];
export const kpiMetricSchema = z.enum(KPI_METRICS);

/** Which way is good for each metric: +1 up (NPS, reach, …), −1 down (drop-off, repeat contacts, …). */
export const KPI_GOOD_DIRECTION: Readonly<Record<KpiMetric, 1 | -1>> = {
  nps: 1,
  csat: 1,
  // CES 1–7 with 7 = "very easy": up is good
  ces: 1,
  reachShare: 1,
  dropOffShare: -1,
  conversionShare: 1,
  medianSecondsBetween: -1,
  repeatContactShare: -1,
  firstContactResolutionShare: 1,
  complaintShare: -1,
  contactsPerJourney: -1,
};

/** Whether a measured value meets a KPI's target (at or beyond it, the good way); null when either is missing. */
export function meetsKpiTarget(
  metric: KpiMetric,
  value: number | null,
  target: number | null,
): boolean | null {
  if (value === null || target === null) return null;
  return KPI_GOOD_DIRECTION[metric] === 1 ? value >= target : value <= target;
}

/** Metrics from one touchpoint to another: they need `touchpointId` and `toTouchpointId`. */
export const KPI_PAIR_METRICS: readonly KpiMetric[] = ['conversionShare', 'medianSecondsBetween'];
/** Metrics of one touchpoint: they need `touchpointId`. */
export const KPI_TOUCHPOINT_METRICS: readonly KpiMetric[] = ['reachShare', 'dropOffShare'];

/**
 * Which journeys a KPI measures: those of a dataset, optionally as the touchpoints of a map see them,
 * optionally of one persona. A touchpoint needs its journey (map).
 */
export const kpiScopeSchema = z
  .object({
    datasetId: idSchema('dataset'),
    journeyId: idSchema('journey').optional(),
    touchpointId: idSchema('touchpoint').optional(),
    toTouchpointId: idSchema('touchpoint').optional(),
    personaId: idSchema('persona').optional(),
    /**
     * The service metrics' contacts: of the events on the phone and chat channels, only those with these
     * activities count (e.g. `Inbound Call`, not the `First Call Resolved` that follows it); without it they all do.
     */
    contactActivities: z
      .array(z.string().min(1).max(500))
      .min(1)
      .max(50)
      .refine((names) => new Set(names).size === names.length, 'must not name an activity twice')
      .optional(),
  })
  .strict();
export type KpiScope = z.infer<typeof kpiScopeSchema>;

/** A closed period, `from` ≤ ts < `to` (ISO timestamps with offset). */
export const kpiPeriodSchema = z.object({ from: isoDateTime, to: isoDateTime }).strict();
export type KpiPeriod = z.infer<typeof kpiPeriodSchema>;

/** The after period as stored: from its start on, up to `to` when it has one (null: still running). */
export const kpiAfterSchema = z.object({ from: isoDateTime, to: isoDateTime.nullable() }).strict();
export type KpiAfter = z.infer<typeof kpiAfterSchema>;

/** The after period as sent: `from` left out = the project's start date (00:00 UTC). */
export const kpiAfterInputSchema = z
  .object({ from: isoDateTime.optional(), to: isoDateTime.nullable().optional() })
  .strict();

const target = z.number().nullable().describe('the value aimed for, in the unit of the metric');

export interface KpiProblem {
  path: (string | number)[];
  message: string;
}

/** The metrics that count contacts (what `scope.contactActivities` narrows). */
export const KPI_CONTACT_METRICS: readonly KpiMetric[] = [
  'repeatContactShare',
  'firstContactResolutionShare',
  'contactsPerJourney',
];

type KpiRuleInput = {
  metric: KpiMetric;
  scope: { [K in keyof Omit<KpiScope, 'contactActivities'>]: string | undefined } & {
    contactActivities?: readonly string[] | undefined;
  };
  baseline: KpiPeriod;
  after: { from?: string | undefined; to?: string | null | undefined };
};

const instant = (iso: string) => Date.parse(iso);

/**
 * What a schema of one field cannot check: the touchpoints the metric needs (and only those), a
 * touchpoint with its journey, and periods that run forward without overlapping (the baseline ends at or
 * before the after period starts). Empty when the KPI is consistent.
 */
export function findKpiProblems(kpi: KpiRuleInput): KpiProblem[] {
  const problems: KpiProblem[] = [];
  const { metric, scope, baseline, after } = kpi;
  const pair = KPI_PAIR_METRICS.includes(metric);
  if ((pair || KPI_TOUCHPOINT_METRICS.includes(metric)) && !scope.touchpointId)
    problems.push({ path: ['scope', 'touchpointId'], message: `${metric} needs a touchpoint` });
  if (pair && !scope.toTouchpointId)
    problems.push({
      path: ['scope', 'toTouchpointId'],
      message: `${metric} goes from one touchpoint to another: it needs toTouchpointId`,
    });
  if (!pair && scope.toTouchpointId)
    problems.push({
      path: ['scope', 'toTouchpointId'],
      message: `only ${KPI_PAIR_METRICS.join(' and ')} go from one touchpoint to another`,
    });
  if (pair && scope.touchpointId && scope.touchpointId === scope.toTouchpointId)
    problems.push({
      path: ['scope', 'toTouchpointId'],
      message: 'must be another touchpoint than touchpointId',
    });
  if (scope.contactActivities && !KPI_CONTACT_METRICS.includes(metric))
    problems.push({
      path: ['scope', 'contactActivities'],
      message: `only ${KPI_CONTACT_METRICS.join(', ')} count contacts`,
    });
  if ((scope.touchpointId || scope.toTouchpointId) && !scope.journeyId)
    problems.push({ path: ['scope', 'journeyId'], message: 'a touchpoint needs the journey it is on' });
  if (instant(baseline.from) >= instant(baseline.to))
    problems.push({ path: ['baseline', 'to'], message: 'must be after baseline.from' });
  if (after.from !== undefined) {
    if (after.to != null && instant(after.from) >= instant(after.to))
      problems.push({ path: ['after', 'to'], message: 'must be after after.from' });
    if (instant(after.from) < instant(baseline.to))
      problems.push({
        path: ['after', 'from'],
        message: 'the after period must start at or after the end of the baseline',
      });
  }
  return problems;
}

function refineKpi(kpi: KpiRuleInput, ctx: z.RefinementCtx) {
  for (const problem of findKpiProblems(kpi)) ctx.addIssue({ code: 'custom', ...problem });
}

/** A KPI as `POST …/projects/:id/kpis` takes it (the after period's start may be left out). */
export const projectKpiInputSchema = z
  .object({
    metric: kpiMetricSchema,
    scope: kpiScopeSchema,
    baseline: kpiPeriodSchema,
    after: kpiAfterInputSchema.prefault({}),
    target: target.optional(),
  })
  .strict()
  .superRefine(refineKpi);
export type ProjectKpiInput = z.infer<typeof projectKpiInputSchema>;

const kpiFieldsShape = {
  metric: kpiMetricSchema,
  scope: kpiScopeSchema,
  baseline: kpiPeriodSchema,
  after: kpiAfterSchema,
  target,
};

/** The fields of a KPI, complete (the after period has its start). */
export const projectKpiFieldsSchema = z.object(kpiFieldsShape).superRefine(refineKpi);
export type ProjectKpiFields = z.infer<typeof projectKpiFieldsSchema>;

/** A KPI as stored and served. */
export const projectKpiSchema = z.object({
  ...kpiFieldsShape,
  id: idSchema('projectKpi'),
  projectId: idSchema('project'),
  workspaceId: idSchema('workspace'),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type ProjectKpi = ProjectKpiFields & {
  id: ProjectKpiId;
  projectId: ProjectId;
  workspaceId: WorkspaceId;
  createdAt: string;
  updatedAt: string;
};
