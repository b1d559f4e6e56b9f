// Public API of @trailmap/domain, listed by name.
export { createId, idSchema, ID_PREFIX } from './ids.js';
export type {
  Id,
  IdKind,
  UserId,
  WorkspaceId,
  ApiKeyId,
  PersonaId,
  JourneyId,
  PhaseId,
  LaneId,
  TouchpointId,
  PainPointId,
  IdeaId,
  InvitationId,
  ShareLinkId,
  DatasetId,
  ProjectId,
  ProjectKpiId,
  CommentThreadId,
  CommentId,
} from './ids.js';
export { CHANNELS, CHANNEL_KIND, channelSchema } from './channels.js';
export type { Channel } from './channels.js';
export { CHANNEL_ALIASES, listDatasetChannelNames, normalizeChannelName } from './channelNames.js';
export { EVIDENCE_LEVELS, evidenceSchema } from './evidence.js';
export type { Evidence } from './evidence.js';
export { migrateRecord, MigrationError } from './migrations.js';
export type { MigrationSequence, MigrationStep } from './migrations.js';
export { LIMITS, nameText, shortText, longText, textList, isoDateTime, clipText } from './records/text.js';
export { describeUnsafeText, findUnsafeText, MAX_UNSAFE_TEXT_ISSUES } from './records/findUnsafeText.js';
export type { UnsafeTextIssue } from './records/findUnsafeText.js';
export { userSchema, emailSchema, passwordSchema, USER_VERSION } from './records/User.js';
export type { User } from './records/User.js';
export { workspaceSchema, WORKSPACE_VERSION } from './records/Workspace.js';
export type { Workspace } from './records/Workspace.js';
export { ROLES, roleSchema, roleAllows, membershipSchema, MEMBERSHIP_VERSION } from './records/Membership.js';
export type { Role, Membership } from './records/Membership.js';
export {
  DATASET_FORMATS,
  DATASET_STATUSES,
  datasetFormatSchema,
  datasetColumnsSchema,
  caseNotionSchema,
  datasetMappingSchema,
  importProblemSchema,
  datasetImportFactsSchema,
  datasetSchema,
} from './records/Dataset.js';
export { datasetFilterSchema, attributeConditionSchema } from './records/DatasetFilter.js';
export type { DatasetFilter } from './records/DatasetFilter.js';
export type {
  Dataset,
  DatasetFormat,
  DatasetStatus,
  DatasetColumns,
  DatasetMapping,
  CaseNotion,
  ImportProblem,
  DatasetImportFacts,
} from './records/Dataset.js';
export { API_KEY_SCOPES, apiKeyScopeSchema, apiKeySchema, API_KEY_VERSION } from './records/ApiKey.js';
export type { ApiKey, ApiKeyScope } from './records/ApiKey.js';
export { CONDITION_OPERATORS, conditionSchema, segmentRuleSchema } from './records/SegmentRule.js';
export type { Condition, ConditionOperator, SegmentRule } from './records/SegmentRule.js';
export { personaFieldsSchema, personaSchema, PERSONA_MIGRATIONS } from './records/Persona.js';
export { isPictureDataUrl } from './records/picture.js';
export type { Persona, PersonaFields } from './records/Persona.js';
export { phaseFieldsSchema, phaseSchema } from './records/Phase.js';
export type { Phase, PhaseFields } from './records/Phase.js';
export { LANE_KINDS, laneKindSchema, laneSchema } from './records/Lane.js';
export type { Lane, LaneKind } from './records/Lane.js';
export {
  touchpointFieldsSchema,
  touchpointSchema,
  EMOTION_MIN,
  EMOTION_MAX,
  SCORE_MIN,
  SCORE_MAX,
} from './records/Touchpoint.js';
export type { Touchpoint, TouchpointFields } from './records/Touchpoint.js';
export {
  MATCHER_LIMITS,
  MATCHER_OPERATORS,
  matcherConditionSchema,
  touchpointMatcherSchema,
  matchesEvent,
} from './records/TouchpointMatcher.js';
export type {
  MatcherOperator,
  MatcherCondition,
  TouchpointMatcher,
  MatchableEvent,
} from './records/TouchpointMatcher.js';
export { SEVERITIES, painPointFieldsSchema, painPointSchema } from './records/PainPoint.js';
export type { PainPoint, PainPointFields, Severity } from './records/PainPoint.js';
export {
  IDEA_STATUSES,
  IDEA_SOURCES,
  IDEA_LIMITS,
  SCORE_BASES,
  ideaSourceSchema,
  ideaScoresSchema,
  ideaFieldsSchema,
  ideaSchema,
  liftIdeaLinks,
  findIdeaPhaseId,
} from './records/Idea.js';
export type {
  Idea,
  IdeaFields,
  IdeaStatus,
  IdeaSource,
  IdeaSourceKind,
  IdeaScores,
  ScoreBasis,
} from './records/Idea.js';
export {
  IDEA_CRITERIA,
  MEASURABLE_CRITERIA,
  MAX_CRITERION_WEIGHT,
  DEFAULT_CRITERION_WEIGHTS,
  REACH_SHARE_STEPS,
  DRIVER_SHARE_STEPS,
  ideaCriterionSchema,
  criterionWeightsSchema,
  criterionWeightsPatchSchema,
  computeIdeaScore,
  rateReachShare,
  rateDriverShare,
} from './records/IdeaCriteria.js';
export type { IdeaCriterion, MeasurableCriterion, CriterionWeights } from './records/IdeaCriteria.js';
export {
  JOURNEY_STATES,
  journeyStateSchema,
  PHASE_MODELS,
  phaseModelSchema,
  journeyMetaSchema,
  journeyContentSchema,
  journeyMapSchema,
  JOURNEY_MIGRATIONS,
  liftJourneyContent,
  findReferenceProblems,
  touchpointsInPhase,
  touchpointsInJourneyOrder,
} from './records/JourneyMap.js';
export type {
  JourneyState,
  PhaseModel,
  JourneyMeta,
  JourneyContent,
  JourneyMap,
  ReferenceProblem,
} from './records/JourneyMap.js';
export {
  PROJECT_STATUSES,
  CHOSEN_PROJECT_STATUSES,
  PROJECT_LIMITS,
  projectStatusSchema,
  customerCheckSchema,
  isoDate,
  projectFieldsSchema,
  projectSchema,
  countsAsChosen,
  startOfDate,
} from './records/Project.js';
export type { Project, ProjectFields, ProjectStatus, CustomerCheck } from './records/Project.js';
export {
  COMMENT_LIMITS,
  COMMENT_TARGET_KINDS,
  COMMENT_THREAD_STATUSES,
  commentBodySchema,
  commentInputSchema,
  commentMentionsSchema,
  commentTargetSchema,
} from './records/Comment.js';
export type {
  Comment,
  CommentInput,
  CommentTarget,
  CommentTargetKind,
  CommentThread,
  CommentThreadStatus,
} from './records/Comment.js';
export {
  KPI_METRICS,
  KPI_PAIR_METRICS,
  KPI_TOUCHPOINT_METRICS,
  KPI_GOOD_DIRECTION,
  meetsKpiTarget,
  kpiMetricSchema,
  kpiScopeSchema,
  kpiPeriodSchema,
  kpiAfterSchema,
  kpiAfterInputSchema,
  projectKpiInputSchema,
  projectKpiFieldsSchema,
  projectKpiSchema,
  findKpiProblems,
} from './records/ProjectKpi.js';
export type {
  KpiMetric,
  KpiScope,
  KpiPeriod,
  KpiAfter,
  KpiProblem,
  ProjectKpi,
  ProjectKpiFields,
  ProjectKpiInput,
} from './records/ProjectKpi.js';
export {
  DEFAULT_CHOSEN_PROJECT_LIMIT,
  MAX_CHOSEN_PROJECT_LIMIT,
  workspaceSettingsSchema,
  workspaceSettingsPatchSchema,
} from './records/WorkspaceSettings.js';
export type { WorkspaceSettings, WorkspaceSettingsPatch } from './records/WorkspaceSettings.js';
export {
  PHASE_MODEL_TEMPLATES,
  TEMPLATE_LANGUAGES,
  getPhaseModelTemplate,
  localizePhaseModelTemplate,
} from './templates/phaseModels.js';
export type { PhaseModelTemplate, PhaseTemplate, TemplateLanguage } from './templates/phaseModels.js';
export {
  createJourneyContent,
  createDefaultLanes,
  DEFAULT_LANE_ORDER,
} from './templates/createJourneyContent.js';
export * from './templates/examples/index.js';
// Pure journey logic, exchange formats and demo content (each folder lists its own exports).
export * from './analysis/index.js';
export * from './exchange/index.js';
export * from './demo/index.js';
export * from './edits/index.js';
