import { describe, expect, it } from 'vitest';
import { createJourneyContent } from '../templates/createJourneyContent.js';
import { findReferenceProblems, touchpointsInPhase, type JourneyContent } from '../records/JourneyMap.js';
import { touchpointFieldsSchema } from '../records/Touchpoint.js';
import { addTouchpoint, removeTouchpoint, updateTouchpoint } from './editTouchpoints.js';
import { addIdea, addPainPoint, removePainPoint } from './editCards.js';
import { addPhase, removePhase, updatePhase } from './editPhases.js';

function mapWith(titlesPerPhase: string[][]): JourneyContent {
  let content = createJourneyContent('see-think-do-care-love');
  titlesPerPhase.forEach((titles, p) => {
    for (const title of titles) {
      content = addTouchpoint(
        content,
        touchpointFieldsSchema.parse({ phaseId: content.phases[p]!.id, title, channel: 'web' }),
      ).content;
    }
  });
  return content;
}
const titles = (c: JourneyContent, p: number) =>
  touchpointsInPhase(c.touchpoints, c.phases[p]!.id).map((t) => t.title);

describe('touchpoint edits', () => {
  it('addTouchpoint(content) appends to the end of its phase with orders 0..n-1', () => {
    const c = mapWith([['a', 'b', 'c']]);
    expect(titles(c, 0)).toEqual(['a', 'b', 'c']);
    expect(touchpointsInPhase(c.touchpoints, c.phases[0]!.id).map((t) => t.order)).toEqual([0, 1, 2]);
  });

  it('updateTouchpoint(order) moves a card within its phase', () => {
    const c = mapWith([['a', 'b', 'c']]);
    const c1 = updateTouchpoint(c, c.touchpoints[2]!.id, { order: 0 })!;
    expect(titles(c1, 0)).toEqual(['c', 'a', 'b']);
  });

  it('updateTouchpoint(phaseId, order) moves a card to another phase and renumbers both', () => {
    const c = mapWith([
      ['a', 'b', 'c'],
      ['x', 'y'],
    ]);
    const b = c.touchpoints.find((t) => t.title === 'b')!;
    const c1 = updateTouchpoint(c, b.id, { phaseId: c.phases[1]!.id, order: 1 })!;
    expect(titles(c1, 0)).toEqual(['a', 'c']);
    expect(titles(c1, 1)).toEqual(['x', 'b', 'y']);
    expect(touchpointsInPhase(c1.touchpoints, c.phases[0]!.id).map((t) => t.order)).toEqual([0, 1]);
    expect(touchpointsInPhase(c1.touchpoints, c.phases[1]!.id).map((t) => t.order)).toEqual([0, 1, 2]);
  });

  it('updateTouchpoint(unknown id) returns null', () => {
    expect(updateTouchpoint(mapWith([['a']]), 'tpt_nothere', { title: 'z' })).toBeNull();
  });

  it('removeTouchpoint(id) unlinks pain points and ideas that pointed to it', () => {
    let c = mapWith([['a', 'b']]);
    const a = c.touchpoints[0]!;
    const pp = addPainPoint(c, {
      phaseId: a.phaseId,
      touchpointId: a.id,
      title: 'slow',
      description: '',
      severity: 'high',
      evidence: 'data',
    });
    c = pp.content;
    c = addIdea(c, {
      phaseId: a.phaseId,
      touchpointIds: [a.id],
      painPointIds: [pp.painPoint.id],
      phaseIds: [a.phaseId],
      title: 'faster',
      description: '',
      source: { kind: 'drop-off', note: '', touchpointId: a.id },
      scores: {},
      scoreBasis: { reach: 'measured', satisfaction: 'measured' },
      reach: 3,
      feasibility: 4,
      status: 'proposed',
      evidence: 'assumption',
    }).content;
    const c1 = removeTouchpoint(c, a.id)!;
    expect(titles(c1, 0)).toEqual(['b']);
    expect(c1.painPoints[0]!.touchpointId).toBeNull();
    expect(c1.ideas[0]!.touchpointIds).toEqual([]);
    expect(c1.ideas[0]!.source.touchpointId).toBeNull();
    expect(c1.ideas[0]!.painPointIds).toEqual([pp.painPoint.id]);
    expect(findReferenceProblems(c1)).toEqual([]);
    expect(removePainPoint(c1, pp.painPoint.id)!.ideas[0]!.painPointIds).toEqual([]);
    const c2 = removePhase(c, a.phaseId)!;
    expect(c2.ideas[0]!).toMatchObject({ phaseId: null, phaseIds: [], touchpointIds: [], painPointIds: [] });
    expect(findReferenceProblems(c2)).toEqual([]);
  });
});

describe('phase edits', () => {
  it('addPhase(index) inserts at a position; updatePhase(index) reorders', () => {
    const c = createJourneyContent('see-think-do-care');
    const { content, phase } = addPhase(c, { name: 'Love', customerNeed: '' }, 1);
    expect(content.phases.map((p) => p.name)).toEqual(['See', 'Love', 'Think', 'Do', 'Care']);
    const moved = updatePhase(content, phase.id, { name: 'Loyalty' }, 4)!;
    expect(moved.phases.map((p) => p.name)).toEqual(['See', 'Think', 'Do', 'Care', 'Loyalty']);
  });

  it('removePhase(id) removes its cards and leaves a consistent map', () => {
    let c = mapWith([['a'], ['b', 'c']]);
    const b = c.touchpoints.find((t) => t.title === 'b')!;
    c = addPainPoint(c, {
      phaseId: b.phaseId,
      touchpointId: b.id,
      title: 'p',
      description: '',
      severity: 'low',
      evidence: 'assumption',
    }).content;
    c = {
      ...c,
      lanes: c.lanes.map((l) => (l.kind === 'kpis' ? { ...l, cells: { [b.phaseId]: 'NPS 30' } } : l)),
    };
    const c1 = removePhase(c, c.phases[1]!.id)!;
    expect(c1.phases).toHaveLength(4);
    expect(c1.touchpoints.map((t) => t.title)).toEqual(['a']);
    expect(c1.painPoints).toEqual([]);
    expect(c1.lanes.find((l) => l.kind === 'kpis')!.cells).toEqual({});
    expect(findReferenceProblems(c1)).toEqual([]);
  });
});
