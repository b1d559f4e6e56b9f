import type { JourneyContent, JourneyMeta } from '../records/JourneyMap.js';
import { touchpointsInPhase } from '../records/JourneyMap.js';
import { escapeMermaidText } from './escapeMermaidText.js';
import { formatMermaidComment } from './mermaidComment.js';
import { emotionToMermaidScore } from './mermaidScore.js';

/** The version of the `%% trailmap` comments this Trailmap writes (in the `journey` comment). */
export const MERMAID_COMMENT_VERSION = 1;

/** The actor shown on every task when no persona names are known. */
export const DEFAULT_MERMAID_ACTOR = 'Customer';

/** A persona as far as Mermaid needs it: its name becomes an actor. */
export interface MermaidPersona {
  id: string;
  name: string;
}

/**
 * Writes a journey map as a Mermaid `journey` diagram: the title, one `section` per phase and one task
 * line per touchpoint (`Title: <score 1-5>: Actor, Actor`; see `mermaidScore.ts` for emotion ↔ score).
 * Everything Mermaid cannot hold travels in `%% trailmap <kind> {json}` comment lines, which Mermaid
 * ignores: the journey's other fields, lanes, each phase (after its `section` line), each touchpoint
 * (after its task line, with its matcher when it has one), pain points and ideas; the journey comment
 * holds the dataset link when there is one. `parseMermaidJourney` reads it back without loss.
 * Actors are the names of the personas the map is for (of those given; all given when the map names
 * none), else `Customer`. Touchpoints whose phase is not on the map (an invalid map) are left out.
 */
export function toMermaidJourney(
  journey: JourneyMeta & JourneyContent,
  personas: readonly MermaidPersona[] = [],
): string {
  const forMap = new Set<string>(journey.personaIds);
  const named = forMap.size > 0 ? personas.filter((p) => forMap.has(p.id)) : personas;
  const actorNames = named.map((p) => escapeMermaidText(p.name, 'actor'));
  const actors = (actorNames.length > 0 ? actorNames : [DEFAULT_MERMAID_ACTOR]).join(', ');

  const title = escapeMermaidText(journey.title, 'title');
  const lines = ['journey', `  title ${title}`];
  lines.push(
    `  ${formatMermaidComment('journey', {
      formatVersion: MERMAID_COMMENT_VERSION,
      ...(title !== journey.title ? { title: journey.title } : {}),
      goal: journey.goal,
      scope: journey.scope,
      personaIds: journey.personaIds,
      state: journey.state,
      counterpartId: journey.counterpartId,
      phaseModel: journey.phaseModel,
      // The dataset link only when there is one, so unlinked maps read as before.
      ...(journey.datasetId ? { datasetId: journey.datasetId } : {}),
      ...(journey.datasetFilter ? { datasetFilter: journey.datasetFilter } : {}),
    })}`,
  );
  for (const lane of journey.lanes) lines.push(`  ${formatMermaidComment('lane', { ...lane })}`);

  const positions = new Map(journey.touchpoints.map((t, index) => [t, index]));
  for (const phase of journey.phases) {
    const name = escapeMermaidText(phase.name, 'section');
    lines.push(`  section ${name}`);
    const { name: _name, ...phaseRest } = phase;
    lines.push(
      `    ${formatMermaidComment('phase', { ...phaseRest, ...(name !== phase.name ? { name: phase.name } : {}) })}`,
    );
    for (const touchpoint of touchpointsInPhase(journey.touchpoints, phase.id)) {
      const taskName = escapeMermaidText(touchpoint.title, 'task');
      lines.push(`    ${taskName}: ${emotionToMermaidScore(touchpoint.emotion)}: ${actors}`);
      const { phaseId: _phaseId, title: _title, matcher, ...rest } = touchpoint;
      lines.push(
        `    ${formatMermaidComment('touchpoint', {
          ...rest,
          ...(matcher ? { matcher } : {}),
          ...(taskName !== touchpoint.title ? { title: touchpoint.title } : {}),
          index: positions.get(touchpoint),
        })}`,
      );
    }
  }
  for (const painPoint of journey.painPoints)
    lines.push(`  ${formatMermaidComment('painPoint', { ...painPoint })}`);
  for (const idea of journey.ideas) lines.push(`  ${formatMermaidComment('idea', { ...idea })}`);
  return `${lines.join('\n')}\n`;
}
