import { createHash } from 'node:crypto';
import {
  isCaseRuleField,
  compareMeasures,
  measureDrivers,
  countMatches,
  measureMap,
  openWorkspaceEvents,
  suggestActivities,
  type EventFilter,
  type MapDriverOutcome,
  type MeasurePhase,
  type MeasureTouchpoint,
} from '@trailmap/analytics';
import {
  channelSchema,
  idSchema,
  listDatasetChannelNames,
  measureEmotionCurve,
  touchpointMatcherSchema,
  touchpointsInJourneyOrder,
  type DatasetId,
  type JourneyMap,
  type PersonaId,
  type WorkspaceId,
} from '@trailmap/domain';
import type { FiguresCurveMode, MapFigures } from '@trailmap/viz';
import { z } from 'zod';
import type { AppContext } from '../app.js';
import { authorizeWorkspace } from '../auth/principal.js';
import { toEventFilter } from '../datasets/toEventFilter.js';
import { conflict, HttpError, notFound } from '../http/errors.js';
import { journeyParams } from '../http/params.js';
import type { Api } from '../http/types.js';

/** A period's end as the measures routes take it: an ISO 8601 date or date-time. */
export const period = z
  .string()
  .max(40)
  .refine((text) => !Number.isNaN(Date.parse(text)), 'must be an ISO 8601 date or date-time')
  .optional();

/**
 * The two periods of `…/measures/compare` (`from` ≤ a journey's start < `to`, ISO dates), checked: every
 * field given and each period running forward; 400 naming the field otherwise.
 */
function comparePeriods(query: Partial<Record<'beforeFrom' | 'beforeTo' | 'afterFrom' | 'afterTo', string>>) {
  const fields = ['beforeFrom', 'beforeTo', 'afterFrom', 'afterTo'] as const;
  const missing = fields.find((field) => query[field] === undefined);
  if (missing)
    throw new HttpError(400, 'validation', `query.${missing}: required`, {
      issues: [{ path: `query.${missing}`, message: 'required' }],
    });
  const period = (side: 'before' | 'after') => {
    const fromMs = Date.parse(query[`${side}From`]!);
    const toMs = Date.parse(query[`${side}To`]!);
    if (fromMs >= toMs) {
      const message = `must be after ${side}From (the period is empty or the wrong way round)`;
      throw new HttpError(400, 'validation', `query.${side}To: ${message}`, {
        issues: [{ path: `query.${side}To`, message }],
      });
    }
    return { fromMs, toMs };
  };
  return { before: period('before'), after: period('after') };
}

/** The map's touchpoints in designed order (phases left to right, cards within a phase) and its phases. */
export function designOf(journey: JourneyMap): { touchpoints: MeasureTouchpoint[]; phases: MeasurePhase[] } {
  const ordered = touchpointsInJourneyOrder(journey.phases, journey.touchpoints);
  return {
    touchpoints: ordered.map((t) => ({ id: t.id, matcher: t.matcher ?? null })),
    phases: journey.phases.map((phase) => ({
      id: phase.id,
      touchpointIds: ordered.filter((t) => t.phaseId === phase.id).map((t) => t.id),
    })),
  };
}

/**
 * What the figures of a map depend on (its touchpoints' order and matchers, its phases), as a short key:
 * editing a card's text or emotion keeps the cached figures; moving a card or changing a matcher does not.
 */
export function designKey(journey: JourneyMap): string {
  return `${journey.id}#${createHash('sha256')
    .update(JSON.stringify(designOf(journey)))
    .digest('base64url')
    .slice(0, 22)}`;
}

/**
 * The map's standing filter, narrowed to the period asked for (`from` ≤ ts < `to`, ISO dates): the
 * later start and the earlier end of the two win.
 */
export function scopeFilter(journey: JourneyMap, from?: string, to?: string): EventFilter {
  const standing = toEventFilter(journey.datasetFilter ?? {});
  if (from === undefined && to === undefined) return standing;
  const fromMs = from === undefined ? undefined : Date.parse(from);
  const toMs = to === undefined ? undefined : Date.parse(to);
  if (fromMs !== undefined && toMs !== undefined && fromMs >= toMs)
    throw new HttpError(400, 'validation', 'query.to: must be after from', {
      issues: [{ path: 'query.to', message: 'must be after from' }],
    });
  const range = standing.timeRange ?? {};
  const pick = (a: number | undefined, b: number | undefined, f: (x: number, y: number) => number) =>
    a === undefined ? b : b === undefined ? a : f(a, b);
  const start = pick(range.fromMs, fromMs, Math.max);
  const end = pick(range.toMs, toMs, Math.min);
  return {
    ...standing,
    timeRange: {
      ...(start !== undefined ? { fromMs: start } : {}),
      ...(end !== undefined ? { toMs: end } : {}),
    },
  };
}

/** `?matcher=<JSON>`: a touchpoint matcher, read and checked; 400 naming the field otherwise. */
function parseMatcher(text: string) {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'validation', 'query.matcher: must be a JSON object', {
      issues: [{ path: 'query.matcher', message: 'must be a JSON object' }],
    });
  }
  const parsed = touchpointMatcherSchema.safeParse(value);
  if (!parsed.success || !parsed.data) {
    const issues = parsed.success
      ? [{ path: 'query.matcher', message: 'must be a matcher, not null' }]
      : parsed.error.issues.map((issue) => ({
          path: ['query', 'matcher', ...issue.path.map(String)].join('.'),
          message: issue.message,
        }));
    throw new HttpError(400, 'validation', `${issues[0]!.path}: ${issues[0]!.message}`, { issues });
  }
  return parsed.data;
}

/**
 * The journeys of a persona: its segment rule as the filter's case rule (a condition holds for a journey
 * when one of its events meets it). 404 for a persona of another workspace, 400 for one without a rule or
 * with a field the engine cannot read (naming `field`, the parameter it came in).
 */
export async function withPersona(
  store: AppContext['store'],
  workspaceId: WorkspaceId,
  personaId: string | undefined,
  filter: EventFilter,
  field = 'query.personaId',
): Promise<EventFilter> {
  if (personaId === undefined) return filter;
  const persona = await store.personas.get(workspaceId, personaId as PersonaId);
  if (!persona) throw notFound('persona');
  const rule = persona.segmentRule;
  const refuse = (message: string) =>
    new HttpError(400, 'validation', `${field}: ${message}`, {
      issues: [{ path: field, message }],
    });
  if (!rule) throw refuse('this persona has no segment rule to find its journeys by');
  const unreadable = rule.conditions.find((c) => !isCaseRuleField(c.field));
  if (unreadable)
    throw refuse(
      `its segment rule names ${unreadable.field}; the data has channel, activity, source, customer_id, anonymous_id and properties.<key>`,
    );
  return { ...filter, caseRule: rule };
}

/** What the measured map rests on: the map, its linked dataset and that dataset's latest version. */
interface LinkedData {
  journey: JourneyMap;
  dataset: { id: DatasetId; name: string; firstEventAt: string | null; lastEventAt: string | null };
  workspace: ReturnType<typeof openWorkspaceEvents>;
  version: number;
}

/**
 * The period the figures cover (evidence "data" names it): the scope's start and end where the period asked
 * for or the standing filter sets them, else the dataset's first and last event.
 */
function periodOf(dataset: LinkedData['dataset'], filter: EventFilter) {
  const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());
  return {
    from: iso(filter.timeRange?.fromMs) ?? dataset.firstEventAt,
    to: iso(filter.timeRange?.toMs) ?? dataset.lastEventAt,
  };
}

/** The measures of a map of the workspace: its linked dataset (ready) and that dataset's latest version. */
async function linkedData(
  { store, datasets }: Pick<AppContext, 'store' | 'datasets'>,
  workspaceId: WorkspaceId,
  journeyId: JourneyMap['id'],
): Promise<LinkedData> {
  const journey = await store.journeys.get(workspaceId, journeyId);
  if (!journey) throw notFound('journey');
  if (!journey.datasetId)
    throw conflict(
      'not-linked',
      'this map is not linked to a dataset; link one with PATCH …/journeys/:id { version, datasetId }',
    );
  const dataset = await store.datasets.get(workspaceId, journey.datasetId);
  if (!dataset) throw notFound('dataset');
  if (dataset.versions === 0)
    throw conflict('not-ready', 'the linked dataset holds no events yet; wait for its import');
  const workspace = openWorkspaceEvents(datasets.events, workspaceId);
  const version = (await workspace.latestVersion(dataset.id)) ?? 0;
  return { journey, dataset, workspace, version };
}

/** What to measure a map over: a period (ISO dates, `from` ≤ ts < `to`) and a persona's journeys. */
export interface MeasureOptions {
  from?: string | undefined;
  to?: string | undefined;
  personaId?: string | undefined;
}

/**
 * The answer of GET …/journeys/:id/measures for a map of the workspace (404 / 409 / 400 as that route),
 * from the same cache; a share link with figures answers it too.
 */
export async function answerJourneyMeasures(
  context: Pick<AppContext, 'store' | 'datasets'>,
  workspaceId: WorkspaceId,
  journeyId: JourneyMap['id'],
  { from, to, personaId }: MeasureOptions,
) {
  const linked = await linkedData(context, workspaceId, journeyId);
  const filter = await withPersona(
    context.store,
    workspaceId,
    personaId,
    scopeFilter(linked.journey, from, to),
  );
  return measureLinkedMap(context.datasets, linked, filter, { from, to, personaId });
}

/**
 * The measured map (the answer of GET …/measures), from the dataset answers cache under the same key
 * as that route, so a picture export with figures reuses it.
 */
function measureLinkedMap(
  datasets: AppContext['datasets'],
  { journey, dataset, workspace, version }: LinkedData,
  filter: EventFilter,
  asked: MeasureOptions = {},
) {
  const design = designOf(journey);
  // The period and persona asked for are echoed in the answer, so they are part of its key.
  const echoed = [asked.from ?? null, asked.to ?? null, asked.personaId ?? null];
  const key = `${journey.workspaceId}/${dataset.id}@${version}/measures/${designKey(journey)}?${JSON.stringify([filter, echoed])}`;
  return datasets.answers.get(key, async () => {
    const { measures, conformance } = await workspace.query(
      dataset.id,
      (events, scope, f) => measureMap(events, scope, design.touchpoints, design.phases, f),
      filter,
      version,
    );
    return {
      dataset: {
        id: dataset.id,
        name: dataset.name,
        version,
        from: asked.from ?? null,
        to: asked.to ?? null,
        personaId: asked.personaId ?? null,
        firstEventAt: dataset.firstEventAt,
        lastEventAt: dataset.lastEventAt,
        period: periodOf(dataset, filter),
      },
      journeys: measures.journeys,
      touchpoints: measures.touchpoints,
      phases: measures.phases,
      conformance: {
        journeys: conformance.journeys,
        followShare: conformance.followShare,
        deviations: conformance.deviations,
        flow: conformance.flow,
      },
    };
  });
}

/**
 * The measured figures a picture of the map draws (chips, and the measured emotion line in `curve`
 * mode; over a period and a persona's journeys when `options` say so), or null when the map is not linked to a dataset that holds events (the option is then ignored).
 */
export async function measureMapFigures(
  { store, datasets }: Pick<AppContext, 'store' | 'datasets'>,
  journey: JourneyMap,
  curve: FiguresCurveMode,
  options: MeasureOptions = {},
): Promise<MapFigures | null> {
  if (!journey.datasetId) return null;
  const dataset = await store.datasets.get(journey.workspaceId, journey.datasetId);
  if (!dataset || dataset.versions === 0) return null;
  const workspace = openWorkspaceEvents(datasets.events, journey.workspaceId);
  const version = (await workspace.latestVersion(dataset.id)) ?? 0;
  const filter = await withPersona(
    store,
    journey.workspaceId,
    options.personaId,
    scopeFilter(journey, options.from, options.to),
  );
  const answer = await measureLinkedMap(datasets, { journey, dataset, workspace, version }, filter, options);
  const measured = measureEmotionCurve(journey, answer.touchpoints);
  return {
    journeys: answer.journeys,
    touchpoints: answer.touchpoints,
    phases: answer.phases,
    curve,
    measured: measured.points.map((p) => ({ touchpointId: p.touchpointId, emotion: p.emotion })),
  };
}

/** The measured map: figures per touchpoint and phase, conformance and key drivers from the linked dataset. */
export function registerJourneyMeasureRoutes(api: Api, context: AppContext) {
  const { store, datasets } = context;
  api.get(
    '/api/workspaces/:workspaceId/journeys/:journeyId/measures',
    {
      schema: {
        tags: ['journeys'],
        summary:
          'The measured map (docs/measured-map.md): per touchpoint and phase of the linked dataset — matched events, journeys, reach, drop-off, median time to next, NPS/CSAT/CES — and conformance to the designed order; `from`/`to` narrow the period',
        params: journeyParams,
        querystring: z.object({ from: period, to: period, personaId: idSchema('persona').optional() }),
      },
    },
    async (request) => {
      const { workspaceId, journeyId } = request.params;
      const { from, to, personaId } = request.query;
      await authorizeWorkspace(store, request.principal, workspaceId, 'read');
      return answerJourneyMeasures(context, workspaceId, journeyId, { from, to, personaId });
    },
  );

  api.get(
    '/api/workspaces/:workspaceId/journeys/:journeyId/measures/compare',
    {
      schema: {
        tags: ['journeys'],
        summary:
          'Then vs now on the measured map (over a persona’s journeys with `personaId`): per touchpoint the change of reach, drop-off (two-proportion z) and NPS (NPS variance z) between the journeys that start in two periods, with Benjamini–Hochberg adjusted p-values across the map',
        params: journeyParams,
        querystring: z.object({
          beforeFrom: period,
          beforeTo: period,
          afterFrom: period,
          afterTo: period,
          personaId: idSchema('persona').optional(),
        }),
      },
    },
    async (request) => {
      const { workspaceId, journeyId } = request.params;
      const query = request.query;
      await authorizeWorkspace(store, request.principal, workspaceId, 'read');
      const periods = comparePeriods(query);
      const { journey, dataset, workspace, version } = await linkedData(context, workspaceId, journeyId);
      const filter = await withPersona(store, workspaceId, query.personaId, scopeFilter(journey));
      const design = designOf(journey);
      const key = `${workspaceId}/${dataset.id}@${version}/measures-compare/${designKey(journey)}?${JSON.stringify([periods, filter])}`;
      return datasets.answers.get(key, async () => {
        const result = await workspace.query(
          dataset.id,
          (events, scope, f) =>
            compareMeasures(
              events,
              scope,
              design.touchpoints,
              design.phases,
              periods.before,
              periods.after,
              f,
            ),
          filter,
          version,
        );
        return {
          before: { from: query.beforeFrom!, to: query.beforeTo!, journeys: result.before.journeys },
          after: { from: query.afterFrom!, to: query.afterTo!, journeys: result.after.journeys },
          touchpoints: result.touchpoints,
        };
      });
    },
  );

  api.get(
    '/api/workspaces/:workspaceId/journeys/:journeyId/matcher-count',
    {
      schema: {
        tags: ['journeys'],
        summary:
          "The live count of a matcher being edited: events of the linked dataset (in the map's standing filter) that it matches, and the journeys they belong to",
        params: journeyParams,
        querystring: z.object({ matcher: z.string().max(100_000) }),
      },
    },
    async (request) => {
      const { workspaceId, journeyId } = request.params;
      await authorizeWorkspace(store, request.principal, workspaceId, 'read');
      const matcher = parseMatcher(request.query.matcher);
      const { journey, dataset, workspace, version } = await linkedData(context, workspaceId, journeyId);
      const filter = scopeFilter(journey);
      const key = `${workspaceId}/${dataset.id}@${version}/matcher-count?${JSON.stringify([matcher, filter])}`;
      return datasets.answers.get(key, async () => {
        return workspace.query(
          dataset.id,
          (events, scope, f) => countMatches(events, scope, matcher, f),
          filter,
          version,
        );
      });
    },
  );

  api.get(
    '/api/workspaces/:workspaceId/journeys/:journeyId/drivers',
    {
      schema: {
        tags: ['journeys'],
        summary:
          'Key drivers on the measured map: the touchpoints ranked by importance for an outcome (nps, csat, ces: Shapley share of R²; conversion to `touchpointId`: odds ratio), with the vital few that hold 80 %',
        params: journeyParams,
        querystring: z.object({
          outcome: z.enum(['nps', 'csat', 'ces', 'conversion']).default('nps'),
          touchpointId: idSchema('touchpoint').optional(),
          from: period,
          to: period,
          personaId: idSchema('persona').optional(),
        }),
      },
    },
    async (request) => {
      const { workspaceId, journeyId } = request.params;
      const { outcome, touchpointId, from, to, personaId } = request.query;
      await authorizeWorkspace(store, request.principal, workspaceId, 'read');
      const { journey, dataset, workspace, version } = await linkedData(context, workspaceId, journeyId);
      const design = designOf(journey);
      let chosen: MapDriverOutcome;
      if (outcome === 'conversion') {
        const target = design.touchpoints.find((t) => t.id === touchpointId);
        if (!touchpointId || !target)
          throw new HttpError(
            400,
            'validation',
            'query.touchpointId: name a touchpoint of this map to measure conversion to',
            { issues: [{ path: 'query.touchpointId', message: 'must be a touchpoint of this map' }] },
          );
        if (!target.matcher)
          throw new HttpError(400, 'validation', 'query.touchpointId: this touchpoint has no matcher', {
            issues: [{ path: 'query.touchpointId', message: 'has no matcher' }],
          });
        chosen = { kind: 'conversion', touchpointId };
      } else chosen = { kind: outcome };
      const filter = await withPersona(store, workspaceId, personaId, scopeFilter(journey, from, to));
      const key = `${workspaceId}/${dataset.id}@${version}/drivers/${designKey(journey)}?${JSON.stringify([chosen, filter])}`;
      return datasets.answers.get(key, async () => {
        const result = await workspace.query(
          dataset.id,
          (events, scope, f) => measureDrivers(events, scope, design.touchpoints, chosen, f),
          filter,
          version,
        );
        return {
          outcome: outcome,
          ...(chosen.kind === 'conversion' ? { touchpointId: chosen.touchpointId } : {}),
          journeys: result.journeys,
          vitalFewShare: result.vitalFewShare,
          drivers: result.drivers,
        };
      });
    },
  );

  api.get(
    '/api/workspaces/:workspaceId/journeys/:journeyId/matcher-suggestions',
    {
      schema: {
        tags: ['journeys'],
        summary:
          "Suggestions for a touchpoint's matcher: the most frequent activities of the touchpoint's channel in the linked dataset (in the map's standing filter) whose events no other touchpoint of the map matches (docs/measured-map.md, channel names and aliases)",
        params: journeyParams,
        querystring: z.object({
          touchpointId: idSchema('touchpoint'),
          channel: channelSchema
            .optional()
            .describe("the channel to suggest from, when the editor shows another than the stored card's"),
          limit: z.coerce.number().int().min(1).max(50).default(10),
        }),
      },
    },
    async (request) => {
      const { workspaceId, journeyId } = request.params;
      const { touchpointId, limit } = request.query;
      await authorizeWorkspace(store, request.principal, workspaceId, 'read');
      const { journey, dataset, workspace, version } = await linkedData(context, workspaceId, journeyId);
      const touchpoint = journey.touchpoints.find((t) => t.id === touchpointId);
      if (!touchpoint) throw notFound('touchpoint');
      const channel = request.query.channel ?? touchpoint.channel;
      const input = {
        channelNames: listDatasetChannelNames(channel),
        otherMatchers: journey.touchpoints
          .filter((t) => t.id !== touchpoint.id)
          .map((t) => t.matcher ?? null),
        ownActivities: touchpoint.matcher?.activities ?? [],
        limit,
      };
      const filter = scopeFilter(journey);
      const key = `${workspaceId}/${dataset.id}@${version}/matcher-suggestions/${journey.id}@${journey.version}?${JSON.stringify([touchpointId, channel, limit, filter])}`;
      return datasets.answers.get(key, async () => ({
        touchpointId,
        channel,
        suggestions: await workspace.query(
          dataset.id,
          (events, scope, f) => suggestActivities(events, scope, input, f),
          filter,
          version,
        ),
      }));
    },
  );
}
