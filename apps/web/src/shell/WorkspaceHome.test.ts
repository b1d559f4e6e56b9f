// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { chooseWorkspaceHome } from './WorkspaceHome.js';

const demo = { email: 'demo@trailmap.local', workspaceId: 'wks_demo', journeyId: 'jrn_now' };

describe('chooseWorkspaceHome', () => {
  it('chooseWorkspaceHome(demo workspace) opens the demo shoe map', () => {
    expect(chooseWorkspaceHome('wks_demo', demo)).toBe('/w/wks_demo/journeys/jrn_now');
  });

  it('chooseWorkspaceHome() opens the journeys list of any other workspace, or without a demo map', () => {
    expect(chooseWorkspaceHome('wks_other', demo)).toBe('/w/wks_other/journeys');
    expect(chooseWorkspaceHome('wks_demo', { ...demo, journeyId: null })).toBe('/w/wks_demo/journeys');
    expect(chooseWorkspaceHome('wks_demo', null)).toBe('/w/wks_demo/journeys');
  });
});
