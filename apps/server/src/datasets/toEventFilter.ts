import type { EventFilter } from '@trailmap/analytics';
import { datasetFilterSchema, type DatasetFilter } from '@trailmap/domain';
import { HttpError } from '../http/errors.js';

function refuse(issues: { path: string; message: string }[]): HttpError {
  return new HttpError(400, 'validation', issues.map((i) => `${i.path}: ${i.message}`).join('; '), {
    issues,
  });
}

/** Reads the `filter` query parameter (a JSON object, docs/api.md "The explorer's filter"); 400 naming the field. */
export function readFilterParam(text: string | undefined): DatasetFilter {
  if (text === undefined || text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    throw refuse([{ path: 'query.filter', message: `not valid JSON (${(error as Error).message})` }]);
  }
  const parsed = datasetFilterSchema.safeParse(value);
  if (!parsed.success)
    throw refuse(
      parsed.error.issues.map((i) => ({
        path: ['query.filter', ...i.path.map(String)].join('.'),
        message: i.message,
      })),
    );
  const { from, to } = parsed.data;
  if (from && to && Date.parse(from) >= Date.parse(to))
    throw refuse([{ path: 'query.filter.to', message: 'must be after from' }]);
  return parsed.data;
}

/** The engine's filter for the API's. */
export function toEventFilter(filter: DatasetFilter): EventFilter {
  const timeRange =
    filter.from || filter.to
      ? {
          ...(filter.from ? { fromMs: Date.parse(filter.from) } : {}),
          ...(filter.to ? { toMs: Date.parse(filter.to) } : {}),
        }
      : undefined;
  return {
    ...(timeRange ? { timeRange } : {}),
    ...(filter.channels ? { channels: filter.channels } : {}),
    ...(filter.attributes ? { attributes: filter.attributes } : {}),
    ...(filter.variants ? { variants: filter.variants } : {}),
    ...(filter.caseDuration ? { caseDurationSeconds: filter.caseDuration } : {}),
    ...(filter.contains ? { caseContains: filter.contains } : {}),
    ...(filter.notContains ? { caseNotContains: filter.notContains } : {}),
    ...(filter.edges ? { caseEdges: filter.edges } : {}),
  };
}
