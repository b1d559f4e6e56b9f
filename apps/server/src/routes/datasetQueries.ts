import {
  discoverDfg,
  getCaseDurations,
  getCaseEvents,
  getCustomerTimeline,
  getDrivers,
  getFunnel,
  getLogSummary,
  getPaths,
  getSatisfaction,
  getServiceMetrics,
  getStartEnd,
  getStepTimes,
  getVariants,
  listCases,
  openWorkspaceEvents,
  type EventFilter,
  type EventStore,
  type QueryScope,
} from '@trailmap/analytics';
import { idSchema, type DatasetId, type WorkspaceId } from '@trailmap/domain';
import { z } from 'zod';
import type { AppContext } from '../app.js';
import { authorizeWorkspace } from '../auth/principal.js';
import { readFilterParam, toEventFilter } from '../datasets/toEventFilter.js';
import { conflict, HttpError, notFound } from '../http/errors.js';
import { workspaceParams } from '../http/params.js';
import type { Api } from '../http/types.js';

const datasetParams = workspaceParams.extend({ datasetId: idSchema('dataset') });
const filterParam = z
  .string()
  .max(20_000)
  .optional()
  .describe('the filter as a JSON object (docs/api.md, "The explorer\'s filter")');
const activity = z.string().min(1).max(500);
/** A query parameter given once or repeated (`step=A&step=B`). */
const repeated = (item: z.ZodString) => z.union([item, z.array(item).max(50)]);
const asList = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

type Run<Q> = (events: EventStore, scope: QueryScope, filter: EventFilter, query: Q) => Promise<unknown>;

/** The engine queries of a dataset, each at `GET …/datasets/:id/<name>`. */
export function registerDatasetQueryRoutes(api: Api, { store, datasets }: AppContext) {
  function defineQuery<S extends z.ZodRawShape>(
    name: string,
    summary: string,
    params: S,
    run: Run<z.infer<z.ZodObject<S>>>,
  ) {
    api.get(
      `/api/workspaces/:workspaceId/datasets/:datasetId/${name}`,
      {
        schema: {
          tags: ['dataset queries'],
          summary,
          params: datasetParams,
          querystring: z.object({ filter: filterParam, ...params }),
        },
      },
      async (request) => {
        const { workspaceId, datasetId } = request.params as {
          workspaceId: WorkspaceId;
          datasetId: DatasetId;
        };
        await authorizeWorkspace(store, request.principal, workspaceId, 'read');
        const { filter: filterText, ...rest } = request.query as { filter?: string } & Record<
          string,
          unknown
        >;
        const filter = toEventFilter(readFilterParam(filterText));
        const dataset = await store.datasets.get(workspaceId, datasetId);
        if (!dataset) throw notFound('dataset');
        if (dataset.versions === 0)
          throw conflict(
            'not-ready',
            'this dataset holds no events yet; wait for its import, or upload it again',
          );
        const workspace = openWorkspaceEvents(datasets.events, workspaceId);
        const version = (await workspace.latestVersion(datasetId)) ?? 0;
        const key = `${workspaceId}/${datasetId}@${version}/${name}?${JSON.stringify([filter, rest])}`;
        return datasets.answers.get(key, () =>
          workspace.query(
            datasetId,
            (events, scope, f) => run(events, scope, f, rest as z.infer<z.ZodObject<S>>),
            filter,
            version,
          ),
        );
      },
    );
  }

  defineQuery('summary', 'Events, cases and activities in scope, and their time span', {}, (e, s, f) =>
    getLogSummary(e, s, f),
  );
  defineQuery(
    'dfg',
    'The directly-follows graph: each step from one activity to the next with its count and mean/median waiting seconds, most frequent first',
    {},
    (e, s, f) => discoverDfg(e, s, f),
  );
  defineQuery(
    'variants',
    'The variants (activity sequences) with their cases, most frequent first, and the total',
    { limit: z.coerce.number().int().min(1).max(5000).default(100) },
    (e, s, f, q) => getVariants(e, s, f, { limit: q.limit }),
  );
  defineQuery('start-end', 'Start and end activities with their cases', {}, (e, s, f) =>
    getStartEnd(e, s, f),
  );
  defineQuery(
    'durations',
    'Case durations (first to last event): mean, median, p90, min, max and an equal-width histogram',
    { bins: z.coerce.number().int().min(1).max(200).default(20) },
    (e, s, f, q) => getCaseDurations(e, s, f, { bins: q.bins }),
  );
  defineQuery(
    'step-times',
    'Per activity: events, waiting time since the previous event of the case, duration when a start time is known',
    {},
    (e, s, f) => getStepTimes(e, s, f),
  );
  defineQuery(
    'funnel',
    'A funnel over ordered steps (`step` repeated, 1–20): cases reaching each step, conversion, drop-off and median time to it',
    {
      step: repeated(activity),
      order: z.enum(['strict', 'loose']).default('loose'),
      windowSeconds: z.coerce.number().int().min(1).optional(),
    },
    (e, s, f, q) => {
      const steps = asList(q.step);
      if (steps.length === 0 || steps.length > 20)
        throw new HttpError(400, 'validation', 'query.step: give 1 to 20 steps', {
          issues: [{ path: 'query.step', message: 'give 1 to 20 steps' }],
        });
      return getFunnel(
        e,
        s,
        {
          steps,
          order: q.order,
          ...(q.windowSeconds !== undefined ? { windowSeconds: q.windowSeconds } : {}),
        },
        f,
      );
    },
  );
  defineQuery(
    'paths',
    'The paths from (or to) an anchor activity, step by step, as Sankey nodes and links',
    {
      anchor: activity,
      direction: z.enum(['from', 'to']).default('from'),
      depth: z.coerce.number().int().min(1).max(10).default(3),
    },
    (e, s, f, q) => getPaths(e, s, { anchor: q.anchor, direction: q.direction, depth: q.depth }, f),
  );
  defineQuery(
    'service',
    'Service metrics: contacts per journey, repeat contacts within the window, first-contact resolution, complaint rate (with intervals)',
    {
      contactChannel: repeated(activity).optional(),
      contactActivity: repeated(activity).optional(),
      repeatWindowDays: z.coerce.number().int().min(1).max(365).optional(),
      repeatKey: z.enum(['topic', 'channel', 'any']).optional(),
      complaintActivity: repeated(activity).optional(),
    },
    (e, s, f, q) =>
      getServiceMetrics(
        e,
        s,
        {
          ...(q.contactChannel ? { contactChannels: asList(q.contactChannel) } : {}),
          ...(q.contactActivity ? { contactActivities: asList(q.contactActivity) } : {}),
          ...(q.repeatWindowDays !== undefined ? { repeatWindowDays: q.repeatWindowDays } : {}),
          ...(q.repeatKey ? { repeatKey: q.repeatKey } : {}),
          ...(q.complaintActivity ? { complaintActivities: asList(q.complaintActivity) } : {}),
        },
        f,
      ),
  );
  defineQuery(
    'satisfaction',
    'NPS, CSAT and CES with their intervals, for all journeys or per activity, channel or attribute (`by`, `key`)',
    {
      by: z.enum(['none', 'activity', 'channel', 'attribute']).default('none'),
      key: z.string().min(1).max(500).optional(),
    },
    (e, s, f, q) => {
      if (q.by === 'attribute' && !q.key)
        throw new HttpError(400, 'validation', 'query.key: name the attribute to group by', {
          issues: [{ path: 'query.key', message: 'name the attribute to group by' }],
        });
      return getSatisfaction(
        e,
        s,
        q.by === 'attribute' ? { by: 'attribute', key: q.key ?? '' } : { by: q.by },
        f,
      );
    },
  );
  defineQuery(
    'drivers',
    'Key drivers: which activities explain the NPS (Shapley regression or relative weights), their odds ratios and the Pareto cut',
    {
      target: z.enum(['nps', 'promoter']).default('nps'),
      outcome: z.enum(['promoter', 'conversion', 'complaint']).default('promoter'),
      conversionActivity: activity.optional(),
      method: z.enum(['shapley', 'relativeWeights']).default('shapley'),
    },
    (e, s, f, q) => {
      if (q.outcome === 'conversion' && !q.conversionActivity)
        throw new HttpError(
          400,
          'validation',
          'query.conversionActivity: name the activity that is a conversion',
          {
            issues: [{ path: 'query.conversionActivity', message: 'name the activity that is a conversion' }],
          },
        );
      const outcome =
        q.outcome === 'conversion'
          ? { kind: 'conversion' as const, activity: q.conversionActivity ?? '' }
          : q.outcome === 'complaint'
            ? { kind: 'complaint' as const }
            : { kind: 'promoter' as const };
      return getDrivers(e, s, { target: q.target, outcome, method: q.method }, f);
    },
  );
  defineQuery(
    'timeline',
    'One customer (`customer`) across channels, or one case (`case`): every event in time order with channel, properties and scores',
    {
      customer: z.string().min(1).max(500).optional(),
      case: z.string().min(1).max(500).optional(),
      limit: z.coerce.number().int().min(1).max(10_000).default(1000),
    },
    (e, s, f, q) => {
      if ((q.customer === undefined) === (q.case === undefined))
        throw new HttpError(400, 'validation', 'query.customer: give a customer or a case, not both', {
          issues: [{ path: 'query.customer', message: 'give a customer or a case, not both' }],
        });
      return q.case !== undefined
        ? getCaseEvents(e, s, q.case, { limit: q.limit }, f)
        : getCustomerTimeline(e, s, q.customer ?? '', { limit: q.limit }, f);
    },
  );
  defineQuery(
    'cases',
    'The cases in scope a page at a time (most recent, longest or busiest first), with the total',
    {
      sort: z.enum(['start', 'duration', 'events']).default('start'),
      limit: z.coerce.number().int().min(1).max(500).default(50),
      offset: z.coerce.number().int().min(0).default(0),
    },
    (e, s, f, q) => listCases(e, s, f, { sort: q.sort, limit: q.limit, offset: q.offset }),
  );
}
