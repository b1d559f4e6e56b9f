import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createDemoContent } from '../demo/createDemoContent.js';
import { createId } from '../ids.js';
import { journeyContentSchema, journeyMetaSchema } from '../records/JourneyMap.js';
import { createJourneyContent } from '../templates/createJourneyContent.js';
import { MermaidFormatError } from './MermaidFormatError.js';
import { parseMermaidJourney } from './parseMermaidJourney.js';
import { toMermaidJourney } from './toMermaidJourney.js';

const here = dirname(fileURLToPath(import.meta.url));
const handWritten = readFileSync(resolve(here, 'fixtures/buying-shoes.mmd'), 'utf8');

function splitJourney<T extends Record<string, unknown>>(journey: T) {
  const { phases, lanes, touchpoints, painPoints, ideas, ...meta } = journey;
  return { meta, content: { phases, lanes, touchpoints, painPoints, ideas } };
}

function errorOf(text: string): MermaidFormatError {
  try {
    parseMermaidJourney(text);
  } catch (error) {
    expect(error).toBeInstanceOf(MermaidFormatError);
    return error as MermaidFormatError;
  }
  throw new Error('expected parseMermaidJourney to throw');
}

/** A small map whose texts contain every character a Mermaid line cannot hold. */
function awkwardJourney() {
  const content = createJourneyContent('see-think-do-care');
  const [see, think] = content.phases;
  const otherPhase = see!.id;
  content.phases[0] = { ...see!, name: 'See: #1; first' };
  content.touchpoints.push(
    {
      id: createId('touchpoint'),
      phaseId: think!.id,
      order: 0,
      title: 'Compares: price; delivery #2',
      channel: 'web',
      customerAction: 'Opens\nthree tabs',
      thinksFeels: 'Hmm: which one?',
      emotion: -1,
      expectation: 7,
      experience: 5,
      expectedSecondsToNext: 600,
      owningDepartment: 'E-commerce',
      backstageNotes: 'line one\nline two %% not a comment',
      evidence: 'data',
      matcher: {
        activities: ['Page Viewed', 'Compare: tabs; #2'],
        channels: ['web'],
        properties: [
          { key: 'page', op: 'in', value: ['search', 3] },
          { key: 'note', op: 'contains', value: '%% not a comment' },
          { key: 'price', op: 'gt', value: 19.5 },
          { key: 'at', op: 'lt', value: '2024-07-01T00:00:00Z' },
        ],
      },
    },
    {
      id: createId('touchpoint'),
      phaseId: otherPhase,
      order: 0,
      title: 'Title deed arrives',
      channel: 'letter',
      customerAction: '',
      thinksFeels: '',
      emotion: 1,
      expectation: null,
      experience: null,
      expectedSecondsToNext: null,
      owningDepartment: '',
      backstageNotes: '',
      evidence: 'assumption',
      matcher: null,
    },
  );
  const painPointId = createId('painPoint');
  content.painPoints.push({
    id: painPointId,
    phaseId: think!.id,
    touchpointId: content.touchpoints[0]!.id,
    title: 'Too many tabs',
    description: 'Hard to compare',
    severity: 'medium',
    evidence: 'research',
  });
  content.ideas.push({
    id: createId('idea'),
    phaseId: null,
    touchpointIds: [],
    painPointIds: [painPointId],
    phaseIds: [],
    title: 'Comparison table',
    description: '',
    source: { kind: 'complaint', note: '12 complaints in May', touchpointId: null },
    scores: { frequency: 4 },
    scoreBasis: { reach: 'estimated', satisfaction: 'measured' },
    reach: 3,
    feasibility: null,
    status: 'chosen',
    evidence: 'assumption',
  });
  content.lanes[0] = { ...content.lanes[0]!, title: 'Doing', visible: false };
  content.lanes.find((l) => l.kind === 'kpis')!.cells[think!.id] = 'Bounce 40 %';
  const meta = journeyMetaSchema.parse({
    title: 'Shoes:\nonline; #1',
    goal: 'Buy shoes',
    scope: 'Web',
    personaIds: [createId('persona')],
    state: 'desired',
    counterpartId: createId('journey'),
    phaseModel: 'see-think-do-care',
    datasetId: createId('dataset'),
    datasetFilter: { channels: ['web'], from: '2024-01-01T00:00:00Z' },
  });
  return { meta, content };
}

describe('toMermaidJourney / parseMermaidJourney', () => {
  it('parseMermaidJourney(toMermaidJourney(map)) gives the demo maps back exactly', () => {
    const demo = createDemoContent();
    for (const journey of demo.journeys) {
      const text = toMermaidJourney(journey, demo.personas);
      const { meta, content } = splitJourney(journey);
      const parsed = parseMermaidJourney(text);
      expect(parsed.meta).toEqual(meta);
      expect(parsed.content).toEqual(content);
    }
  });

  it('toMermaidJourney carries matchers and the dataset link in the trailmap comments, and only when set', () => {
    const { meta, content } = awkwardJourney();
    const text = toMermaidJourney({ ...meta, ...content });
    const comments = text.split('\n').filter((l) => l.includes('%% trailmap'));
    const journeyComment = comments.find((l) => l.includes('trailmap journey'))!;
    expect(journeyComment).toContain(`"datasetId":"${meta.datasetId}"`);
    expect(journeyComment).toContain('"datasetFilter":{');
    const touchpointComments = comments.filter((l) => l.includes('trailmap touchpoint'));
    expect(touchpointComments.filter((l) => l.includes('"matcher":'))).toHaveLength(1);
    const parsed = parseMermaidJourney(text);
    expect(parsed.meta.datasetId).toBe(meta.datasetId);
    expect(parsed.meta.datasetFilter).toEqual(meta.datasetFilter);
    expect(parsed.content.touchpoints.map((t) => t.matcher)).toEqual(
      content.touchpoints.map((t) => t.matcher),
    );

    const unlinked = toMermaidJourney({ ...meta, datasetId: null, datasetFilter: null, ...content });
    expect(unlinked).not.toContain('datasetId');
    expect(parseMermaidJourney(unlinked).meta).toMatchObject({ datasetId: null, datasetFilter: null });
  });

  it('parseMermaidJourney names the line of a touchpoint comment whose matcher is invalid', () => {
    const { meta, content } = awkwardJourney();
    const lines = toMermaidJourney({ ...meta, ...content }).split('\n');
    const at = lines.findIndex((l) => l.includes('"matcher":'));
    lines[at] = lines[at]!.replace('"activities":["Page Viewed","Compare: tabs; #2"]', '"activities":[]');
    const error = errorOf(lines.join('\n'));
    expect(error.line).toBe(at + 1);
    expect(error.reason).toMatch(/matcher\.activities/);
  });

  it('parseMermaidJourney(toMermaidJourney(map)) keeps titles with : # ; and line breaks, emotion ±1 and array order', () => {
    const { meta, content } = awkwardJourney();
    const text = toMermaidJourney({ ...meta, ...content });
    // The see touchpoint comes first in the text but second in the array.
    expect(text).toContain('    - Title deed arrives: 4: Customer\n');
    expect(text).toContain('  title Shoes: online； ＃1\n');
    expect(text).toContain('  section See： ＃1； first\n');
    expect(text).toContain('    Compares： price； delivery ＃2: 2: Customer\n');
    const parsed = parseMermaidJourney(text);
    expect(parsed.meta).toEqual(meta);
    expect(parsed.content).toEqual(content);
  });

  it('toMermaidJourney writes one section per phase, a task line per touchpoint and persona names as actors', () => {
    const demo = createDemoContent();
    const now = demo.journeys.find((j) => j.title === 'Buying shoes — now')!;
    const text = toMermaidJourney(now, demo.personas);
    const plain = text.split('\n').filter((l) => l.trim() !== '' && !l.trim().startsWith('%%'));
    expect(plain.slice(0, 3)).toEqual(['journey', '  title Buying shoes — now', '  section See']);
    expect(plain.filter((l) => l.startsWith('  section ')).map((l) => l.trim())).toEqual([
      'section See',
      'section Think',
      'section Do',
      'section Care',
      'section Love',
    ]);
    expect(plain).toContain('    Orders in the app: 5: Sanne');
    expect(plain).toContain('    Asks the chatbot about the refund: 1: Sanne');
    expect(plain.filter((l) => l.startsWith('    '))).toHaveLength(now.touchpoints.length);
    expect(toMermaidJourney(now)).toContain('    Orders in the app: 5: Customer\n');
  });

  it('parseMermaidJourney reads a hand-written Mermaid journey into phases, touchpoints and emotions', () => {
    const { meta, content } = parseMermaidJourney(handWritten);
    expect(meta).toEqual({
      title: 'Buying shoes on a Saturday',
      goal: '',
      scope: '',
      personaIds: [],
      state: 'current',
      counterpartId: null,
      phaseModel: 'custom',
      datasetId: null,
      datasetFilter: null,
    });
    expect(content.phases.map((p) => p.name)).toEqual(['Look around', 'Buy', 'Afterwards']);
    expect(content.touchpoints.every((t) => t.matcher === null)).toBe(true);
    expect(content.phases.every((p) => p.customerNeed === '')).toBe(true);
    const rows = content.touchpoints.map((t) => [
      content.phases.findIndex((p) => p.id === t.phaseId),
      t.order,
      t.title,
      t.emotion,
      t.channel,
    ]);
    expect(rows).toEqual([
      [0, 0, 'See the shop window', 2, 'other'],
      [0, 1, 'Compare three shops', -2, 'other'],
      [1, 0, 'Try on shoes', 3, 'other'],
      [1, 1, 'Wait at the till', -3, 'other'],
      [2, 0, 'Wear them in', 0, 'other'],
    ]);
    expect(content.lanes.map((l) => l.kind)).toContain('emotion');
    expect(content.painPoints).toEqual([]);
    expect(content.ideas).toEqual([]);
    expect(journeyContentSchema.parse(content)).toEqual(content);
  });

  it('hand-written Mermaid → map → text → map is stable, and so is the text', () => {
    const first = parseMermaidJourney(handWritten);
    const text = toMermaidJourney({ ...first.meta, ...first.content });
    const second = parseMermaidJourney(text);
    expect(second).toEqual(first);
    expect(toMermaidJourney({ ...second.meta, ...second.content })).toBe(text);
    expect(text).toContain('      '.slice(2) + 'Try on shoes: 5: Customer');
  });

  it('parseMermaidJourney takes edits made in Mermaid over the comments', () => {
    const demo = createDemoContent();
    const then = demo.journeys[0]!;
    const text = toMermaidJourney(then, demo.personas)
      .replace('Paying at the till: 2:', 'Paying at the counter: 4:')
      .replace('  section Do\n', '  section Do\n    Parking in town: 1: Henk\n');
    const { content } = parseMermaidJourney(text);
    const paying = content.touchpoints.find((t) => t.title === 'Paying at the counter')!;
    const original = then.touchpoints.find((t) => t.title === 'Paying at the till')!;
    expect(paying.id).toBe(original.id);
    expect(paying.emotion).toBe(2);
    expect(paying.channel).toBe('store');
    const parking = content.touchpoints.find((t) => t.title === 'Parking in town')!;
    expect(parking).toMatchObject({ channel: 'other', emotion: -3, phaseId: original.phaseId });
    expect(content.touchpoints).toHaveLength(then.touchpoints.length + 1);
  });

  it('parseMermaidJourney accepts front matter, directives, plain comments and accessibility lines', () => {
    const text = [
      '---',
      'title: ignored front matter',
      '---',
      "%%{init: {'theme': 'forest'}}%%",
      'journey',
      '  accTitle: Shoes',
      '  accDescr {',
      '    A longer description',
      '  }',
      '  %% a note for the team',
      '  section Buy',
      '    Pay: 3',
    ].join('\r\n');
    const { meta, content } = parseMermaidJourney(text);
    expect(meta.title).toBe('Untitled journey');
    expect(content.touchpoints.map((t) => [t.title, t.emotion])).toEqual([['Pay', 0]]);
  });

  it('parseMermaidJourney names the line of a task without a score', () => {
    const error = errorOf('journey\n  title T\n  section A\n    Pay at the till\n');
    expect(error.line).toBe(4);
    expect(error.reason).toMatch(/"Pay at the till" has no score/);
    expect(error.message).toMatch(/^line 4: /);
    expect(errorOf('journey\n  section A\n    Pay:  : Me\n').line).toBe(3);
  });

  it('parseMermaidJourney refuses text that does not start with journey', () => {
    const error = errorOf('\n\nflowchart LR\n  A --> B\n');
    expect(error.line).toBe(3);
    expect(error.reason).toMatch(/starts with `journey`/);
    expect(errorOf('').line).toBe(1);
  });

  it('parseMermaidJourney names the line of a score outside 1..5 and of a task before any section', () => {
    expect(errorOf('journey\n  section A\n    Pay: 7: Me\n')).toMatchObject({ line: 3 });
    expect(errorOf('journey\n  section A\n    Pay: 2.5: Me\n').reason).toMatch(/whole number from 1 to 5/);
    expect(errorOf('journey\n  title T\n  Pay: 3: Me\n')).toMatchObject({ line: 3 });
  });

  it('parseMermaidJourney names the line of a broken trailmap comment', () => {
    const text = toMermaidJourney({ ...awkwardJourney().meta, ...awkwardJourney().content });
    const lines = text.split('\n');
    const commentLine = lines.findIndex((l) => l.includes('%% trailmap touchpoint')) + 1;

    const badChannel = lines.map((l, i) =>
      i + 1 === commentLine ? l.replace('"channel":"letter"', '"channel":"fax"') : l,
    );
    const channelError = errorOf(badChannel.join('\n'));
    expect(channelError.line).toBe(commentLine);
    expect(channelError.reason).toMatch(/^touchpoint channel: /);

    const badJson = lines.map((l, i) => (i + 1 === commentLine ? `${l.slice(0, -3)}` : l));
    expect(errorOf(badJson.join('\n'))).toMatchObject({ line: commentLine });

    const orphan = [...lines.slice(0, 2), lines[commentLine - 1]!, ...lines.slice(2)];
    expect(errorOf(orphan.join('\n')).reason).toMatch(/belongs directly under its task line/);
  });

  it('parseMermaidJourney names the line of a trailmap comment whose JSON spells out a control character', () => {
    const text =
      'journey\n  title Shoes\n  section See\n  %% trailmap phase {"customerNeed":"\\ud800"}\n    Ad: 3: Me\n';
    const error = errorOf(text);
    expect(error.line).toBe(4);
    expect(error.reason).toMatch(/^the trailmap phase comment: customerNeed contains a lone surrogate/);
    expect(errorOf(text.replace('\\ud800', '\\u0000')).reason).toMatch(/U\+0000/);
  });

  it('parseMermaidJourney names the line of a pain point whose phase is gone, and of a newer comment format', () => {
    const { meta, content } = awkwardJourney();
    const text = toMermaidJourney({ ...meta, ...content });
    const lines = text.split('\n');
    const painLine = lines.findIndex((l) => l.includes('%% trailmap painPoint')) + 1;
    const thinkPhase = content.phases[1]!.id;
    const withoutThink = lines.map((l, i) =>
      i + 1 === painLine ? l.replace(`"phaseId":"${thinkPhase}"`, `"phaseId":"${createId('phase')}"`) : l,
    );
    const error = errorOf(withoutThink.join('\n'));
    expect(error.line).toBe(painLine);
    expect(error.reason).toMatch(/^pain point phaseId: no phase/);

    const newer = text.replace('"formatVersion":1', '"formatVersion":2');
    expect(errorOf(newer)).toMatchObject({ line: 3 });
    expect(errorOf(newer).reason).toMatch(/newer Trailmap/);
  });
});
