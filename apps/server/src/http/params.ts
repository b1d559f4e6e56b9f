import { idSchema } from '@trailmap/domain';
import { z } from 'zod';

export const workspaceParams = z.object({ workspaceId: idSchema('workspace') });
export const journeyParams = workspaceParams.extend({ journeyId: idSchema('journey') });
export const personaParams = workspaceParams.extend({ personaId: idSchema('persona') });
export const memberParams = workspaceParams.extend({ userId: idSchema('user') });
export const invitationParams = workspaceParams.extend({ invitationId: idSchema('invitation') });
export const apiKeyParams = workspaceParams.extend({ keyId: idSchema('apiKey') });

/** The version an edit is based on (optimistic concurrency): a stale one gets 409. */
export const versionField = z.number().int().min(1).describe('the journey version this edit is based on');
export const versionQuery = z.object({ version: z.coerce.number().int().min(1) });
