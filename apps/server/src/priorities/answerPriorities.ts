import {
  computeIdeaScore,
  IDEA_CRITERIA,
  rateDriverShare,
  rateReachShare,
  type Idea,
  type IdeaCriterion,
  type JourneyMap,
  type WorkspaceSettings,
} from '@trailmap/domain';
import type { Project } from '@trailmap/domain';
import type { IdeaFigures, MeasuredIdeas } from './measureIdeaFigures.js';

/** One criterion's score of an idea, and where it comes from. */
export interface CriterionScore {
  /** 1..5, or null when nobody scored it and the data cannot. */
  value: number | null;
  /** measured: from the linked data; estimated: the team's typed score (an override where data exists). */
  basis: 'measured' | 'estimated';
  /** The measured value that the data gives, when it gives one (also when the team overrode it). */
  measuredValue: number | null;
}

/** The score formula as the view shows it. */
export const SCORE_FORMULA = 'score = Σ wᵢ·sᵢ / Σ wᵢ (criteria with a weight above 0 and a score; 1–5)';

function typedScore(idea: Idea, criterion: IdeaCriterion): number | null {
  if (criterion === 'reach') return idea.reach;
  if (criterion === 'feasibility') return idea.feasibility;
  return idea.scores[criterion] ?? null;
}

/** A criterion's score: the measured value where the data gives one and the idea has not overridden it. */
function scoreOf(idea: Idea, criterion: IdeaCriterion, figures: IdeaFigures | undefined): CriterionScore {
  const typed = typedScore(idea, criterion);
  let measuredValue: number | null = null;
  if (criterion === 'reach' && figures?.reach) measuredValue = rateReachShare(figures.reach.reachShare);
  if (criterion === 'satisfaction' && figures?.npsDriverShare != null)
    measuredValue = rateDriverShare(figures.npsDriverShare);
  const basisChoice =
    criterion === 'reach' || criterion === 'satisfaction' ? idea.scoreBasis[criterion] : 'estimated';
  if (measuredValue !== null && basisChoice === 'measured')
    return { value: measuredValue, basis: 'measured', measuredValue };
  return { value: typed, basis: 'estimated', measuredValue };
}

/**
 * The prioritisation view's answer for a map: the workspace's criteria and formula, and per idea its scores
 * (measured or estimated), weighted score, links, source and the projects that carry it out. Ideas with a
 * score first (highest first), then the unscored in map order.
 */
export function answerPriorities(
  journey: JourneyMap,
  settings: WorkspaceSettings,
  measured: MeasuredIdeas,
  projects: readonly Project[],
) {
  const weights = settings.criterionWeights;
  const chosen = projects.filter((p) => p.status === 'chosen' || p.status === 'in-progress');
  const ideas = journey.ideas.map((idea) => {
    const figures = measured.byIdea.get(idea.id);
    const scores = Object.fromEntries(IDEA_CRITERIA.map((c) => [c, scoreOf(idea, c, figures)])) as Record<
      IdeaCriterion,
      CriterionScore
    >;
    const { score, coverage } = computeIdeaScore(
      Object.fromEntries(IDEA_CRITERIA.map((c) => [c, scores[c].value])),
      weights,
    );
    return {
      id: idea.id,
      title: idea.title,
      description: idea.description,
      status: idea.status,
      phaseId: idea.phaseId,
      touchpointIds: idea.touchpointIds,
      painPointIds: idea.painPointIds,
      phaseIds: idea.phaseIds,
      source: idea.source,
      scoreBasis: idea.scoreBasis,
      scores,
      measuredReach: figures?.reach ?? null,
      npsDriverShare: figures?.npsDriverShare ?? null,
      score,
      coverage,
      projects: projects
        .filter((p) => p.ideaIds.includes(idea.id))
        .map((p) => ({ id: p.id, title: p.title, status: p.status })),
    };
  });
  return {
    journey: { id: journey.id, title: journey.title, version: journey.version },
    criteria: IDEA_CRITERIA.map((id) => ({ id, weight: weights[id] })),
    formula: SCORE_FORMULA,
    rules: {
      reach: 'measured reach share of journeys: <5 % → 1, <15 % → 2, <30 % → 3, <50 % → 4, else 5',
      satisfaction:
        'sum of the NPS drivers’ shares of the idea’s touchpoints: <5 % → 1, <10 % → 2, <20 % → 3, <35 % → 4, else 5',
    },
    data: {
      dataset: measured.dataset,
      reason: measured.reason,
      drivers: measured.drivers,
    },
    chosen: { count: chosen.length, limit: settings.chosenProjectLimit },
    ideas,
  };
}
