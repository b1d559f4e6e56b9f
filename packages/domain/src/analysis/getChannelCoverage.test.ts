import { describe, expect, it } from 'vitest';
import { getChannelCoverage } from './getChannelCoverage.js';
import { makeTestMap, phaseByName } from './testMap.js';

describe('getChannelCoverage', () => {
  // See: web ×2, social · Think: app · Do: phone, web · Care: nothing · Love: app
  const map = makeTestMap({
    phases: [
      {
        name: 'See',
        touchpoints: [
          { title: 'Search', channel: 'web' },
          { title: 'Post', channel: 'social' },
          { title: 'Landing page', channel: 'web' },
        ],
      },
      { name: 'Think', touchpoints: [{ title: 'Compare in app', channel: 'app' }] },
      {
        name: 'Do',
        touchpoints: [
          { title: 'Call to order', channel: 'phone' },
          { title: 'Pay online', channel: 'web' },
        ],
      },
      { name: 'Care' },
      { name: 'Love', touchpoints: [{ title: 'Review in app', channel: 'app' }] },
    ],
  });
  const see = phaseByName(map, 'See').id;
  const think = phaseByName(map, 'Think').id;
  const doPhase = phaseByName(map, 'Do').id;
  const care = phaseByName(map, 'Care').id;
  const love = phaseByName(map, 'Love').id;

  it('getChannelCoverage(map) lists per phase the channels serving it with counts, in CHANNELS order', () => {
    const coverage = getChannelCoverage(map);
    expect(coverage.phases).toEqual([
      {
        phaseId: see,
        touchpointCount: 3,
        channels: [
          { channel: 'web', touchpointCount: 2 },
          { channel: 'social', touchpointCount: 1 },
        ],
      },
      { phaseId: think, touchpointCount: 1, channels: [{ channel: 'app', touchpointCount: 1 }] },
      {
        phaseId: doPhase,
        touchpointCount: 2,
        channels: [
          { channel: 'web', touchpointCount: 1 },
          { channel: 'phone', touchpointCount: 1 },
        ],
      },
      { phaseId: care, touchpointCount: 0, channels: [] },
      { phaseId: love, touchpointCount: 1, channels: [{ channel: 'app', touchpointCount: 1 }] },
    ]);
  });

  it('getChannelCoverage(map) lists per used channel the phases it serves and its row of the matrix', () => {
    expect(getChannelCoverage(map).channels).toEqual([
      {
        channel: 'web',
        touchpointCount: 3,
        phaseIds: [see, doPhase],
        touchpointCountsByPhase: [2, 0, 1, 0, 0],
      },
      {
        channel: 'app',
        touchpointCount: 2,
        phaseIds: [think, love],
        touchpointCountsByPhase: [0, 1, 0, 0, 1],
      },
      { channel: 'phone', touchpointCount: 1, phaseIds: [doPhase], touchpointCountsByPhase: [0, 0, 1, 0, 0] },
      { channel: 'social', touchpointCount: 1, phaseIds: [see], touchpointCountsByPhase: [1, 0, 0, 0, 0] },
    ]);
  });

  it('getChannelCoverage(map) reports a phase without any touchpoint as a gap', () => {
    expect(getChannelCoverage(map).gaps).toEqual([care]);
  });

  it('getChannelCoverage(map) reports the phases strictly between a channel’s first and last phase where it is missing', () => {
    expect(getChannelCoverage(map).breaks).toEqual([
      { channel: 'web', firstPhaseId: see, lastPhaseId: doPhase, missingPhaseIds: [think] },
      // The customer leaves the app for the phone in Do and can only return to it in Love; Care is also a gap.
      { channel: 'app', firstPhaseId: think, lastPhaseId: love, missingPhaseIds: [doPhase, care] },
    ]);
  });

  it('getChannelCoverage(map) finds no break for a channel in adjacent phases or a single phase', () => {
    const lined = makeTestMap({
      phases: [
        { name: 'A', touchpoints: [{ title: 'a1', channel: 'email' }] },
        {
          name: 'B',
          touchpoints: [
            { title: 'b1', channel: 'email' },
            { title: 'b2', channel: 'store' },
          ],
        },
        { name: 'C', touchpoints: [{ title: 'c1', channel: 'store' }] },
      ],
    });
    const coverage = getChannelCoverage(lined);
    expect(coverage.breaks).toEqual([]);
    expect(coverage.gaps).toEqual([]);
    expect(coverage.channels.map((c) => c.channel)).toEqual(['email', 'store']);
  });

  it('getChannelCoverage(map) orders channels by CHANNELS, not by first appearance', () => {
    const m = makeTestMap({
      phases: [
        {
          name: 'Only',
          touchpoints: [
            { title: 'x', channel: 'other' },
            { title: 'y', channel: 'store' },
            { title: 'z', channel: 'web' },
          ],
        },
      ],
    });
    const coverage = getChannelCoverage(m);
    expect(coverage.channels.map((c) => c.channel)).toEqual(['web', 'store', 'other']);
    expect(coverage.phases[0]?.channels.map((c) => c.channel)).toEqual(['web', 'store', 'other']);
  });

  it('getChannelCoverage(map) of a map with phases but no touchpoints has every phase as a gap and no channels', () => {
    const empty = makeTestMap({ phases: [{ name: 'See' }, { name: 'Do' }] });
    const coverage = getChannelCoverage(empty);
    expect(coverage.gaps).toEqual(empty.phases.map((p) => p.id));
    expect(coverage.channels).toEqual([]);
    expect(coverage.breaks).toEqual([]);
  });

  it('getChannelCoverage(map) of a map without phases is empty', () => {
    expect(getChannelCoverage(makeTestMap({ phases: [] }))).toEqual({
      phases: [],
      channels: [],
      gaps: [],
      breaks: [],
    });
  });

  it('getChannelCoverage(map) of a single touchpoint serves one phase with one channel', () => {
    const single = makeTestMap({
      phases: [{ name: 'Do', touchpoints: [{ title: 'Visit', channel: 'store' }] }],
    });
    const coverage = getChannelCoverage(single);
    expect(coverage.channels).toEqual([
      {
        channel: 'store',
        touchpointCount: 1,
        phaseIds: [single.phases[0]?.id],
        touchpointCountsByPhase: [1],
      },
    ]);
    expect(coverage.gaps).toEqual([]);
    expect(coverage.breaks).toEqual([]);
  });
});
