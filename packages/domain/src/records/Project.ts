import { z } from 'zod';
import { idSchema } from '../ids.js';
import { isoDateTime, nameText } from './text.js';

/** Where a project stands: proposed, chosen (one of the five), in progress, done, or dropped. */
export const PROJECT_STATUSES = ['proposed', 'chosen', 'in-progress', 'done', 'dropped'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export const projectStatusSchema = z.enum(PROJECT_STATUSES);

/**
 * The statuses that count toward a journey's work-in-progress limit ("choose five"): a chosen project
 * holds its place while it is being done; done and dropped ones free it.
 */
export const CHOSEN_PROJECT_STATUSES: readonly ProjectStatus[] = ['chosen', 'in-progress'];

/** Whether a project in this status takes one of its journey's chosen places. */
export function countsAsChosen(status: ProjectStatus): boolean {
  return CHOSEN_PROJECT_STATUSES.includes(status);
}

/** Explicit limits of projects and their KPIs. */
export const PROJECT_LIMITS = {
  /** Ideas one project carries out. */
  ideaIds: 50,
  /** Each text of the "check with customers" note. */
  checkText: 2_000,
  /** Projects in one workspace. */
  projectsPerWorkspace: 1_000,
  /** KPIs of one project (Benjamini–Hochberg corrects across them). */
  kpisPerProject: 20,
} as const;

const checkText = z.string().max(PROJECT_LIMITS.checkText).default('');

/** "Check with customers": which assumption, how it was tested, what was learned. */
export const customerCheckSchema = z.object({
  assumption: checkText,
  how: checkText,
  learned: checkText,
});
export type CustomerCheck = z.infer<typeof customerCheckSchema>;

/** A calendar date, `YYYY-MM-DD`. */
export const isoDate = z.iso.date();

/** The fields of a project a user edits; ids and timestamps are set by the store. */
export const projectFieldsSchema = z.object({
  /** The journey the project improves; its work-in-progress limit is per journey. */
  journeyId: idSchema('journey'),
  title: nameText,
  /** Ideas (of the project's journey map) the project carries out, without repeats. */
  ideaIds: z
    .array(idSchema('idea'))
    .max(PROJECT_LIMITS.ideaIds)
    .refine((ids) => new Set(ids).size === ids.length, 'must not name an idea twice')
    .default([]),
  /** The member who owns it (a user id), or null. */
  ownerId: idSchema('user').nullable().default(null),
  status: projectStatusSchema.default('proposed'),
  /** When the change went live; a KPI's after period starts here unless it says otherwise. */
  startDate: isoDate.nullable().default(null),
  customerCheck: customerCheckSchema.prefault({}),
});
export type ProjectFields = z.infer<typeof projectFieldsSchema>;

/** A project as stored and served. */
export const projectSchema = projectFieldsSchema.extend({
  id: idSchema('project'),
  workspaceId: idSchema('workspace'),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Project = z.infer<typeof projectSchema>;

/** The start of a project's start date (00:00 UTC) as an ISO timestamp: the default start of an after period. */
export function startOfDate(date: string): string {
  return `${date}T00:00:00.000Z`;
}
