import type { JourneyMap } from '@trailmap/domain';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { anonymousClient, signUp, type Client } from './createTestApp.js';

/** The people of a test: an owner, an editor and a viewer of the seeded workspaces, and an outsider. */
export interface People {
  owner: Client;
  editor: Client;
  viewer: Client;
  outsider: Client;
  anonymous: Client;
  /** The outsider's own workspace and a persona in it (ids that must never be accepted elsewhere). */
  otherWorkspaceId: string;
  otherPersonaId: string;
}

/** A workspace with one of everything, all made through the API. */
export interface SeededWorkspace {
  workspaceId: string;
  personaId: string;
  /** A current map with a touchpoint, a pain point on it and an idea on that, and a desired counterpart. */
  journey: JourneyMap;
  desiredId: string;
  phaseId: string;
  touchpointId: string;
  painPointId: string;
  ideaId: string;
  apiKeyId: string;
  shareLinkId: string;
  shareToken: string;
  invitationId: string;
}

function expectStatus(response: LightMyRequestResponse, status: number, what: string) {
  if (response.statusCode !== status)
    throw new Error(`${what}: expected ${status}, got ${response.statusCode} ${response.body}`);
  return response.json();
}

/** Signs up the people; `tag` keeps their e-mail addresses apart from other tests' on the same app. */
export async function signUpPeople(app: FastifyInstance, tag = 'people'): Promise<People> {
  const owner = await signUp(app, `owner.${tag}@example.com`);
  const editor = await signUp(app, `editor.${tag}@example.com`);
  const viewer = await signUp(app, `viewer.${tag}@example.com`);
  const outsider = await signUp(app, `outsider.${tag}@example.com`);
  const otherWorkspaceId = expectStatus(await outsider.request('GET', '/api/workspaces'), 200, 'workspaces')
    .workspaces[0].id;
  const otherPersona = expectStatus(
    await outsider.request('POST', `/api/workspaces/${otherWorkspaceId}/personas`, { name: 'Elsewhere' }),
    201,
    'outsider persona',
  );
  return {
    owner,
    editor,
    viewer,
    outsider,
    anonymous: anonymousClient(app),
    otherWorkspaceId,
    otherPersonaId: otherPersona.persona.id,
  };
}

/** Creates a workspace owned by `people.owner` with the editor and viewer as members and one of everything. */
export async function seedWorkspace(people: People, name = 'Seeded'): Promise<SeededWorkspace> {
  const { owner } = people;
  const workspaceId: string = expectStatus(
    await owner.request('POST', '/api/workspaces', { name }),
    201,
    'workspace',
  ).workspace.id;
  const ws = `/api/workspaces/${workspaceId}`;
  for (const [client, role] of [
    [people.editor, 'editor'],
    [people.viewer, 'viewer'],
  ] as const) {
    expectStatus(
      await owner.request('POST', `${ws}/members`, { email: client.email, role }),
      201,
      `${role} member`,
    );
  }
  const invitationId: string = expectStatus(
    await owner.request('POST', `${ws}/members`, {
      email: `invited.${workspaceId}@example.com`,
      role: 'viewer',
    }),
    202,
    'invitation',
  ).invitation.id;
  const personaId: string = expectStatus(
    await owner.request('POST', `${ws}/personas`, { name: 'Sam', goals: ['find shoes that fit'] }),
    201,
    'persona',
  ).persona.id;
  let journey: JourneyMap = expectStatus(
    await owner.request('POST', `${ws}/journeys`, {
      title: 'Buying shoes',
      template: 'see-think-do-care-love',
      personaIds: [personaId],
    }),
    201,
    'journey',
  ).journey;
  const jr = `${ws}/journeys/${journey.id}`;
  const phaseId = journey.phases[0]!.id;
  const withTouchpoint = expectStatus(
    await owner.request('POST', `${jr}/touchpoints`, {
      version: journey.version,
      phaseId,
      title: 'Sees an ad',
      channel: 'social',
      emotion: 1,
    }),
    201,
    'touchpoint',
  );
  const touchpointId: string = withTouchpoint.touchpoint.id;
  const withPainPoint = expectStatus(
    await owner.request('POST', `${jr}/pain-points`, {
      version: withTouchpoint.journey.version,
      phaseId,
      touchpointId,
      title: 'Ad shows the wrong size',
    }),
    201,
    'pain point',
  );
  const painPointId: string = withPainPoint.painPoint.id;
  const withIdea = expectStatus(
    await owner.request('POST', `${jr}/ideas`, {
      version: withPainPoint.journey.version,
      title: 'Size advice in the ad',
      phaseId,
      touchpointIds: [touchpointId],
      painPointIds: [painPointId],
    }),
    201,
    'idea',
  );
  const ideaId: string = withIdea.idea.id;
  const desired = expectStatus(
    await owner.request('POST', `${jr}/desired`, { version: withIdea.journey.version }),
    201,
    'desired',
  );
  journey = desired.current;
  const apiKeyId: string = expectStatus(
    await owner.request('POST', `${ws}/api-keys`, { name: 'reporting', scope: 'read' }),
    201,
    'api key',
  ).apiKey.id;
  const share = expectStatus(await owner.request('POST', `${jr}/share-links`), 201, 'share link');
  return {
    workspaceId,
    personaId,
    journey,
    desiredId: desired.journey.id,
    phaseId,
    touchpointId,
    painPointId,
    ideaId,
    apiKeyId,
    shareLinkId: share.shareLink.id,
    shareToken: share.token,
    invitationId,
  };
}
