// Pure journey logic: moments, emotion curve, channel coverage, map diff. Listed by name.
export { findMoments, DEFAULT_WOW_MARGIN, DEFAULT_PAIN_MARGIN } from './findMoments.js';
export type { FindMomentsOptions, Moment, MomentKind, MomentsResult } from './findMoments.js';
export { analyseEmotionCurve, HIGH_PEAK_EMOTION, FLAT_RANGE_MAX } from './analyseEmotionCurve.js';
export type {
  EmotionCurve,
  EmotionPoint,
  EmotionExtreme,
  PhaseEmotion,
  FlattenedCurveWarning,
  FlattenedReason,
} from './analyseEmotionCurve.js';
export { getChannelCoverage } from './getChannelCoverage.js';
export type {
  ChannelCoverage,
  ChannelCount,
  ChannelPhases,
  ChannelBreak,
  PhaseCoverage,
} from './getChannelCoverage.js';
export { diffJourneys, matchPhases, DIFFED_TOUCHPOINT_FIELDS } from './diffJourneys.js';
export type {
  JourneyDiff,
  PhaseDiff,
  PhaseMatch,
  TouchpointChange,
  TouchpointFieldChange,
  TouchpointMatch,
  TouchpointRef,
  DiffedTouchpointField,
} from './diffJourneys.js';
export { normaliseName } from './normaliseName.js';
export {
  toMeasuredEmotion,
  measuredExperienceOf,
  measureEmotionCurve,
  MEASURED_MIN_SAMPLE,
} from './measuredEmotion.js';
export { restsOnData, DATA_EVIDENCE_MIN_JOURNEYS } from './measuredEvidence.js';
export type {
  MeasuredCurve,
  MeasuredEmotionPoint,
  MeasuredEmotionSource,
  MeasuredEmotionValue,
  MeasuredMoment,
  ScoreSample,
  TouchpointScores,
} from './measuredEmotion.js';
