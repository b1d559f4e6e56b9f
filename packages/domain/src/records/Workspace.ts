import { z } from 'zod';
import { idSchema, type WorkspaceId } from '../ids.js';
import { isoDateTime, nameText } from './text.js';

export const workspaceSchema = z.object({
  id: idSchema('workspace'),
  name: nameText,
  createdAt: isoDateTime,
});
export type Workspace = z.infer<typeof workspaceSchema> & { id: WorkspaceId };
export const WORKSPACE_VERSION = 1;
