import { z } from 'zod';

/** How we know what a card says: a team's assumption, customer research, or measured data. */
export const EVIDENCE_LEVELS = ['assumption', 'research', 'data'] as const;
export type Evidence = (typeof EVIDENCE_LEVELS)[number];
export const evidenceSchema = z.enum(EVIDENCE_LEVELS);
