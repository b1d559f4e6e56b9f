// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { chooseLandingPath, isSafeNextPath } from './chooseLandingPath.js';

const demo = { email: 'demo@trailmap.local', workspaceId: 'wsp_1', journeyId: 'jrn_2' };

describe('chooseLandingPath', () => {
  it('chooseLandingPath(next) returns a safe next path first, even for the demo account', () => {
    expect(chooseLandingPath('/w/wsp_1/personas', 'demo@trailmap.local', demo)).toBe('/w/wsp_1/personas');
  });

  it('chooseLandingPath() opens the demo journey for the demo account, whatever the e-mail case', () => {
    expect(chooseLandingPath(null, ' Demo@Trailmap.local ', demo)).toBe('/w/wsp_1/journeys/jrn_2');
  });

  it('chooseLandingPath(next) opens the demo journey for the demo account when next is only home', () => {
    expect(chooseLandingPath('/', 'demo@trailmap.local', demo)).toBe('/w/wsp_1/journeys/jrn_2');
    expect(chooseLandingPath('/w/wsp_1', 'demo@trailmap.local', demo)).toBe('/w/wsp_1/journeys/jrn_2');
    expect(chooseLandingPath('/w/wsp_1/', 'demo@trailmap.local', demo)).toBe('/w/wsp_1/journeys/jrn_2');
    // A page the demo user asked for still wins, and other accounts keep their next.
    expect(chooseLandingPath('/w/wsp_1/journeys', 'demo@trailmap.local', demo)).toBe('/w/wsp_1/journeys');
    expect(chooseLandingPath('/', 'ann@example.com', demo)).toBe('/');
    expect(chooseLandingPath('/w/wsp_1', 'ann@example.com', demo)).toBe('/w/wsp_1');
  });

  it('chooseLandingPath() sends other accounts, or a demo without a journey, to /', () => {
    expect(chooseLandingPath(null, 'ann@example.com', demo)).toBe('/');
    expect(chooseLandingPath(null, 'demo@trailmap.local', { ...demo, journeyId: null })).toBe('/');
    expect(chooseLandingPath(null, 'demo@trailmap.local', null)).toBe('/');
  });

  it('chooseLandingPath(next) ignores next paths that leave the app or loop back to sign-in', () => {
    expect(chooseLandingPath('https://evil.example/', 'ann@example.com', null)).toBe('/');
    expect(chooseLandingPath('//evil.example/x', 'ann@example.com', null)).toBe('/');
    expect(chooseLandingPath('/sign-in?next=/x', 'ann@example.com', null)).toBe('/');
  });
});

describe('isSafeNextPath', () => {
  it('isSafeNextPath() accepts app paths with a query and refuses backslash tricks', () => {
    expect(isSafeNextPath('/w/a/journeys?state=current')).toBe(true);
    expect(isSafeNextPath('/sign-income')).toBe(true);
    expect(isSafeNextPath('/\\evil.example')).toBe(false);
  });
});
