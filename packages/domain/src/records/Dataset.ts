import { z } from 'zod';
import { idSchema } from '../ids.js';
import { isoDateTime, nameText } from './text.js';

/** The file formats a dataset is imported from. */
export const DATASET_FORMATS = ['csv', 'xes', 'parquet', 'ndjson', 'ocel', 'segment'] as const;
export type DatasetFormat = (typeof DATASET_FORMATS)[number];
export const datasetFormatSchema = z.enum(DATASET_FORMATS);

/** A dataset is being imported, can be explored, or its first import failed (see `error`). */
export const DATASET_STATUSES = ['importing', 'ready', 'failed'] as const;
export type DatasetStatus = (typeof DATASET_STATUSES)[number];

const columnName = z.string().trim().min(1).max(200);

/**
 * Which column (CSV, Parquet) or field path (NDJSON, e.g. `context.channel`) holds which value of the
 * event model. Left out = detected from pm4py/XES names (`case:concept:name`, `concept:name`,
 * `time:timestamp`) or plain ones (`case_id`, `activity`, `timestamp`, …); `null` = none (a column with a
 * recognised name is then read as an ordinary property).
 */
export const datasetColumnsSchema = z
  .object({
    case: columnName.nullable(),
    activity: columnName.nullable(),
    timestamp: columnName.nullable(),
    startTimestamp: columnName.nullable(),
    customer: columnName.nullable(),
    anonymous: columnName.nullable(),
    channel: columnName.nullable(),
    eventId: columnName.nullable(),
    nps: columnName.nullable(),
    csat: columnName.nullable(),
    ces: columnName.nullable(),
  })
  .partial();
export type DatasetColumns = z.infer<typeof datasetColumnsSchema>;

/** What one journey instance (case) is. */
export const caseNotionSchema = z.discriminatedUnion('kind', [
  /** The case column (a ticket, an order, an application; an XES trace). */
  z.object({ kind: z.literal('column') }),
  /** A customer's events cut into journeys after every pause longer than the gap. */
  z.object({
    kind: z.literal('inactivity'),
    gapSeconds: z
      .number()
      .int()
      .min(1)
      .max(366 * 24 * 3600),
  }),
  /** A customer's journey runs from a start activity to an end activity. */
  z.object({
    kind: z.literal('startEnd'),
    start: z.array(columnName).min(1).max(50),
    end: z.array(columnName).min(1).max(50),
  }),
]);
export type CaseNotion = z.infer<typeof caseNotionSchema>;

/**
 * How a file becomes events: its format (detected from the name and first bytes when left out), the
 * columns, the XES classifier, the OCEL object type that makes the cases, the case notion and whether
 * identities are stitched (merging a customer's anonymous and known ids, and ids that share a key).
 */
export const datasetMappingSchema = z.object({
  format: datasetFormatSchema.optional(),
  columns: datasetColumnsSchema.default({}),
  /** CSV field delimiter (detected when left out). */
  delimiter: z.string().min(1).max(4).optional(),
  /** XES: the event attributes that name the activity, joined by `+` (default `concept:name`). */
  classifier: z.array(columnName).min(1).max(10).optional(),
  /** OCEL 2.0: the object type whose objects are the cases. */
  objectType: columnName.optional(),
  caseNotion: caseNotionSchema.default({ kind: 'column' }),
  stitching: z
    .object({
      /** Property columns whose equal values prove one customer (customer number, e-mail or phone hash). */
      sharedKeys: z.array(columnName).max(20).default([]),
    })
    .optional(),
});
export type DatasetMapping = z.infer<typeof datasetMappingSchema>;

/** Where an import went wrong, as the importer names it. */
export const importProblemSchema = z.object({
  message: z.string(),
  reason: z.string(),
  file: z.string().nullable(),
  line: z.number().int().nullable(),
  column: z.string().nullable(),
});
export type ImportProblem = z.infer<typeof importProblemSchema>;

/**
 * What a dataset's imports found that the event store does not keep: the case notion as applied (the
 * `log.caseNotion` of `trailmap mine`'s report: a trace, a column, a property, an OCEL object type, an
 * inactivity gap, start to end) and how many events belonged to no case (summed over the versions).
 */
export const datasetImportFactsSchema = z.object({
  caseNotion: z.object({ kind: z.string() }).catchall(z.unknown()),
  eventsWithoutCase: z.number().int().min(0),
});
export type DatasetImportFacts = z.infer<typeof datasetImportFactsSchema>;

/** A dataset as the API shows it. */
export const datasetSchema = z.object({
  id: idSchema('dataset'),
  workspaceId: idSchema('workspace'),
  name: nameText,
  status: z.enum(DATASET_STATUSES),
  /** Share of the running import done (0–1), null when not importing or not measurable. */
  progress: z.number().min(0).max(1).nullable(),
  /** Why the last import failed; null when it did not. */
  error: importProblemSchema.nullable(),
  format: datasetFormatSchema,
  mapping: datasetMappingSchema,
  /** The name of the file imported last. */
  fileName: z.string().nullable(),
  imported: datasetImportFactsSchema.nullable(),
  events: z.number().int(),
  cases: z.number().int(),
  customers: z.number().int(),
  activities: z.number().int(),
  firstEventAt: isoDateTime.nullable(),
  lastEventAt: isoDateTime.nullable(),
  versions: z.number().int(),
  sizeBytes: z.number().int(),
  createdBy: idSchema('user').nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Dataset = z.infer<typeof datasetSchema>;
