import { z } from 'zod';

/** Explicit size limits on user text, so no field can grow without bound. */
export const LIMITS = {
  name: 200,
  shortText: 1_000,
  longText: 10_000,
  listItems: 50,
  phases: 30,
  lanes: 40,
  touchpoints: 2_000,
  painPoints: 2_000,
  ideas: 2_000,
  personasPerJourney: 20,
} as const;

export const nameText = z.string().trim().min(1, 'must not be empty').max(LIMITS.name);
export const shortText = z.string().max(LIMITS.shortText);
export const longText = z.string().max(LIMITS.longText);
export const textList = z.array(z.string().trim().min(1).max(LIMITS.shortText)).max(LIMITS.listItems);
export const isoDateTime = z.iso.datetime({ offset: true });

/**
 * `text` cut to at most `max` UTF-16 code units without splitting a surrogate pair (an emoji cut in
 * half would be a lone surrogate, which the text rule refuses), e.g. for derived titles.
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}
