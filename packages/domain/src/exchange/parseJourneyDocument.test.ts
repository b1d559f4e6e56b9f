import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createId } from '../ids.js';
import { exportJourneyDocument } from './exportJourneyDocument.js';
import { JourneyFormatError, type JourneyFormatIssue } from './JourneyFormatError.js';
import { parseJourneyDocument } from './parseJourneyDocument.js';
import { serializeJourneyDocument } from './serializeJourneyDocument.js';
import { storeDemo } from './testDocuments.js';

/** A file exported by Trailmap before format version 2 ("Buying shoes — now"), kept as it was written. */
const VERSION_1_FILE = readFileSync(
  resolve(dirname(fileURLToPath(import.meta.url)), 'fixtures/buying-shoes-now.v1.trailmap.json'),
  'utf8',
);

function exportedJson(): Record<string, unknown> {
  const { personas, journeys } = storeDemo();
  return JSON.parse(serializeJourneyDocument(exportJourneyDocument(journeys[0]!, personas))) as Record<
    string,
    unknown
  >;
}

function touchpointsOf(doc: Record<string, unknown>): Record<string, unknown>[] {
  return (doc.journey as { touchpoints: Record<string, unknown>[] }).touchpoints;
}

function issuesOf(input: unknown): JourneyFormatIssue[] {
  try {
    parseJourneyDocument(input);
  } catch (error) {
    expect(error).toBeInstanceOf(JourneyFormatError);
    return [...(error as JourneyFormatError).issues];
  }
  throw new Error('expected parseJourneyDocument to throw');
}

describe('parseJourneyDocument', () => {
  it('parseJourneyDocument(serializeJourneyDocument(exportJourneyDocument(map))) gives the original back', () => {
    const { personas, journeys } = storeDemo();
    for (const journey of journeys) {
      const doc = exportJourneyDocument(journey, personas);
      const text = serializeJourneyDocument(doc);
      expect(text.endsWith('\n')).toBe(true);
      expect(text).toContain('\n  "format": "trailmap.journey",');
      const parsed = parseJourneyDocument(text);
      expect(parsed).toEqual(doc);
      const { workspaceId: _w, version: _v, createdAt: _c, updatedAt: _u, ...original } = journey;
      expect(parsed.journey).toEqual(original);
      expect(parseJourneyDocument(JSON.parse(text))).toEqual(doc);
    }
  });

  it('parseJourneyDocument fills defaults for fields an older or hand-made file leaves out', () => {
    const doc = exportedJson();
    const touchpoint = touchpointsOf(doc)[0]!;
    delete touchpoint.customerAction;
    delete touchpoint.evidence;
    delete doc.personas;
    const parsed = parseJourneyDocument(doc);
    expect(parsed.journey.touchpoints[0]!.customerAction).toBe('');
    expect(parsed.journey.touchpoints[0]!.evidence).toBe('assumption');
    expect(parsed.personas).toEqual([]);
  });

  it('parseJourneyDocument names the path of a value of the wrong type', () => {
    const doc = exportedJson();
    touchpointsOf(doc)[3]!.emotion = 'happy';
    const issues = issuesOf(doc);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('journey.touchpoints.3.emotion');
    expect(issues[0]!.message).toMatch(/number/);
  });

  it('parseJourneyDocument names text with a control character or a lone surrogate', () => {
    const doc = exportedJson();
    touchpointsOf(doc)[1]!.title = 'Calls\u0000';
    (doc.personas as Record<string, unknown>[])[0]!.quote = 'half \uD800';
    const issues = issuesOf(doc);
    expect(issues.map((i) => i.path).sort()).toEqual(['journey.touchpoints.1.title', 'personas.0.quote']);
    expect(issues.find((i) => i.path === 'journey.touchpoints.1.title')!.message).toMatch(/U\+0000/);
    expect(issues.find((i) => i.path === 'personas.0.quote')!.message).toMatch(/lone surrogate/);
  });

  it('parseJourneyDocument rejects emotion 5 at its path', () => {
    const doc = exportedJson();
    touchpointsOf(doc)[2]!.emotion = 5;
    const issues = issuesOf(doc);
    expect(issues.map((i) => i.path)).toEqual(['journey.touchpoints.2.emotion']);
    expect(issues[0]!.message).toMatch(/3/);
  });

  it('parseJourneyDocument rejects an unknown channel at its path', () => {
    const doc = exportedJson();
    touchpointsOf(doc)[1]!.channel = 'carrier-pigeon';
    const issues = issuesOf(doc);
    expect(issues.map((i) => i.path)).toEqual(['journey.touchpoints.1.channel']);
  });

  it('parseJourneyDocument reports a touchpoint that points to a missing phase', () => {
    const doc = exportedJson();
    const missing = createId('phase');
    touchpointsOf(doc)[4]!.phaseId = missing;
    const issues = issuesOf(doc);
    expect(issues).toEqual([
      { path: 'journey.touchpoints.4.phaseId', message: `no phase ${missing} on this map` },
    ]);
  });

  it('parseJourneyDocument lists every problem, and the error message names them', () => {
    const doc = exportedJson();
    touchpointsOf(doc)[0]!.emotion = 9;
    touchpointsOf(doc)[1]!.channel = 'fax';
    let error: unknown;
    try {
      parseJourneyDocument(doc);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(JourneyFormatError);
    const formatError = error as JourneyFormatError;
    expect(formatError.issues.map((i) => i.path)).toEqual([
      'journey.touchpoints.0.emotion',
      'journey.touchpoints.1.channel',
    ]);
    expect(formatError.message).toContain('journey.touchpoints.0.emotion');
    expect(formatError.message).toContain('journey.touchpoints.1.channel');
  });

  it('parseJourneyDocument refuses a future formatVersion with a clear message', () => {
    const doc = { ...exportedJson(), formatVersion: 4 };
    const issues = issuesOf(doc);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('formatVersion');
    expect(issues[0]!.message).toMatch(
      /version 4 is newer than this Trailmap understands \(3\); upgrade Trailmap/,
    );
  });

  it('parseJourneyDocument(a version 1 file) migrates it: unlinked, no matchers, everything else kept', () => {
    const original = JSON.parse(VERSION_1_FILE) as {
      formatVersion: number;
      journey: Record<string, unknown> & {
        touchpoints: Record<string, unknown>[];
        ideas: (Record<string, unknown> & { touchpointId: string | null; painPointId: string | null })[];
      };
    };
    expect(original.formatVersion).toBe(1);
    expect(VERSION_1_FILE).not.toMatch(/matcher|datasetId|datasetFilter/);
    const parsed = parseJourneyDocument(VERSION_1_FILE);
    expect(parsed.formatVersion).toBe(3);
    expect(parsed.journey).toMatchObject({ datasetId: null, datasetFilter: null });
    expect(parsed.journey.touchpoints).toHaveLength(original.journey.touchpoints.length);
    parsed.journey.touchpoints.forEach((touchpoint, i) => {
      expect(touchpoint).toEqual({ ...original.journey.touchpoints[i], matcher: null });
    });
    // Ideas (record version 3): the single links become lists; source, scores and bases by default.
    expect(parsed.journey.ideas).toHaveLength(original.journey.ideas.length);
    parsed.journey.ideas.forEach((idea, i) => {
      const { touchpointId, painPointId, ...kept } = original.journey.ideas[i]!;
      expect(idea).toEqual({
        ...kept,
        touchpointIds: touchpointId ? [touchpointId] : [],
        painPointIds: painPointId ? [painPointId] : [],
        phaseIds: [],
        source: { kind: 'workshop', note: '', touchpointId: null },
        scores: {},
        scoreBasis: { reach: 'measured', satisfaction: 'measured' },
      });
    });
    expect(parsed.journey.ideas.some((idea) => idea.painPointIds.length === 1)).toBe(true);
    const { touchpoints: _t, ideas: _i, ...meta } = original.journey;
    expect(parsed.journey).toMatchObject(meta);
  });

  it('parseJourneyDocument keeps the dataset link and matchers, and names a bad matcher at its path', () => {
    const { personas, journeys } = storeDemo();
    const now = journeys[1]!;
    const linked = { ...now, datasetId: createId('dataset'), datasetFilter: { channels: ['app'] } };
    const doc = JSON.parse(serializeJourneyDocument(exportJourneyDocument(linked, personas))) as Record<
      string,
      unknown
    >;
    const parsed = parseJourneyDocument(doc);
    expect(parsed.journey.datasetId).toBe(linked.datasetId);
    expect(parsed.journey.datasetFilter).toEqual({ channels: ['app'] });
    expect(parsed.journey.touchpoints.map((t) => t.matcher)).toEqual(now.touchpoints.map((t) => t.matcher));

    touchpointsOf(doc)[0]!.matcher = {
      activities: ['Ad Viewed'],
      properties: [{ key: 'x', op: 'gt', value: 'soon' }],
    };
    touchpointsOf(doc)[1]!.matcher = { activities: ['Ad Viewed'], channel: ['ads'] };
    (doc.journey as Record<string, unknown>).datasetFilter = { channels: [] };
    expect(issuesOf(doc).map((i) => i.path)).toEqual([
      'journey.datasetFilter.channels',
      'journey.touchpoints.0.matcher.properties.0.value',
      'journey.touchpoints.1.matcher',
    ]);
  });

  it('parseJourneyDocument refuses other formats, non-objects and broken JSON', () => {
    expect(issuesOf({ ...exportedJson(), format: 'something.else' })[0]!.path).toBe('format');
    expect(issuesOf({ ...exportedJson(), formatVersion: '1' })[0]!.path).toBe('formatVersion');
    expect(issuesOf([1, 2])[0]!.message).toMatch(/JSON object/);
    expect(issuesOf('{"format": ')[0]!.message).toMatch(/not valid JSON/);
  });

  it('parseJourneyDocument reports duplicate ids', () => {
    const doc = exportedJson();
    const touchpoints = touchpointsOf(doc);
    touchpoints[1]!.id = touchpoints[0]!.id;
    expect(issuesOf(doc).map((i) => i.path)).toEqual(['journey.touchpoints.1.id']);
  });
});
