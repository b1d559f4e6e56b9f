import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import type {
  ApiKeyScope,
  CommentTargetKind,
  CommentThreadStatus,
  DatasetFilter,
  DatasetFormat,
  DatasetImportFacts,
  DatasetMapping,
  DatasetStatus,
  ImportProblem,
  JourneyContent,
  JourneyState,
  CustomerCheck,
  IdeaId,
  KpiMetric,
  ProjectStatus,
  PersonaId,
  PhaseModel,
  Role,
  SegmentRule,
  UserId,
} from '@trailmap/domain';
import type { ShareLinkFigures, ShareLinkKind } from './types.js';

/** Every timestamp is `timestamp with time zone`, read back as a Date and mapped to an ISO string. */
const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    /** Stored lower-cased, so uniqueness is case-insensitive. */
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    /** The install's administrator: the first user of an empty install. */
    isAdmin: boolean('is_admin').notNull().default(false),
    createdAt: timestamptz('created_at').notNull(),
  },
  (t) => [
    unique('users_email_unique').on(t.email),
    check('users_email_lower_check', sql`${t.email} = lower(${t.email})`),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: timestamptz('expires_at').notNull(),
  },
  (t) => [index('sessions_user_id_idx').on(t.userId)],
);

export const workspaces = pgTable(
  'workspaces',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    createdAt: timestamptz('created_at').notNull(),
    /** Settings: how many projects of one journey may be chosen or in progress at once ("choose five"). */
    chosenProjectLimit: integer('chosen_project_limit').notNull().default(5),
    /** Settings: the ideas' criteria set, a weight per criterion (`CriterionWeights`); null = the defaults. */
    criterionWeights: jsonb('criterion_weights'),
  },
  (t) => [check('workspaces_chosen_project_limit_check', sql`${t.chosenProjectLimit} >= 1`)],
);

const workspaceId = () =>
  text('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' });

const roleCheck = (column: unknown) => sql`${column} in ('owner', 'editor', 'viewer')`;

export const memberships = pgTable(
  'memberships',
  {
    workspaceId: workspaceId(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').$type<Role>().notNull(),
    createdAt: timestamptz('created_at').notNull(),
  },
  (t) => [
    primaryKey({ name: 'memberships_pkey', columns: [t.workspaceId, t.userId] }),
    index('memberships_user_id_idx').on(t.userId),
    check('memberships_role_check', roleCheck(t.role)),
  ],
);

export const invitations = pgTable(
  'invitations',
  {
    id: text('id').primaryKey(),
    workspaceId: workspaceId(),
    /** Stored lower-cased. */
    email: text('email').notNull(),
    role: text('role').$type<Role>().notNull(),
    invitedBy: text('invited_by')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamptz('created_at').notNull(),
    /** SHA-256 of the single-use invite link's token; null for invitations made before links existed. */
    tokenHash: text('token_hash'),
    /** After this the link no longer works (invitations from before links expire at once). */
    expiresAt: timestamptz('expires_at').notNull().defaultNow(),
  },
  (t) => [
    unique('invitations_workspace_email_unique').on(t.workspaceId, t.email),
    unique('invitations_token_hash_unique').on(t.tokenHash),
    index('invitations_email_idx').on(t.email),
    check('invitations_role_check', roleCheck(t.role)),
  ],
);

export const apiKeys = pgTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    workspaceId: workspaceId(),
    name: text('name').notNull(),
    scope: text('scope').$type<ApiKeyScope>().notNull(),
    prefix: text('prefix').notNull(),
    secretHash: text('secret_hash').notNull(),
    createdBy: text('created_by')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamptz('created_at').notNull(),
    lastUsedAt: timestamptz('last_used_at'),
    revokedAt: timestamptz('revoked_at'),
  },
  (t) => [
    unique('api_keys_secret_hash_unique').on(t.secretHash),
    index('api_keys_workspace_id_idx').on(t.workspaceId),
    check('api_keys_scope_check', sql`${t.scope} in ('read', 'write')`),
  ],
);

export const personas = pgTable(
  'personas',
  {
    id: text('id').primaryKey(),
    workspaceId: workspaceId(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    goals: jsonb('goals').$type<string[]>().notNull().default([]),
    needs: jsonb('needs').$type<string[]>().notNull().default([]),
    frustrations: jsonb('frustrations').$type<string[]>().notNull().default([]),
    quote: text('quote').notNull().default(''),
    pictureUrl: text('picture_url'),
    segmentRule: jsonb('segment_rule').$type<SegmentRule>(),
    createdAt: timestamptz('created_at').notNull(),
    updatedAt: timestamptz('updated_at').notNull(),
  },
  (t) => [index('personas_workspace_id_idx').on(t.workspaceId)],
);

export const journeys = pgTable(
  'journeys',
  {
    id: text('id').primaryKey(),
    workspaceId: workspaceId(),
    title: text('title').notNull(),
    state: text('state').$type<JourneyState>().notNull(),
    counterpartId: text('counterpart_id'),
    personaIds: jsonb('persona_ids').$type<PersonaId[]>().notNull().default([]),
    phaseModel: text('phase_model').$type<PhaseModel>().notNull(),
    goal: text('goal').notNull().default(''),
    scope: text('scope').notNull().default(''),
    version: integer('version').notNull(),
    /** {phases, lanes, touchpoints, painPoints, ideas}, parsed with `journeyContentSchema` on read. */
    content: jsonb('content').$type<JourneyContent>().notNull(),
    /**
     * The linked dataset (of the same workspace; the server checks that). Deleting the dataset sets it
     * to null — the server unlinks the maps first, raising their version; this is the backstop.
     */
    datasetId: text('dataset_id').references(() => datasets.id, { onDelete: 'set null' }),
    /** The link's standing filter (a `DatasetFilter`), parsed with `datasetFilterSchema` on read. */
    datasetFilter: jsonb('dataset_filter').$type<DatasetFilter>(),
    createdAt: timestamptz('created_at').notNull(),
    updatedAt: timestamptz('updated_at').notNull(),
  },
  (t) => [
    index('journeys_workspace_id_idx').on(t.workspaceId),
    index('journeys_dataset_id_idx').on(t.datasetId),
    check('journeys_state_check', sql`${t.state} in ('current', 'desired')`),
    check('journeys_version_check', sql`${t.version} >= 1`),
  ],
);

/** Public read-only links to one map; only the SHA-256 of the token is kept. */
export const shareLinks = pgTable(
  'share_links',
  {
    id: text('id').primaryKey(),
    workspaceId: workspaceId(),
    journeyId: text('journey_id')
      .notNull()
      .references(() => journeys.id, { onDelete: 'cascade' }),
    /** The first characters of the token, so people can tell their links apart. */
    prefix: text('prefix').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdBy: text('created_by')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamptz('created_at').notNull(),
    revokedAt: timestamptz('revoked_at'),
    /** Whether the shared map shows its back-stage notes (off unless the link was made with them). */
    includeBackstage: boolean('include_backstage').notNull().default(false),
    /** The measured figures the shared map shows (curve, period, persona); null: none. */
    figures: jsonb('figures').$type<ShareLinkFigures>(),
    /** What the link opens: the map (`map`) or the journey's board report (`report`). */
    kind: text('kind').$type<ShareLinkKind>().notNull().default('map'),
  },
  (t) => [
    unique('share_links_token_hash_unique').on(t.tokenHash),
    index('share_links_journey_id_idx').on(t.journeyId),
    index('share_links_workspace_id_idx').on(t.workspaceId),
  ],
);

/**
 * Event datasets of a workspace: what the app shows of them (name, status, counts) and how their files
 * are read (mapping). The events themselves live in the event store (DuckDB), under the dataset's id.
 */
export const datasets = pgTable(
  'datasets',
  {
    id: text('id').primaryKey(),
    workspaceId: workspaceId(),
    name: text('name').notNull(),
    status: text('status').$type<DatasetStatus>().notNull(),
    progress: doublePrecision('progress'),
    error: jsonb('error').$type<ImportProblem>(),
    format: text('format').$type<DatasetFormat>().notNull(),
    mapping: jsonb('mapping').$type<DatasetMapping>().notNull(),
    /** The last imported file's name, and what its import found that the event store does not keep. */
    fileName: text('file_name'),
    imported: jsonb('imported').$type<DatasetImportFacts>(),
    events: bigint('events', { mode: 'number' }).notNull().default(0),
    cases: bigint('cases', { mode: 'number' }).notNull().default(0),
    customers: bigint('customers', { mode: 'number' }).notNull().default(0),
    activities: integer('activities').notNull().default(0),
    firstEventAt: timestamptz('first_event_at'),
    lastEventAt: timestamptz('last_event_at'),
    versions: integer('versions').notNull().default(0),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull().default(0),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamptz('created_at').notNull(),
    updatedAt: timestamptz('updated_at').notNull(),
  },
  (t) => [
    index('datasets_workspace_id_idx').on(t.workspaceId),
    check('datasets_status_check', sql`${t.status} in ('importing', 'ready', 'failed')`),
  ],
);

/**
 * Improvement projects of a journey ("choose five"). Deleting the journey deletes its projects (and their
 * KPIs); the owner is a user (the server keeps it a member: leaving the workspace clears it).
 */
export const projects = pgTable(
  'projects',
  {
    id: text('id').primaryKey(),
    workspaceId: workspaceId(),
    journeyId: text('journey_id')
      .notNull()
      .references(() => journeys.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    ideaIds: jsonb('idea_ids').$type<IdeaId[]>().notNull().default([]),
    ownerId: text('owner_id').references(() => users.id, { onDelete: 'set null' }),
    status: text('status').$type<ProjectStatus>().notNull(),
    startDate: date('start_date', { mode: 'string' }),
    customerCheck: jsonb('customer_check').$type<CustomerCheck>().notNull(),
    createdAt: timestamptz('created_at').notNull(),
    updatedAt: timestamptz('updated_at').notNull(),
  },
  (t) => [
    index('projects_workspace_id_idx').on(t.workspaceId),
    index('projects_journey_id_idx').on(t.journeyId),
    index('projects_owner_id_idx').on(t.ownerId),
    check(
      'projects_status_check',
      sql`${t.status} in ('proposed', 'chosen', 'in-progress', 'done', 'dropped')`,
    ),
  ],
);

/**
 * The KPIs of a project: a metric over a scope, a baseline and an after period, a target. A KPI whose scope
 * names a dataset, journey or persona goes when that is deleted (its figures could no longer be measured
 * as defined); touchpoints live inside a map's content and have no key.
 */
export const projectKpis = pgTable(
  'project_kpis',
  {
    id: text('id').primaryKey(),
    workspaceId: workspaceId(),
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    metric: text('metric').$type<KpiMetric>().notNull(),
    datasetId: text('dataset_id')
      .notNull()
      .references(() => datasets.id, { onDelete: 'cascade' }),
    journeyId: text('journey_id').references(() => journeys.id, { onDelete: 'cascade' }),
    touchpointId: text('touchpoint_id'),
    toTouchpointId: text('to_touchpoint_id'),
    personaId: text('persona_id').references(() => personas.id, { onDelete: 'cascade' }),
    contactActivities: jsonb('contact_activities').$type<string[]>(),
    baselineFrom: timestamptz('baseline_from').notNull(),
    baselineTo: timestamptz('baseline_to').notNull(),
    afterFrom: timestamptz('after_from').notNull(),
    afterTo: timestamptz('after_to'),
    target: doublePrecision('target'),
    createdAt: timestamptz('created_at').notNull(),
    updatedAt: timestamptz('updated_at').notNull(),
  },
  (t) => [
    index('project_kpis_project_id_idx').on(t.projectId),
    index('project_kpis_workspace_id_idx').on(t.workspaceId),
    index('project_kpis_dataset_id_idx').on(t.datasetId),
    index('project_kpis_journey_id_idx').on(t.journeyId),
    index('project_kpis_persona_id_idx').on(t.personaId),
    check('project_kpis_baseline_check', sql`${t.baselineFrom} < ${t.baselineTo}`),
  ],
);

/**
 * Comment threads on a map's cards and phases (`target_kind`, `target_id`: the card may since have left the
 * map; the thread stays). Resolved threads keep who resolved them and when.
 */
export const commentThreads = pgTable(
  'comment_threads',
  {
    id: text('id').primaryKey(),
    workspaceId: workspaceId(),
    journeyId: text('journey_id')
      .notNull()
      .references(() => journeys.id, { onDelete: 'cascade' }),
    targetKind: text('target_kind').$type<CommentTargetKind>().notNull(),
    targetId: text('target_id').notNull(),
    status: text('status').$type<CommentThreadStatus>().notNull(),
    resolvedAt: timestamptz('resolved_at'),
    resolvedBy: text('resolved_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamptz('created_at').notNull(),
    updatedAt: timestamptz('updated_at').notNull(),
  },
  (t) => [
    index('comment_threads_workspace_status_idx').on(t.workspaceId, t.status),
    index('comment_threads_journey_id_idx').on(t.journeyId),
    check('comment_threads_status_check', sql`${t.status} in ('open', 'resolved')`),
    check(
      'comment_threads_target_kind_check',
      sql`${t.targetKind} in ('touchpoint', 'phase', 'painPoint', 'idea')`,
    ),
  ],
);

/** The comments of a thread, oldest first; a mention is a member's user id. */
export const comments = pgTable(
  'comments',
  {
    id: text('id').primaryKey(),
    workspaceId: workspaceId(),
    threadId: text('thread_id')
      .notNull()
      .references(() => commentThreads.id, { onDelete: 'cascade' }),
    authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    mentions: jsonb('mentions').$type<UserId[]>().notNull().default([]),
    createdAt: timestamptz('created_at').notNull(),
    editedAt: timestamptz('edited_at'),
  },
  (t) => [
    index('comments_thread_id_idx').on(t.threadId),
    index('comments_workspace_id_idx').on(t.workspaceId),
  ],
);
