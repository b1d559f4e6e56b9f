import type { PhaseId, TouchpointId } from '../ids.js';
import { touchpointsInJourneyOrder } from '../records/JourneyMap.js';
import type { JourneyMap } from '../records/JourneyMap.js';
import { DEFAULT_PAIN_MARGIN, DEFAULT_WOW_MARGIN, type MomentKind } from './findMoments.js';

/**
 * Measured emotion: a touchpoint's place on the emotion curve's −3..+3 scale from the scores its journeys
 * gave (docs/measured-map.md, "Measured emotion"). One rule, in this order of preference:
 *
 * - NPS v (−100…100)  → 3 · v / 100
 * - CSAT mean m (1–5) → (m − 3) · 1.5
 * - CES mean c (1–7, 7 = very easy) → c − 4
 *
 * The first of the three that rests on at least MEASURED_MIN_SAMPLE answers is used; with none, the
 * touchpoint has no measured emotion. Rounded to one decimal and kept within −3..+3.
 */
export const MEASURED_MIN_SAMPLE = 30;

export type MeasuredEmotionSource = 'nps' | 'csat' | 'ces';

/** A score as the measures give it (only the value and its number of answers matter here). */
export interface ScoreSample {
  value: number;
  n: number;
}

export interface TouchpointScores {
  touchpointId: string;
  nps: ScoreSample | null;
  csat: ScoreSample | null;
  ces: ScoreSample | null;
}

export interface MeasuredEmotionValue {
  /** −3..+3, one decimal. */
  emotion: number;
  /** The score it comes from, its value and its answers. */
  source: MeasuredEmotionSource;
  value: number;
  n: number;
}

export interface MeasuredEmotionPoint extends MeasuredEmotionValue {
  touchpointId: TouchpointId;
  phaseId: PhaseId;
  /** 0-based position of the touchpoint in the map's journey order (among all touchpoints). */
  index: number;
}

/**
 * A WOW moment or pain point from data: the card's designed expectation (1–10) against the measured
 * experience — the measured emotion put on the same 1–10 scale (−3 → 1, 0 → 5.5, +3 → 10) — with the
 * margins of `findMoments` (WOW: gap ≥ 2, pain: gap ≤ −1).
 */
export interface MeasuredMoment {
  touchpointId: TouchpointId;
  phaseId: PhaseId;
  kind: MomentKind;
  expectation: number;
  /** 5.5 + 1.5 × measured emotion, one decimal (1..10). */
  measuredExperience: number;
  /** measuredExperience − expectation, one decimal. */
  gap: number;
}

export interface MeasuredCurve {
  /** Touchpoints with a measured emotion, in journey order. */
  points: MeasuredEmotionPoint[];
  /** WOW moments and pain points from data, in journey order. */
  moments: MeasuredMoment[];
}

const round1 = (n: number) => {
  const r = Math.round(n * 10) / 10;
  return r === 0 ? 0 : r; // no −0
};
const clamp = (n: number) => Math.max(-3, Math.min(3, n));

const RULES: readonly { source: MeasuredEmotionSource; toEmotion: (value: number) => number }[] = [
  { source: 'nps', toEmotion: (v) => (3 * v) / 100 },
  { source: 'csat', toEmotion: (m) => (m - 3) * 1.5 },
  { source: 'ces', toEmotion: (c) => c - 4 },
];

/** A touchpoint's measured emotion from its scores, or null when no score rests on enough answers. */
export function toMeasuredEmotion(
  scores: Pick<TouchpointScores, 'nps' | 'csat' | 'ces'>,
  minSample: number = MEASURED_MIN_SAMPLE,
): MeasuredEmotionValue | null {
  for (const rule of RULES) {
    const score = scores[rule.source];
    if (!score || !Number.isFinite(score.value) || score.n < minSample) continue;
    return {
      emotion: round1(clamp(rule.toEmotion(score.value))),
      source: rule.source,
      value: score.value,
      n: score.n,
    };
  }
  return null;
}

/** The measured emotion on the card's 1–10 experience scale: −3 → 1, 0 → 5.5, +3 → 10 (one decimal). */
export function measuredExperienceOf(emotion: number): number {
  return round1(5.5 + 1.5 * clamp(emotion));
}

/**
 * The measured curve of a map: each touchpoint's measured emotion (touchpoints without scores on enough
 * answers are left out) and the moments from data. A touchpoint without an expectation is not judged.
 */
export function measureEmotionCurve(
  map: Pick<JourneyMap, 'phases' | 'touchpoints'>,
  scores: readonly TouchpointScores[],
  minSample: number = MEASURED_MIN_SAMPLE,
): MeasuredCurve {
  const byId = new Map(scores.map((s) => [s.touchpointId, s]));
  const curve: MeasuredCurve = { points: [], moments: [] };
  touchpointsInJourneyOrder(map.phases, map.touchpoints).forEach((t, index) => {
    const s = byId.get(t.id);
    const measured = s ? toMeasuredEmotion(s, minSample) : null;
    if (!measured) return;
    curve.points.push({ touchpointId: t.id, phaseId: t.phaseId, index, ...measured });
    if (t.expectation === null) return;
    const measuredExperience = measuredExperienceOf(measured.emotion);
    const gap = round1(measuredExperience - t.expectation);
    const kind: MomentKind | null =
      gap >= DEFAULT_WOW_MARGIN ? 'wow' : gap <= -DEFAULT_PAIN_MARGIN ? 'pain' : null;
    if (kind)
      curve.moments.push({
        touchpointId: t.id,
        phaseId: t.phaseId,
        kind,
        expectation: t.expectation,
        measuredExperience,
        gap,
      });
  });
  return curve;
}
