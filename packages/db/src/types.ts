import type {
  Comment,
  CommentId,
  CommentTarget,
  CommentThread,
  CommentThreadId,
  CommentThreadStatus,
  ApiKey,
  Dataset,
  DatasetFormat,
  DatasetId,
  DatasetImportFacts,
  DatasetMapping,
  ImportProblem,
  ApiKeyScope,
  InvitationId,
  JourneyContent,
  JourneyId,
  PersonaId,
  JourneyMap,
  JourneyMeta,
  JourneyState,
  Membership,
  Persona,
  PersonaFields,
  Project,
  ProjectFields,
  ProjectId,
  ProjectKpi,
  ProjectKpiFields,
  ProjectKpiId,
  ProjectStatus,
  Role,
  ShareLinkId,
  User,
  UserId,
  Workspace,
  WorkspaceId,
  WorkspaceSettings,
  WorkspaceSettingsPatch,
} from '@trailmap/domain';

/**
 * The workspace store's contract. Every read and write of workspace content names its workspace,
 * so one workspace's objects can never be read through another's id.
 */
export interface Store {
  readonly users: UsersRepository;
  readonly sessions: SessionsRepository;
  readonly workspaces: WorkspacesRepository;
  readonly memberships: MembershipsRepository;
  readonly invitations: InvitationsRepository;
  readonly apiKeys: ApiKeysRepository;
  readonly personas: PersonasRepository;
  readonly journeys: JourneysRepository;
  readonly shareLinks: ShareLinksRepository;
  readonly datasets: DatasetsRepository;
  readonly workspaceSettings: WorkspaceSettingsRepository;
  readonly projects: ProjectsRepository;
  readonly projectKpis: ProjectKpisRepository;
  readonly comments: CommentsRepository;
  /** Runs `fn` in one database transaction: all of its writes land, or none. */
  transaction<T>(fn: (store: Store) => Promise<T>): Promise<T>;
  /** Which engine runs the store and its server version, for `/api/health`. */
  info(): Promise<StoreInfo>;
  close(): Promise<void>;
}

export interface StoreInfo {
  engine: 'pglite' | 'postgres';
  /** e.g. "PostgreSQL 17.5" */
  version: string;
  /** The number of the newest applied schema migration. */
  schemaVersion: number;
}

export type StoreOptions =
  | { engine: 'pglite'; /** directory for the data files; omitted = in memory */ dataDir?: string }
  | { engine: 'postgres'; databaseUrl: string };

export interface UserWithPassword extends User {
  passwordHash: string;
}

export interface UsersRepository {
  /** Throws `DuplicateError` when the e-mail (case-insensitive) is taken. */
  create(input: { email: string; name: string; passwordHash: string; isAdmin?: boolean }): Promise<User>;
  get(id: UserId): Promise<User | null>;
  findByEmail(email: string): Promise<UserWithPassword | null>;
  count(): Promise<number>;
}

export interface SessionRecord {
  userId: UserId;
  expiresAt: string;
}

export interface SessionsRepository {
  /** Stores a session under the hash of its token (the token itself is never stored). */
  create(input: { tokenHash: string; userId: UserId; expiresAt: string }): Promise<void>;
  /** The session when it exists and has not expired at `now`. */
  findValid(tokenHash: string, now: Date): Promise<SessionRecord | null>;
  delete(tokenHash: string): Promise<void>;
  deleteExpired(now: Date): Promise<number>;
}

export interface WorkspaceWithRole extends Workspace {
  role: Role;
}

export interface WorkspacesRepository {
  create(input: { name: string }): Promise<Workspace>;
  get(id: WorkspaceId): Promise<Workspace | null>;
  /** The workspaces the user is a member of, with the user's role, oldest first. */
  listForUser(userId: UserId): Promise<WorkspaceWithRole[]>;
  rename(id: WorkspaceId, name: string): Promise<Workspace | null>;
  /** Deletes the workspace and everything in it (members, keys, personas, journeys, invitations). */
  delete(id: WorkspaceId): Promise<boolean>;
  /** Finds a workspace by exact name (used for the demo workspace). */
  findByName(name: string): Promise<Workspace | null>;
}

export interface MemberView extends Membership {
  email: string;
  name: string;
}

export interface MembershipsRepository {
  /** Throws `DuplicateError` when the user is already a member. */
  add(workspaceId: WorkspaceId, userId: UserId, role: Role): Promise<Membership>;
  get(workspaceId: WorkspaceId, userId: UserId): Promise<Membership | null>;
  list(workspaceId: WorkspaceId): Promise<MemberView[]>;
  setRole(workspaceId: WorkspaceId, userId: UserId, role: Role): Promise<Membership | null>;
  remove(workspaceId: WorkspaceId, userId: UserId): Promise<boolean>;
  countOwners(workspaceId: WorkspaceId): Promise<number>;
}

export interface Invitation {
  id: InvitationId;
  workspaceId: WorkspaceId;
  email: string;
  role: Role;
  invitedBy: UserId;
  createdAt: string;
  /** When the invite link stops working. */
  expiresAt: string;
}

export interface InvitationsRepository {
  /**
   * One open invitation per workspace and e-mail, reached through a single-use link whose token hash is
   * given: inviting again updates the role and replaces the link (the old one stops working).
   */
  upsert(input: {
    workspaceId: WorkspaceId;
    email: string;
    role: Role;
    invitedBy: UserId;
    tokenHash: string;
    expiresAt: string;
  }): Promise<Invitation>;
  /** Gives an invitation a new link (new token hash and expiry); null when no such invitation here. */
  renewLink(
    workspaceId: WorkspaceId,
    id: InvitationId,
    input: { tokenHash: string; expiresAt: string; invitedBy: UserId },
  ): Promise<Invitation | null>;
  listForWorkspace(workspaceId: WorkspaceId): Promise<Invitation[]>;
  /** The invitation whose link has this token hash, when it has not expired at `now`. */
  findByTokenHash(tokenHash: string, now: Date): Promise<Invitation | null>;
  /**
   * Uses the link once: deletes and returns the invitation with this token hash when it has not expired
   * at `now`; null otherwise. In a transaction with the membership it grants, so the link is spent only
   * when the member is added.
   */
  takeByTokenHash(tokenHash: string, now: Date): Promise<Invitation | null>;
  delete(workspaceId: WorkspaceId, id: InvitationId): Promise<boolean>;
}

export interface ApiKeyWithHash extends ApiKey {
  secretHash: string;
}

export interface ApiKeysRepository {
  create(input: {
    workspaceId: WorkspaceId;
    name: string;
    scope: ApiKeyScope;
    prefix: string;
    secretHash: string;
    createdBy: UserId;
  }): Promise<ApiKey>;
  /** The key with this secret hash, revoked or not (the caller checks `revokedAt`). */
  findByHash(secretHash: string): Promise<ApiKeyWithHash | null>;
  list(workspaceId: WorkspaceId): Promise<ApiKey[]>;
  /** Sets `revokedAt`; false when no such key in this workspace. */
  revoke(workspaceId: WorkspaceId, id: ApiKey['id']): Promise<boolean>;
  /** Revokes every live key the user made in this workspace (when they leave it); returns how many. */
  revokeForCreator(workspaceId: WorkspaceId, userId: UserId): Promise<number>;
  touch(id: ApiKey['id'], at: Date): Promise<void>;
}

export interface PersonasRepository {
  create(workspaceId: WorkspaceId, fields: PersonaFields): Promise<Persona>;
  get(workspaceId: WorkspaceId, id: Persona['id']): Promise<Persona | null>;
  list(workspaceId: WorkspaceId): Promise<Persona[]>;
  update(workspaceId: WorkspaceId, id: Persona['id'], fields: PersonaFields): Promise<Persona | null>;
  delete(workspaceId: WorkspaceId, id: Persona['id']): Promise<boolean>;
}

/** A map in a list: its meta and how much it holds, without the content. */
export interface JourneySummary extends JourneyMeta {
  id: JourneyMap['id'];
  workspaceId: WorkspaceId;
  version: number;
  createdAt: string;
  updatedAt: string;
  phaseCount: number;
  touchpointCount: number;
}

export interface JourneyFilter {
  personaId?: Persona['id'];
  state?: JourneyState;
  /** Only the maps linked to this dataset. */
  datasetId?: DatasetId;
}

export type JourneyUpdateResult =
  | { ok: true; journey: JourneyMap }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'conflict'; current: JourneyMap };

export interface JourneysRepository {
  /**
   * Stores a new map at version 1 with fresh timestamps; the id comes from `input.id` or a new one.
   * `create` and `update` throw `MissingReferenceError` (`datasetId`) when the linked dataset does not exist.
   */
  create(
    workspaceId: WorkspaceId,
    input: JourneyMeta & JourneyContent & { id?: JourneyMap['id'] },
  ): Promise<JourneyMap>;
  get(workspaceId: WorkspaceId, id: JourneyMap['id']): Promise<JourneyMap | null>;
  list(workspaceId: WorkspaceId, filter?: JourneyFilter): Promise<JourneySummary[]>;
  /**
   * Replaces meta and content when the stored version equals `expectedVersion` (compare-and-set),
   * raising the version by one; otherwise reports a conflict with the current map and writes nothing.
   */
  update(
    workspaceId: WorkspaceId,
    id: JourneyMap['id'],
    expectedVersion: number,
    next: JourneyMeta & JourneyContent,
  ): Promise<JourneyUpdateResult>;
  delete(workspaceId: WorkspaceId, id: JourneyMap['id']): Promise<boolean>;
}

/** A public read-only link to one map. The token is shown once at creation; only its hash is stored. */
export interface ShareLink {
  id: ShareLinkId;
  workspaceId: WorkspaceId;
  journeyId: JourneyId;
  /** The first characters of the token, to tell links apart. */
  prefix: string;
  createdBy: UserId;
  createdAt: string;
  revokedAt: string | null;
  /** Whether the shared map shows back-stage notes. */
  includeBackstage: boolean;
  /** The measured figures the shared map shows, as the map showed them when the link was made; null: none. */
  figures: ShareLinkFigures | null;
  /** What the link opens: the map, or the journey's board report. */
  kind: ShareLinkKind;
}

/** What a share link opens (migration 0009_share_link_kind). */
export const SHARE_LINK_KINDS = ['map', 'report'] as const;
export type ShareLinkKind = (typeof SHARE_LINK_KINDS)[number];

/**
 * The figures options stored on a share link: which emotion lines the curve draws, the period (ISO dates,
 * `from` ≤ ts < `to`) and the persona whose journeys are measured (null: all customers).
 */
export interface ShareLinkFigures {
  curve: 'designed' | 'measured' | 'both';
  from: string | null;
  to: string | null;
  personaId: PersonaId | null;
}

/** A share link in a list: with who made it and the map's title. */
export interface ShareLinkListed extends ShareLink {
  createdByName: string;
  journeyTitle: string;
}

export interface ShareLinksRepository {
  /** Throws `DuplicateError` on `tokenHash` when the hash is taken. */
  create(input: {
    workspaceId: WorkspaceId;
    journeyId: JourneyId;
    prefix: string;
    tokenHash: string;
    createdBy: UserId;
    includeBackstage?: boolean;
    figures?: ShareLinkFigures | null;
    /** Default `map`. */
    kind?: ShareLinkKind;
  }): Promise<ShareLink>;
  /** The links of one map, revoked ones included, oldest first. */
  listForJourney(workspaceId: WorkspaceId, journeyId: JourneyId): Promise<ShareLinkListed[]>;
  /** Every link of the workspace, revoked ones included, oldest first. */
  listForWorkspace(workspaceId: WorkspaceId): Promise<ShareLinkListed[]>;
  /** Sets `revokedAt` (keeping the first one); false when no such link on this map in this workspace. */
  revoke(workspaceId: WorkspaceId, journeyId: JourneyId, id: ShareLinkId): Promise<boolean>;
  /** Revokes every live link of the workspace; returns how many were live. */
  revokeAll(workspaceId: WorkspaceId): Promise<number>;
  /** The live (not revoked) link with this token hash — the one lookup without a workspace. */
  findActiveByHash(tokenHash: string): Promise<ShareLink | null>;
}

/** What an import found in a dataset's events (all its versions). */
export interface DatasetSummary {
  events: number;
  cases: number;
  customers: number;
  activities: number;
  firstEventAt: string | null;
  lastEventAt: string | null;
  versions: number;
  /** The file this import read, and what it found that the event store does not keep. */
  fileName?: string;
  imported?: DatasetImportFacts;
}

export interface DatasetsRepository {
  /** A new dataset whose first import starts now (status `importing`, progress 0). */
  create(
    workspaceId: WorkspaceId,
    input: {
      id?: DatasetId;
      name: string;
      format: DatasetFormat;
      mapping: DatasetMapping;
      fileName?: string;
      sizeBytes: number;
      createdBy: UserId | null;
    },
  ): Promise<Dataset>;
  get(workspaceId: WorkspaceId, id: DatasetId): Promise<Dataset | null>;
  /** Newest first. */
  list(workspaceId: WorkspaceId): Promise<Dataset[]>;
  rename(workspaceId: WorkspaceId, id: DatasetId, name: string): Promise<Dataset | null>;
  /** Another file is being appended: status `importing`, its size added. */
  startImport(workspaceId: WorkspaceId, id: DatasetId, input: { sizeBytes: number }): Promise<Dataset | null>;
  /** The running import's progress (0–1); ignored once the import ended. */
  setProgress(workspaceId: WorkspaceId, id: DatasetId, progress: number | null): Promise<void>;
  /** The import succeeded: status `ready` with what the dataset now holds. */
  finishImport(workspaceId: WorkspaceId, id: DatasetId, summary: DatasetSummary): Promise<Dataset | null>;
  /**
   * The import failed and changed no events: `failed` with the error when the dataset holds none yet,
   * otherwise `ready` (its earlier versions) with the error of the failed append.
   */
  failImport(
    workspaceId: WorkspaceId,
    id: DatasetId,
    error: ImportProblem,
    /** The failed file's size, taken back off the dataset's (it keeps no event of it). */
    upload?: { sizeBytes: number },
  ): Promise<Dataset | null>;
  delete(workspaceId: WorkspaceId, id: DatasetId): Promise<boolean>;
  /** Every import still marked running (the server stopped during it) ends as failed with `error`. */
  failInterrupted(error: ImportProblem): Promise<Dataset[]>;
}

export interface WorkspaceSettingsRepository {
  /** The workspace's settings (defaults where it set none); null when no such workspace. */
  get(workspaceId: WorkspaceId): Promise<WorkspaceSettings | null>;
  /** Changes the settings given; null when no such workspace. */
  update(workspaceId: WorkspaceId, patch: WorkspaceSettingsPatch): Promise<WorkspaceSettings | null>;
}

/** What a new comment carries besides its thread. */
export interface NewComment {
  authorId: UserId;
  body: string;
  mentions: readonly UserId[];
}

export interface CommentThreadFilter {
  journeyId?: JourneyId;
  status?: CommentThreadStatus;
  /** Only threads with a comment that mentions this member. */
  mentioning?: UserId;
}

export interface CommentsRepository {
  /** A new open thread on a card or phase of the map, with its first comment. */
  createThread(
    workspaceId: WorkspaceId,
    journeyId: JourneyId,
    target: CommentTarget,
    first: NewComment,
  ): Promise<CommentThread>;
  getThread(workspaceId: WorkspaceId, threadId: CommentThreadId): Promise<CommentThread | null>;
  /** With their comments; oldest thread first, comments oldest first. */
  listThreads(workspaceId: WorkspaceId, filter?: CommentThreadFilter): Promise<CommentThread[]>;
  countThreads(workspaceId: WorkspaceId, journeyId: JourneyId): Promise<number>;
  /** A reply at the end of the thread; null when no such thread. */
  addComment(
    workspaceId: WorkspaceId,
    threadId: CommentThreadId,
    comment: NewComment,
  ): Promise<Comment | null>;
  /** Resolves (by whom) or reopens a thread; null when no such thread. */
  setStatus(
    workspaceId: WorkspaceId,
    threadId: CommentThreadId,
    status: CommentThreadStatus,
    by: UserId,
  ): Promise<CommentThread | null>;
  getComment(workspaceId: WorkspaceId, commentId: CommentId): Promise<Comment | null>;
  /** Its author changes the text and mentions; null when no such comment. */
  editComment(
    workspaceId: WorkspaceId,
    commentId: CommentId,
    change: { body: string; mentions: readonly UserId[] },
  ): Promise<Comment | null>;
  /** Deletes one comment; a thread left without comments goes with it. False when no such comment. */
  deleteComment(workspaceId: WorkspaceId, commentId: CommentId): Promise<boolean>;
}

export interface ProjectFilter {
  journeyId?: JourneyId;
  /** Only projects in one of these statuses. */
  statuses?: readonly ProjectStatus[];
}

export interface ProjectsRepository {
  /**
   * A new project with fresh timestamps. `create` and `update` throw `MissingReferenceError` (`journeyId`,
   * `ownerId`) when the journey or the owner does not exist (the server checks both first).
   */
  create(workspaceId: WorkspaceId, fields: ProjectFields): Promise<Project>;
  get(workspaceId: WorkspaceId, id: ProjectId): Promise<Project | null>;
  /** Oldest first. */
  list(workspaceId: WorkspaceId, filter?: ProjectFilter): Promise<Project[]>;
  count(workspaceId: WorkspaceId): Promise<number>;
  update(workspaceId: WorkspaceId, id: ProjectId, fields: ProjectFields): Promise<Project | null>;
  /** Deletes the project and its KPIs. */
  delete(workspaceId: WorkspaceId, id: ProjectId): Promise<boolean>;
  /**
   * In a transaction: locks the journey's row until the transaction ends, so two writers counting its
   * chosen projects take turns. False when no such journey in this workspace.
   */
  lockJourney(workspaceId: WorkspaceId, journeyId: JourneyId): Promise<boolean>;
  /** The projects a user owned lose their owner (the user left the workspace); returns how many. */
  clearOwner(workspaceId: WorkspaceId, userId: UserId): Promise<number>;
}

export interface ProjectKpisRepository {
  /**
   * A new KPI of the project. `create` and `update` throw `MissingReferenceError` when the project or a
   * dataset, journey or persona of the scope does not exist (the server checks them first).
   */
  create(workspaceId: WorkspaceId, projectId: ProjectId, fields: ProjectKpiFields): Promise<ProjectKpi>;
  get(workspaceId: WorkspaceId, projectId: ProjectId, id: ProjectKpiId): Promise<ProjectKpi | null>;
  /** Oldest first. */
  list(workspaceId: WorkspaceId, projectId: ProjectId): Promise<ProjectKpi[]>;
  update(
    workspaceId: WorkspaceId,
    projectId: ProjectId,
    id: ProjectKpiId,
    fields: ProjectKpiFields,
  ): Promise<ProjectKpi | null>;
  delete(workspaceId: WorkspaceId, projectId: ProjectId, id: ProjectKpiId): Promise<boolean>;
}

/** Thrown when a unique key (e-mail, membership) is taken. */
/**
 * A write named something that is not there (a foreign key violation): `field` is the caller's name for
 * it (`datasetId`), `what` the kind of thing (`dataset`). The server checks references before it writes,
 * so this only happens when the thing was deleted in between.
 */
export class MissingReferenceError extends Error {
  constructor(
    readonly field: string,
    readonly what: string,
  ) {
    super(`${what} not found`);
    this.name = 'MissingReferenceError';
  }
}

export class DuplicateError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'DuplicateError';
  }
}
